import ImpulsCore
import ImpulsText

/// A field of a form: an edited text, or a choice among options.
public struct FormField: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case text, multiline, date, amount, number
        /// One of the options (← → or space to change).
        case choice([String])
        /// Any of the options (space toggles the one under the cursor, ← → move).
        case multiChoice([String])
    }

    public let id: FieldID
    public let label: Message
    public let kind: Kind
    public var editor: TextField
    /// The chosen option (choice) or the option under the cursor (multiChoice).
    public var optionIndex = 0
    public var chosen: Set<Int> = []
    /// How the options are shown (the config's labels of action lines, the teams' names); the
    /// value keeps the options themselves (the ids). Empty: the options are shown.
    public var optionLabels: [String] = []

    public init(_ name: some FieldName, _ label: Message, _ kind: Kind, value: String = "", option: Int = 0, chosen: Set<Int> = [],
                labels: [String] = []) {
        self.id = name.id
        self.label = label
        self.kind = kind
        self.editor = TextField(value, multiline: kind == .multiline)
        self.optionIndex = option
        self.chosen = chosen
        self.optionLabels = labels
    }

    /// The option at `index` as the user reads it.
    func optionLabel(_ index: Int) -> String {
        optionLabels.indices.contains(index) ? optionLabels[index] : options[index]
    }

    var options: [String] {
        switch kind {
        case .choice(let o), .multiChoice(let o): return o
        default: return []
        }
    }

    /// The value as text: the edited text, or the chosen option(s).
    public var value: String {
        switch kind {
        case .choice(let options): return options[optionIndex]
        case .multiChoice(let options): return chosen.sorted().map { options[$0] }.joined(separator: ",")
        default: return editor.value
        }
    }

    /// The kinds of editing key that work here, the most specific first.
    var scopes: [FieldScope] {
        switch kind {
        case .choice: return [.choice]
        case .multiChoice: return [.multiChoice]
        case .multiline: return [.multiline, .text]
        case .date: return [.date, .text]
        case .text, .amount, .number: return [.text]
        }
    }

    /// Applies a key as the key map's `edits` say; false when it does nothing here.
    mutating func apply(_ key: Key, today: CalendarDay) -> Bool {
        let count = options.count
        switch KeyMap.edit(for: key, in: scopes) {
        case .previousOption? where count > 0: optionIndex = (optionIndex + count - 1) % count
        case .nextOption? where count > 0: optionIndex = (optionIndex + 1) % count
        case .toggleOption?:
            if chosen.contains(optionIndex) { chosen.remove(optionIndex) } else { chosen.insert(optionIndex) }
        case .today?: editor = TextField(today.description)
        case let action?: return editor.apply(action)
        case nil:
            guard count == 0, case .character(let c) = key else { return false }
            return editor.apply(.character(c))
        }
        return true
    }
}

/// An open form: its fields, the focused one, the errors found as the user types.
public struct Form: Sendable, Equatable {
    public var purpose: FormPurpose
    public var fields: [FormField]
    public var focus: Int
    /// Problems per field, checked after every key.
    public var errors: [FieldID: String] = [:]
    /// What the user should see beside a field but may save anyway.
    public var warnings: [FieldID: String] = [:]
    /// Reasons the rules refuse the whole thing, shown under the form.
    public var refusal: [String] = []
    /// Why the last save did not happen (a conflict, a full disk), shown under the form until a
    /// field is edited.
    public var failure: String?
    /// Asking "discard what was typed?" after Esc.
    public var confirmingCancel = false
    /// The step dialog before a field is entered: Enter or `y` confirms, `n` cancels, Tab enters
    /// the fields. Every other form (and a step that needs input) starts in its fields.
    public var focusInFields = true
    /// The step dialog tried to confirm: a field it cannot go without now says so beside it.
    public var attempted = false
    /// Sent to be saved; waiting for the answer.
    public var saving = false
    /// A character was refused in a list (text typed in the wrong field): a space or `x` is
    /// refused too instead of ticking until a key that is no character (an arrow, Tab), so a
    /// sentence typed there changes nothing.
    public var typingInList = false
    /// Fields the cursor has left: a field that is still empty says so once it has been passed.
    public var touched: Set<FieldID> = []
    public let initialValues: [String]

    public init(purpose: FormPurpose, fields: [FormField], focus: Int = 0) {
        self.purpose = purpose
        self.fields = fields
        self.focus = focus
        self.initialValues = fields.map(\.value)
    }

    public var isDirty: Bool { fields.map(\.value) != initialValues }

    /// The field's text without surrounding spaces (what a user means by it); empty when the form has no such field.
    public subscript(name: some FieldName) -> String { self[name.id] }
    public subscript(id: FieldID) -> String { field(id)?.value.trimmingSpaces ?? "" }

    public func field(_ id: FieldID) -> FormField? { fields.first { $0.id == id } }
    public func has(_ name: some FieldName) -> Bool { field(name.id) != nil }

    /// The field the cursor is in.
    public var focused: FieldID { fields[focus].id }

    /// The error beside a field, if any.
    public func error(_ name: some FieldName) -> String? { errors[name.id] }
}
