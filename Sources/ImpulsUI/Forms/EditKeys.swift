import ImpulsCore
import ImpulsText

/// What an editing key does in a form's field.
public enum EditAction: Sendable, Equatable {
    case left, right, lineStart, lineEnd, deleteBackward, deleteForward, deleteToLineEnd, deleteToLineStart, deleteWordBackward
    case wordBackward, wordForward, newLine, lineUp, lineDown
    case previousOption, nextOption, toggleOption, today
}

/// The kinds of field an editing key works in: text of one line, text of several, a pick list,
/// a list with ticks, a date.
public enum FieldScope: Sendable, Hashable {
    case text, multiline, choice, multiChoice, date
}

/// One editing key of a form: what it does in which kinds of field, and how help says it.
public struct EditBinding: Sendable {
    public let keys: [Key]
    public let label: String
    public let action: EditAction
    public let hint: Message
    public let scopes: Set<FieldScope>

    init(_ keys: [Key], _ label: String, _ action: EditAction, _ hint: InterfaceText, in scopes: Set<FieldScope> = [.text]) {
        self.keys = keys
        self.label = label
        self.action = action
        self.hint = .ui(hint)
        self.scopes = scopes
    }
}

extension KeyMap {
    /// The editing keys of a form's fields; text fields read them from here, and help lists them.
    public static let edits: [EditBinding] = [
        EditBinding([.left, .control("b")], "← Ctrl-B", .left, .editLeft),
        EditBinding([.right, .control("f")], "→ Ctrl-F", .right, .editRight),
        EditBinding([.home, .control("a")], "Home Ctrl-A", .lineStart, .editLineStart),
        EditBinding([.end, .control("e")], "End Ctrl-E", .lineEnd, .editLineEnd),
        EditBinding([.backspace], "Backspace", .deleteBackward, .editDeleteBackward),
        EditBinding([.delete, .control("d")], "Del Ctrl-D", .deleteForward, .editDeleteForward),
        EditBinding([.control("k")], "Ctrl-K", .deleteToLineEnd, .editDeleteToEnd),
        EditBinding([.control("u")], "Ctrl-U", .deleteToLineStart, .editDeleteToStart),
        EditBinding([.control("w")], "Ctrl-W", .deleteWordBackward, .editDeleteWord),
        EditBinding([.alt("b")], "Alt-b", .wordBackward, .editWordBackward),
        EditBinding([.alt("f")], "Alt-f", .wordForward, .editWordForward),
        EditBinding([.enter], "Enter", .newLine, .editNewLine, in: [.multiline]),
        EditBinding([.up], "↑", .lineUp, .editLineUp, in: [.multiline]),
        EditBinding([.down], "↓", .lineDown, .editLineDown, in: [.multiline]),
        EditBinding([.up, .left], "↑ ←", .previousOption, .editPreviousOption, in: [.choice, .multiChoice]),
        EditBinding([.down, .right], "↓ →", .nextOption, .editNextOption, in: [.choice, .multiChoice]),
        EditBinding([.character(" ")], "Space", .nextOption, .editNextChoice, in: [.choice]),
        EditBinding([.character(" "), .character("x")], "Space x", .toggleOption, .editToggleOption, in: [.multiChoice]),
        EditBinding([.character("t")], "t", .today, .editToday, in: [.date]),
    ]

    /// What `key` does in a field of these kinds (the first of `scopes` that has it wins).
    public static func edit(for key: Key, in scopes: [FieldScope]) -> EditAction? {
        for scope in scopes {
            if let binding = edits.first(where: { $0.scopes.contains(scope) && $0.keys.contains(key) }) { return binding.action }
        }
        return nil
    }
}
