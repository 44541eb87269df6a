/// Editable text with a cursor: the usual editing keys, one line or several.
public struct TextField: Sendable, Equatable {
    public private(set) var text: [Character]
    /// The cursor, as an index into `text`.
    public private(set) var cursor: Int
    public let multiline: Bool

    public init(_ text: String = "", multiline: Bool = false) {
        self.text = Array(text)
        self.cursor = self.text.count
        self.multiline = multiline
    }

    public var value: String { String(text) }

    /// Applies an editing key (from the key map's `edits`) or types a character; false when the
    /// key does nothing here.
    public mutating func apply(_ key: Key) -> Bool {
        if let action = KeyMap.edit(for: key, in: multiline ? [.multiline, .text] : [.text]) { return apply(action) }
        guard case .character(let c) = key else { return false }
        insert(c)
        return true
    }

    /// Does what an editing key means; false when it means nothing in a text.
    public mutating func apply(_ action: EditAction) -> Bool {
        switch action {
        case .newLine where multiline: insert("\n")
        case .deleteBackward:
            if cursor > 0 { text.remove(at: cursor - 1); cursor -= 1 }
        case .deleteForward:
            if cursor < text.count { text.remove(at: cursor) }
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .lineStart: cursor = lineStart
        case .lineEnd: cursor = lineEnd
        case .deleteToLineEnd: text.removeSubrange(cursor..<lineEnd)
        case .deleteToLineStart:
            let start = lineStart
            text.removeSubrange(start..<cursor)
            cursor = start
        case .deleteWordBackward:
            var start = cursor
            while start > 0, text[start - 1] == " " { start -= 1 }
            while start > 0, text[start - 1] != " ", text[start - 1] != "\n" { start -= 1 }
            text.removeSubrange(start..<cursor)
            cursor = start
        case .wordBackward:
            while cursor > 0, text[cursor - 1] == " " { cursor -= 1 }
            while cursor > 0, text[cursor - 1] != " ", text[cursor - 1] != "\n" { cursor -= 1 }
        case .wordForward:
            while cursor < text.count, text[cursor] == " " { cursor += 1 }
            while cursor < text.count, text[cursor] != " ", text[cursor] != "\n" { cursor += 1 }
        case .lineUp where multiline: moveLine(-1)
        case .lineDown where multiline: moveLine(1)
        default: return false
        }
        return true
    }

    private mutating func insert(_ c: Character) {
        text.insert(c, at: cursor)
        cursor += 1
    }

    private var lineStart: Int {
        var i = cursor
        while i > 0, text[i - 1] != "\n" { i -= 1 }
        return i
    }

    private var lineEnd: Int {
        var i = cursor
        while i < text.count, text[i] != "\n" { i += 1 }
        return i
    }

    private mutating func moveLine(_ delta: Int) {
        let column = cursor - lineStart
        if delta < 0 {
            guard lineStart > 0 else { return }
            cursor = lineStart - 1
            cursor = min(lineStart + column, lineEnd)
        } else {
            guard lineEnd < text.count else { return }
            cursor = lineEnd + 1
            cursor = min(lineStart + column, lineEnd)
        }
    }

    /// The lines, and the cursor as line and column (in characters).
    public var lines: [String] { value.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
    public var cursorLine: Int { text[0..<cursor].filter { $0 == "\n" }.count }
    public var cursorColumn: Int { cursor - lineStart }
}
