/// A form field's name, typed per form: code addresses a field by its case, never by a string or
/// by its place in the form. Its `name` is what a draft file calls it (the only place strings remain).
public enum FieldID: Hashable, Sendable {
    case session(SessionField)
    case application(ApplicationField)
    case contact(ContactField)
    case followUp(FollowUpField)
    case step(StepField)

    /// The field's name in a draft file.
    public var name: String {
        switch self {
        case .session(let f): f.rawValue
        case .application(let f): f.rawValue
        case .contact(let f): f.rawValue
        case .followUp(let f): f.rawValue
        case .step(let f): f.rawValue
        }
    }
}

/// The fields of one kind of form.
public protocol FieldName: RawRepresentable<String>, Hashable, Sendable {
    var id: FieldID { get }
}

/// A session: new, or edited (without follow-ups).
public enum SessionField: String, FieldName {
    case date, kind, summary, participants, actionLines, minutes, followUps
    public var id: FieldID { .session(self) }
}

/// An application: new, or a draft edited.
public enum ApplicationField: String, FieldName {
    case title, amount, start, end, actionLines, team, activities
    public var id: FieldID { .application(self) }
}

/// A contact: new, or edited.
public enum ContactField: String, FieldName {
    case name, role, email, phone
    public var id: FieldID { .contact(self) }
}

/// A follow-up, edited.
public enum FollowUpField: String, FieldName {
    case text, due
    public var id: FieldID { .followUp(self) }
}

/// The step dialog.
public enum StepField: String, FieldName {
    case date, granted, note, outcome
    public var id: FieldID { .step(self) }
}
