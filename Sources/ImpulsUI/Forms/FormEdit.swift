import ImpulsCore

extension RecordEdit {
    /// The edit an edit form makes of the record `kind:id`: each form field as the record's field
    /// it sets, in the domain's form (a day as YYYY-MM-DD, an amount as 9500.00). Refused when a
    /// date or an amount is not one.
    init(_ form: Form, kind: Dossier.RecordKind, id: String) throws(Refusal) {
        var session: [ImpulsCore.SessionField: String] = [:]
        var followUp: [ImpulsCore.FollowUpField: String] = [:]
        var contact: [ImpulsCore.ContactField: String] = [:]
        var application: [ImpulsCore.ApplicationField: String] = [:]
        for field in form.fields {
            let text = field.value.trimmingSpaces
            switch field.id {
            case .session(.date): session[.date] = try Self.day(field)
            case .session(.kind): session[.kind] = SessionKind.allCases[field.optionIndex].rawValue
            case .session(.summary): session[.summary] = text
            case .session(.participants): session[.participants] = text
            case .session(.actionLines): session[.actionLines] = text
            case .session(.minutes): session[.minutes] = text
            case .followUp(.text): followUp[.text] = text
            case .followUp(.due): followUp[.due] = try Self.day(field)
            case .contact(.name): contact[.name] = text
            case .contact(.role): contact[.role] = text
            case .contact(.email): contact[.email] = text
            case .contact(.phone): contact[.phone] = text
            case .application(.title): application[.title] = text
            case .application(.amount):
                guard let cents = Cents(parsing: field.value) else { throw Refusal([.invalidAmount(field.value)]) }
                application[.requested] = cents.plainDecimal
            case .application(.start): application[.plannedStart] = try Self.day(field)
            case .application(.end): application[.plannedEnd] = try Self.day(field)
            case .application(.actionLines): application[.actionLines] = text
            case .application(.team): application[.team] = text
            case .application(.activities): application[.activities] = text
            // On no edit form: follow-ups are edited one by one, and a step is not an edit.
            case .session(.followUps), .step: break
            }
        }
        switch kind {
        case .session: self = .session(id: id, session)
        case .followUp: self = .followUp(id: id, followUp)
        case .contact: self = .contact(id: id, contact)
        case .application: self = .application(id: id, application)
        }
    }

    private static func day(_ field: FormField) throws(Refusal) -> String {
        guard let day = CalendarDay(parsing: field.value.trimmingSpaces, acceptDutchOrder: true) else { throw Refusal([.invalidDate(field.value)]) }
        return day.description
    }
}
