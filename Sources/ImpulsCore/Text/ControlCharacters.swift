/// Control characters (C0, DEL, C1) in text that came from a file, a colleague or the command
/// line: named as escapes (`\u{1B}`) wherever text leaves impuls, so none can drive a terminal
/// (clear the screen, set the window's title) or a program reading a CSV file.
extension String {
    /// The text with every control character written as a `\u{1B}`-style escape.
    public var escapingControlCharacters: String { escapingControlCharacters(keepingLinesAndTabs: false) }

    /// The text with control characters written as `\u{1B}`-style escapes; with `keepingLinesAndTabs`,
    /// line breaks and tabs stay as they are (text shown over several lines).
    public func escapingControlCharacters(keepingLinesAndTabs keep: Bool) -> String {
        guard hasControlCharacters(keepingLinesAndTabs: keep) else { return self }
        var result = ""
        for scalar in unicodeScalars {
            if scalar.isControl, !(keep && scalar.isLineBreakOrTab) { result += scalar.escaped } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }

    /// Whether the text holds a control character (other than line breaks and tabs, with
    /// `keepingLinesAndTabs`). On the UTF-8 bytes, as it runs over every line written.
    public func hasControlCharacters(keepingLinesAndTabs keep: Bool = false) -> Bool {
        var afterC2 = false
        for byte in utf8 {
            if afterC2, byte < 0xA0 { return true }  // C1: U+0080–U+009F is C2 80–C2 9F
            afterC2 = byte == 0xC2
            if byte == 0x7F { return true }
            if byte < 0x20, !(keep && (byte == 0x0A || byte == 0x09)) { return true }
        }
        return false
    }

    /// The first control character other than a line break or a tab, as an escape (`\u{1B}`):
    /// what typed text may not hold; nil when there is none.
    public var disallowedControlCharacter: String? {
        unicodeScalars.first { $0.isControl && !$0.isLineBreakOrTab }?.escaped
    }
}

extension Unicode.Scalar {
    var isControl: Bool { value < 0x20 || (0x7F...0x9F).contains(value) }

    var isLineBreakOrTab: Bool { value == 0x0A || value == 0x09 }

    /// `\u{1B}`: the scalar's number, as Swift writes it in a string.
    var escaped: String { "\\u{" + String(value, radix: 16, uppercase: true) + "}" }
}
