import ImpulsCore

/// The step dialog's texts: what a step is called, what confirming it does, its keys, and why a
/// field blocks it — in words, never the command line's flags.
extension Message {
    /// The step that leads to `target`, as a verb: "indienen"/"submit", "toekennen"/"approve", ….
    public static func stepVerb(_ target: ApplicationStatus, _ language: Language) -> String { stepVerb(target).text(language) }

    public static func stepVerb(_ target: ApplicationStatus) -> Message {
        switch target {
        case .draft: return Message(nl: "terug naar concept", en: "back to draft")
        case .submitted: return Message(nl: "indienen", en: "submit")
        case .approved: return Message(nl: "toekennen", en: "approve")
        case .rejected: return Message(nl: "afwijzen", en: "reject")
        case .withdrawn: return Message(nl: "intrekken", en: "withdraw")
        case .running: return Message(nl: "starten", en: "start")
        case .completed: return Message(nl: "afronden", en: "complete")
        }
    }

    /// What confirming does: "Indienen op 2023-10-16", "Toekennen op 2023-10-16, € 9.500".
    public static func stepStatement(_ target: ApplicationStatus, date: String, granted: Cents?) -> Message {
        let verb = stepVerb(target)
        return Message(nl: verb.nl.capitalizedFirstLetter + " op " + date + (granted.map { ", " + $0.formattedExact(.nl) } ?? ""),
                       en: verb.en.capitalizedFirstLetter + " on " + date + (granted.map { ", " + $0.formattedExact(.en) } ?? ""))
    }

    /// The step dialog's keys: "Enter/y bevestigen · n/Esc annuleren · Tab datum of toelichting"
    /// before a field is entered (`fields`: their names), "Enter bevestigen · Esc annuleren · Tab
    /// ander veld" in one.
    public static func stepKeys(inField: Bool, fields: [String]) -> Message {
        if inField {
            return Message(nl: "Enter bevestigen · Esc annuleren · Tab ander veld · F1 hulp", en: "Enter confirm · Esc cancel · Tab other field · F1 help")
        }
        let names = fields.map(\.lowercasedFirstLetter)
        func list(_ or: String) -> String {
            names.count < 2 ? names.joined() : names.dropLast().joined(separator: ", ") + or + names.last!
        }
        func tab(_ list: String) -> String { list.isEmpty ? "" : " · Tab " + list }
        return Message(nl: "Enter/y bevestigen · n/Esc annuleren" + tab(list(" of ")) + " · ? hulp",
                       en: "Enter/y confirm · n/Esc cancel" + tab(list(" or ")) + " · ? help")
    }

    /// Why the step cannot be taken, beside the field it is about, in words.
    public static func stepFieldReason(_ reason: Reason) -> Message {
        switch reason {
        case .noteRequired(let target):
            let verb = stepVerb(target)
            return Message(nl: "\(verb.nl) vraagt een toelichting: typ waarom", en: "a note is needed to \(verb.en): type why")
        case .endDateRequired: return Message(nl: "afronden vraagt de einddatum van het project", en: "completing needs the project's end date")
        case .grantedMissing: return Message(nl: "toekennen vraagt het toegekende bedrag", en: "approving needs the granted amount")
        default: return Message.reason(reason)
        }
    }
}
