/// A record's fields as text, by typed name: what an edit changes, what the history records, and
/// what an undo puts back. One mapping per record type, so edit, delete and undo cannot drift apart.
public protocol FieldRecord {
    associatedtype Field: FieldName
    var id: String { get }
    /// Every field an edit may change, as text.
    var fieldValues: [Field: String] { get }
    /// The record with `field` set from text; refused when the text is not a value it can take.
    func setting(_ field: Field, to text: String) throws(Refusal) -> Self
    /// `field` as a history entry or a notice names it.
    static func recordField(_ field: Field) -> RecordField
    /// The field of this kind of record a history entry's field names; nil for another kind's.
    static func field(_ field: RecordField) -> Field?
}

extension FieldRecord {
    /// The record with every given field set; refused with every value it cannot take.
    public func setting(_ values: [Field: String]) throws(Refusal) -> Self {
        var record = self
        var reasons: [Reason] = []
        for (field, text) in values.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            do throws(Refusal) { record = try record.setting(field, to: text) } catch { reasons += error.reasons }
        }
        guard reasons.isEmpty else { throw Refusal(reasons) }
        return record
    }
}

private func list(_ text: String) -> [String] {
    text.split(separator: ",").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
}

private func day(_ text: String) throws(Refusal) -> CalendarDay {
    guard let day = CalendarDay(parsing: text) else { throw Refusal([.invalidDate(text)]) }
    return day
}

extension AdviceSession: FieldRecord {
    public var fieldValues: [SessionField: String] {
        [.date: date.description, .kind: kind.rawValue, .participants: participants.joined(separator: ", "),
         .actionLines: actionLines.joined(separator: ","), .summary: summary, .minutes: minutes.map(String.init) ?? ""]
    }

    public func setting(_ field: SessionField, to text: String) throws(Refusal) -> AdviceSession {
        var copy = self
        switch field {
        case .date: copy.date = try day(text)
        case .kind: guard let kind = SessionKind(rawValue: text) else { throw Refusal([.invalidValue(text)]) }; copy.kind = kind
        case .participants: copy.participants = list(text)
        case .actionLines: copy.actionLines = list(text)
        case .summary: copy.summary = text
        case .minutes:
            if text.isEmpty { copy.minutes = nil } else { guard let n = Int(text) else { throw Refusal([.invalidNumber(text)]) }; copy.minutes = n }
        }
        return copy
    }

    public static func recordField(_ field: SessionField) -> RecordField { .session(field) }

    public static func field(_ field: RecordField) -> SessionField? {
        if case .session(let f) = field { f } else { nil }
    }
}

extension FollowUp: FieldRecord {
    public var fieldValues: [FollowUpField: String] { [.text: text, .due: due.description, .done: String(done)] }

    public func setting(_ field: FollowUpField, to value: String) throws(Refusal) -> FollowUp {
        var copy = self
        switch field {
        case .text: copy.text = value
        case .due: copy.due = try day(value)
        case .done: copy.done = value == "true"
        }
        return copy
    }

    public static func recordField(_ field: FollowUpField) -> RecordField { .followUp(field) }

    public static func field(_ field: RecordField) -> FollowUpField? {
        if case .followUp(let f) = field { f } else { nil }
    }
}

extension Contact: FieldRecord {
    public var fieldValues: [ContactField: String] { [.name: name, .role: role, .email: email, .phone: phone] }

    public func setting(_ field: ContactField, to value: String) throws(Refusal) -> Contact {
        var copy = self
        switch field {
        case .name: copy.name = value
        case .role: copy.role = value
        case .email: copy.email = value
        case .phone: copy.phone = value
        }
        return copy
    }

    public static func recordField(_ field: ContactField) -> RecordField { .contact(field) }

    public static func field(_ field: RecordField) -> ContactField? {
        if case .contact(let f) = field { f } else { nil }
    }
}

extension Application: FieldRecord {
    /// The content of the application; its status, granted amount and outcome move with its steps.
    public var fieldValues: [ApplicationField: String] {
        [.title: title, .activities: activities, .actionLines: actionLines.joined(separator: ","), .team: team.rawValue,
         .requested: requested.plainDecimal, .plannedStart: plannedStart.description, .plannedEnd: plannedEnd.description]
    }

    public func setting(_ field: ApplicationField, to text: String) throws(Refusal) -> Application {
        var copy = self
        switch field {
        case .title: copy.title = text
        case .activities: copy.activities = text
        case .actionLines: copy.actionLines = list(text)
        case .team: guard let team = Team(rawValue: text) else { throw Refusal([.invalidValue(text)]) }; copy.team = team
        case .requested: guard let cents = Cents(parsing: text) else { throw Refusal([.invalidAmount(text)]) }; copy.requested = cents
        case .plannedStart: copy.plannedStart = try day(text)
        case .plannedEnd: copy.plannedEnd = try day(text)
        case .status, .granted, .outcome: throw Refusal([.invalidValue(text)])  // a step moves these (Workflow.advance)
        }
        return copy
    }

    public static func recordField(_ field: ApplicationField) -> RecordField { .application(field) }

    public static func field(_ field: RecordField) -> ApplicationField? {
        if case .application(let f) = field { f } else { nil }
    }
}
