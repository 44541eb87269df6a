/// A record's fields as text, by name: what an edit changes, what the history records, and what
/// an undo puts back. One mapping per record type, so edit, delete and undo cannot drift apart.
public protocol FieldRecord {
    var id: String { get }
    /// Every editable field, as text.
    var fieldValues: [String: String] { get }
    /// The record with `field` set from text; nil when the text is not a valid value.
    func setting(_ field: String, to text: String) -> Self?
}

extension FieldRecord {
    /// The record with every given field set; nil when one is invalid.
    public func setting(_ values: [String: String]) -> Self? {
        var record = self
        for (field, text) in values.sorted(by: { $0.key < $1.key }) {
            guard let next = record.setting(field, to: text) else { return nil }
            record = next
        }
        return record
    }
}

private func list(_ text: String) -> [String] {
    text.split(separator: ",").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
}

extension AdviceSession: FieldRecord {
    public var fieldValues: [String: String] {
        ["date": date.description, "kind": kind.rawValue, "participants": participants.joined(separator: ", "),
         "actionLines": actionLines.joined(separator: ","), "summary": summary, "minutes": minutes.map(String.init) ?? ""]
    }

    public func setting(_ field: String, to text: String) -> AdviceSession? {
        var copy = self
        switch field {
        case "date": guard let day = CalendarDay(parsing: text) else { return nil }; copy.date = day
        case "kind": guard let kind = SessionKind(rawValue: text) else { return nil }; copy.kind = kind
        case "participants": copy.participants = list(text)
        case "actionLines": copy.actionLines = list(text)
        case "summary": copy.summary = text
        case "minutes":
            if text.isEmpty { copy.minutes = nil } else { guard let n = Int(text) else { return nil }; copy.minutes = n }
        default: return nil
        }
        return copy
    }

}

extension FollowUp: FieldRecord {
    public var fieldValues: [String: String] { ["text": text, "due": due.description, "done": String(done)] }

    public func setting(_ field: String, to value: String) -> FollowUp? {
        var copy = self
        switch field {
        case "text": copy.text = value
        case "due": guard let day = CalendarDay(parsing: value) else { return nil }; copy.due = day
        case "done": copy.done = value == "true"
        default: return nil
        }
        return copy
    }
}

extension Contact: FieldRecord {
    public var fieldValues: [String: String] { ["name": name, "role": role, "email": email, "phone": phone] }

    public func setting(_ field: String, to value: String) -> Contact? {
        var copy = self
        switch field {
        case "name": copy.name = value
        case "role": copy.role = value
        case "email": copy.email = value
        case "phone": copy.phone = value
        default: return nil
        }
        return copy
    }
}

extension Application: FieldRecord {
    public var fieldValues: [String: String] {
        ["title": title, "activities": activities, "actionLines": actionLines.joined(separator: ","), "team": team.rawValue,
         "requested": requested.plainDecimal, "plannedStart": plannedStart.description, "plannedEnd": plannedEnd.description]
    }

    public func setting(_ field: String, to text: String) -> Application? {
        var copy = self
        switch field {
        case "title": copy.title = text
        case "activities": copy.activities = text
        case "actionLines": copy.actionLines = list(text)
        case "team": guard let team = Team(rawValue: text) else { return nil }; copy.team = team
        case "requested": guard let cents = Cents(parsing: text) else { return nil }; copy.requested = cents
        case "plannedStart": guard let day = CalendarDay(parsing: text) else { return nil }; copy.plannedStart = day
        case "plannedEnd": guard let day = CalendarDay(parsing: text) else { return nil }; copy.plannedEnd = day
        default: return nil
        }
        return copy
    }
}
