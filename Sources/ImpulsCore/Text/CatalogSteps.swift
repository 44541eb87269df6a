/// The step dialog's texts: what a step is called, what confirming it does, its keys, and why a
/// field blocks it — in words, never the command line's flags.
extension Message {
    /// The step that leads to `target`, as a verb: "indienen"/"submit", "toekennen"/"approve", ….
    public static func stepVerb(_ target: ApplicationStatus, _ language: Language) -> String {
        let nl = language == .nl
        switch target {
        case .draft: return nl ? "terug naar concept" : "back to draft"
        case .submitted: return nl ? "indienen" : "submit"
        case .approved: return nl ? "toekennen" : "approve"
        case .rejected: return nl ? "afwijzen" : "reject"
        case .withdrawn: return nl ? "intrekken" : "withdraw"
        case .running: return nl ? "starten" : "start"
        case .completed: return nl ? "afronden" : "complete"
        }
    }

    /// What confirming does: "Indienen op 2023-10-16", "Toekennen op 2023-10-16, € 9.500".
    public static func stepStatement(_ target: ApplicationStatus, date: String, granted: Cents?, _ language: Language) -> String {
        let verb = stepVerb(target, language)
        let head = verb.prefix(1).uppercased() + verb.dropFirst()
        return head + (language == .nl ? " op " : " on ") + date + (granted.map { ", " + $0.formattedExact(language) } ?? "")
    }

    /// The step dialog's keys: "Enter/y bevestigen · n/Esc annuleren · Tab datum of toelichting"
    /// before a field is entered (`fields`: their names), "Enter bevestigen · Esc annuleren · Tab
    /// ander veld" in one.
    public static func stepKeys(inField: Bool, fields: [String], _ language: Language) -> String {
        let nl = language == .nl
        if inField { return nl ? "Enter bevestigen · Esc annuleren · Tab ander veld" : "Enter confirm · Esc cancel · Tab other field" }
        let names = fields.map { $0.prefix(1).lowercased() + $0.dropFirst() }
        let or = nl ? " of " : " or "
        let list = names.count < 2 ? names.joined() : names.dropLast().joined(separator: ", ") + or + names.last!
        return (nl ? "Enter/y bevestigen · n/Esc annuleren" : "Enter/y confirm · n/Esc cancel") + (list.isEmpty ? "" : " · Tab " + list)
    }

    /// Why the step cannot be taken, beside the field it is about, in words.
    public static func stepFieldReason(_ reason: Reason, _ language: Language) -> String {
        let nl = language == .nl
        switch reason {
        case .noteRequired(let target):
            let verb = stepVerb(target, language)
            return nl ? "\(verb) vraagt een toelichting: typ waarom" : "a note is needed to \(verb): type why"
        case .endDateRequired:
            return nl ? "afronden vraagt de einddatum van het project" : "completing needs the project's end date"
        case .grantedMissing:
            return nl ? "toekennen vraagt het toegekende bedrag" : "approving needs the granted amount"
        default:
            return Message.reason(reason).text(language)
        }
    }
}
