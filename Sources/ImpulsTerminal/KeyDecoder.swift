import ImpulsUI

/// One unit of input as ncurses hands it over: a character (a Unicode scalar, control characters
/// included), or a key ncurses decoded itself from terminfo (`KEY_UP`, `KEY_MOUSE`, …).
public enum InputUnit: Equatable, Sendable {
    case scalar(UInt32)
    case keyCode(Int32)
}

/// Turns characters into keys: control characters, and what follows an Esc — the escape
/// sequences of xterm, tmux, rxvt and the Linux console for the arrows, Home, End, PgUp, PgDn,
/// Delete and F1–F12 that the terminfo entry may not list (inside tmux, `TERM=xterm-256color`
/// promises `ESC O F` for End while tmux sends `ESC [ 4 ~`).
///
/// A sequence it does not know (a modified F-key, a focus report, a late answer to a colour query,
/// bracketed-paste markers) is read to its end and ignored: it never acts as Esc, and its bytes
/// never arrive as typed letters. Esc alone is Esc; Esc and a printable key at once is Alt and that
/// key.
public enum KeyDecoder {
    /// What reading one key gave: a key, or nothing (an ignored sequence), and an input unit that
    /// was read too far and must be read again (Esc, then a key ncurses decoded).
    public struct Decoded: Equatable, Sendable {
        public var key: Key?
        public var unread: InputUnit?
    }

    /// The longest sequence read before giving up on it (nothing real is longer; a stuck or
    /// hostile stream cannot keep the reader forever).
    static let longestSequence = 64

    /// Decodes the key that starts with `first`. `next(inSequence)` gives the next unit, or nil when
    /// none comes in time: right after an Esc it should not wait (a lone Esc is Esc), inside a
    /// sequence (`inSequence`) it may wait briefly for the rest.
    public static func decode(_ first: UInt32, next: (_ inSequence: Bool) -> InputUnit?) -> Decoded {
        switch first {
        case 27: return afterEscape(next)
        case 10, 13: return Decoded(key: .enter)
        case 9: return Decoded(key: .tab)
        case 127, 8: return Decoded(key: .backspace)
        case 1...26: return Decoded(key: .control(Character(Unicode.Scalar(UInt8(first) + 96))))
        case 0, 28...31, 0x80...0x9F: return Decoded(key: nil)
        default:
            guard let scalar = Unicode.Scalar(first) else { return Decoded(key: nil) }
            return Decoded(key: .character(Character(scalar)))
        }
    }

    private static func afterEscape(_ next: (Bool) -> InputUnit?) -> Decoded {
        guard let unit = next(false) else { return Decoded(key: .escape) }
        guard case .scalar(let c) = unit else { return Decoded(key: .escape, unread: unit) }  // Esc, then a decoded key
        switch c {
        case 0x5B: return controlSequence(next)  // ESC [
        case 0x4F: return singleShift(next)  // ESC O
        case 0x5D: return operatingSystemCommand(next)  // ESC ]
        case 27: return Decoded(key: .escape, unread: unit)
        case 0..<32, 127: return Decoded(key: .escape, unread: unit)
        default:
            guard let scalar = Unicode.Scalar(c) else { return Decoded(key: .escape) }
            return Decoded(key: .alt(Character(scalar)))
        }
    }

    /// `ESC [ parameters intermediates final`, plus rxvt's `$`/`^`/`@` endings, the Linux
    /// console's `ESC [ [ A`–`E` and X10 mouse reports (`ESC [ M` and three bytes).
    private static func controlSequence(_ next: (Bool) -> InputUnit?) -> Decoded {
        var parameters = ""
        var count = 0
        while count < longestSequence {
            count += 1
            guard let unit = next(true) else { return Decoded(key: nil) }  // cut short: ignored
            guard case .scalar(let c) = unit else { return Decoded(key: nil, unread: unit) }
            switch c {
            case 0x30...0x3F:  // parameter bytes: digits ; < = > ?
                parameters.unicodeScalars.append(Unicode.Scalar(UInt8(c)))
            case 0x24 where !parameters.isEmpty:  // rxvt: Shift with a ~ key ends in $
                return Decoded(key: tilde(parameters))
            case 0x20...0x2F:  // intermediate bytes
                parameters.unicodeScalars.append(Unicode.Scalar(UInt8(c)))
            case 0x5B where parameters.isEmpty:  // Linux console F1–F5: ESC [ [ A … E
                guard case .scalar(let letter)? = next(true), (0x41...0x45).contains(letter) else { return Decoded(key: nil) }
                return Decoded(key: .function(Int(letter) - 0x40))
            case 0x4D where parameters.isEmpty:  // X10 mouse: button, column, row follow
                for _ in 0..<3 { _ = next(true) }
                return Decoded(key: nil)
            case 0x40...0x7E:
                return Decoded(key: final(Unicode.Scalar(UInt8(c)), parameters))
            default:
                return Decoded(key: nil)  // a control character inside: a broken sequence
            }
        }
        return Decoded(key: nil)
    }

    /// The key a complete CSI sequence stands for; nil for any other (ignored).
    private static func final(_ final: Unicode.Scalar, _ parameters: String) -> Key? {
        switch final {
        case "~", "^", "@": return tilde(parameters)
        case "Z": return parameters.isEmpty ? .backTab : nil
        default: break
        }
        // Arrows, Home and End: plain, or `1;m` with a modifier (which we take as the key itself).
        guard parameters.isEmpty || parameters.hasPrefix("1;") && parameters.dropFirst(2).allSatisfy(\.isNumber) else { return nil }
        switch final {
        case "A": return .up
        case "B": return .down
        case "C": return .right
        case "D": return .left
        case "H": return .home
        case "F": return .end
        default: return nil  // modified F1–F4 (`1;5P`), focus reports (`I`, `O`), answers (`?1;2c`), …
        }
    }

    /// `ESC [ n ~` (and rxvt's endings): the VT220 editing keys and the F-keys.
    private static func tilde(_ parameters: String) -> Key? {
        let fields = parameters.split(separator: ";", omittingEmptySubsequences: false)
        guard let code = fields.first.flatMap({ Int($0) }), fields.count <= 2 else { return nil }
        if fields.count == 2, Int(fields[1]) == nil { return nil }
        switch code {
        case 1, 7: return .home
        case 4, 8: return .end
        case 3: return .delete
        case 5: return .pageUp
        case 6: return .pageDown
        case 11...15: return fields.count == 1 ? .function(code - 10) : nil
        case 17...21: return fields.count == 1 ? .function(code - 11) : nil
        case 23, 24: return fields.count == 1 ? .function(code - 12) : nil
        default: return nil  // Insert (2), bracketed paste (200, 201), F13 and up, …
        }
    }

    /// `ESC O x`: keypad mode arrows, Home, End, F1–F4, Enter; `ESC O` alone is Alt-O.
    private static func singleShift(_ next: (Bool) -> InputUnit?) -> Decoded {
        var modifier = ""
        var count = 0
        while count < longestSequence {
            count += 1
            guard let unit = next(true) else { return modifier.isEmpty ? Decoded(key: .alt("O")) : Decoded(key: nil) }
            guard case .scalar(let c) = unit else { return Decoded(key: nil, unread: unit) }
            if (0x30...0x3F).contains(c) {
                modifier.unicodeScalars.append(Unicode.Scalar(UInt8(c)))
                continue
            }
            switch c {
            case 0x41: return Decoded(key: .up)  // A
            case 0x42: return Decoded(key: .down)  // B
            case 0x43: return Decoded(key: .right)  // C
            case 0x44: return Decoded(key: .left)  // D
            case 0x48: return Decoded(key: .home)  // H
            case 0x46: return Decoded(key: .end)  // F
            case 0x4D: return Decoded(key: .enter)  // M: keypad Enter
            case 0x50...0x53: return Decoded(key: modifier.isEmpty ? .function(Int(c) - 0x4F) : nil)  // P–S: F1–F4
            default: return Decoded(key: nil)
            }
        }
        return Decoded(key: nil)
    }

    /// `ESC ] … BEL` or `ESC ] … ESC \`: an answer to a query (a colour, a title) that came late.
    private static func operatingSystemCommand(_ next: (Bool) -> InputUnit?) -> Decoded {
        var count = 0
        var sawEscape = false
        while count < 4096 {
            count += 1
            guard let unit = next(true) else { return Decoded(key: nil) }
            guard case .scalar(let c) = unit else { return Decoded(key: nil, unread: unit) }
            if c == 7 || c == 0x9C || (sawEscape && c == 0x5C) { return Decoded(key: nil) }
            sawEscape = c == 27
        }
        return Decoded(key: nil)
    }

    /// Decodes a whole stream of bytes (UTF-8) as a terminal would deliver it, with nothing ncurses
    /// decoded in between: what the tests feed in. The end of the bytes counts as a pause.
    public static func keys(_ bytes: [UInt8]) -> [Key] {
        var units = String(decoding: bytes, as: UTF8.self).unicodeScalars.map { InputUnit.scalar($0.value) }[...]
        var keys: [Key] = []
        while let first = units.popFirst() {
            guard case .scalar(let scalar) = first else { continue }
            let decoded = decode(scalar) { _ in units.popFirst() }
            if let unread = decoded.unread { units.insert(unread, at: units.startIndex) }
            if let key = decoded.key { keys.append(key) }
        }
        return keys
    }
}
