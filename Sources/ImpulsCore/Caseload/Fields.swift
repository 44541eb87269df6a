/// The fields of each kind of record, as an edit, the history and a merge name them. Their raw
/// values are the names the dossier file writes (the only place they are text).
public protocol FieldName: Hashable, CaseIterable, Sendable, RawRepresentable where RawValue == String {}

extension FieldName {
    /// Values by field name, by field; nil when a name is not one of these fields.
    public static func values(named names: [String: String]) -> [Self: String]? {
        var values: [Self: String] = [:]
        for (name, text) in names {
            guard let field = Self(rawValue: name) else { return nil }
            values[field] = text
        }
        return values
    }
}

public enum SessionField: String, FieldName { case date, kind, participants, actionLines, summary, minutes }

public enum FollowUpField: String, FieldName { case text, due, done }

public enum ContactField: String, FieldName { case name, role, email, phone }

public enum ApplicationField: String, FieldName {
    case title, activities, actionLines, team, requested, plannedStart, plannedEnd
    /// Moved by the workflow (`advancingApplication`), never by an edit.
    case status, granted, outcome

    /// True for the fields only a step changes.
    public var isWorkflow: Bool { self == .status || self == .granted || self == .outcome }
}

/// The dossier's own fields; `notice` is the field a notice's resolution is recorded under.
public enum DossierField: String, CaseIterable, Sendable { case adviser, team, notes, notice }

/// A field of what a history entry or notice is about: its kind matches the entry's subject.
public enum RecordField: Hashable, Sendable {
    case dossier(DossierField)
    case session(SessionField)
    case followUp(FollowUpField)
    case contact(ContactField)
    case application(ApplicationField)

    /// The name the file format writes.
    public var name: String {
        switch self {
        case .dossier(let f): f.rawValue
        case .session(let f): f.rawValue
        case .followUp(let f): f.rawValue
        case .contact(let f): f.rawValue
        case .application(let f): f.rawValue
        }
    }

    /// The field called `name` of what `subject` names; nil when it has no such field.
    public init?(name: String, of subject: Subject) {
        switch subject {
        case .dossier: guard let f = DossierField(rawValue: name) else { return nil }; self = .dossier(f)
        case .session: guard let f = SessionField(rawValue: name) else { return nil }; self = .session(f)
        case .followUp: guard let f = FollowUpField(rawValue: name) else { return nil }; self = .followUp(f)
        case .contact: guard let f = ContactField(rawValue: name) else { return nil }; self = .contact(f)
        case .application: guard let f = ApplicationField(rawValue: name) else { return nil }; self = .application(f)
        }
    }

    /// Every name a field of what `subject` names may have (to say what a file should hold).
    public static func names(of subject: Subject) -> [String] {
        switch subject {
        case .dossier: DossierField.allCases.map(\.rawValue)
        case .session: SessionField.allCases.map(\.rawValue)
        case .followUp: FollowUpField.allCases.map(\.rawValue)
        case .contact: ContactField.allCases.map(\.rawValue)
        case .application: ApplicationField.allCases.map(\.rawValue)
        }
    }
}
