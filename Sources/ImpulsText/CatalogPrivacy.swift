import ImpulsCore

/// The words of `impuls privacy`: finding, handing over and erasing a person's data (AVG).
extension Message {
    public static func privacyTooShort(_ text: String) -> Message {
        Message(nl: "'\(text.escapingControlCharacters)' is te kort om iemand aan te wijzen: geef ten minste \(PersonalText.shortest) letters of cijfers",
                en: "'\(text.escapingControlCharacters)' is too short to single anyone out: give at least \(PersonalText.shortest) letters or digits")
    }
    public static func privacyNothingFound(_ text: String) -> Message {
        Message(nl: "'\(text.escapingControlCharacters)' komt in geen dossier voor (ook niet in de geschiedenis of meldingen)",
                en: "'\(text.escapingControlCharacters)' occurs in no dossier (nor in any history or notice)")
    }
    /// Where a mention is: "gesprek 2023-10-16", "contact", "geschiedenis 2023-10-16 (a1b2c3d4e5f60718.00)", "melding".
    public static func privacyPlace(_ mention: Dossier.Mention) -> Message {
        let kind: (nl: String, en: String)
        switch mention.subject {
        case .dossier: kind = ("dossier", "dossier")
        case .session: kind = ("gesprek", "session")
        case .followUp: kind = ("actie", "follow-up")
        case .contact: kind = ("contact", "contact")
        case .application: kind = ("aanvraag", "application")
        }
        let day = mention.on.map { " " + $0.description } ?? ""
        if let entry = mention.historyEntry {
            return Message(nl: "geschiedenis\(day) (\(entry)) · \(kind.nl)", en: "history\(day) (\(entry)) · \(kind.en)")
        }
        if mention.notice != nil { return Message(nl: "melding · \(kind.nl)", en: "notice · \(kind.en)") }
        return Message(nl: kind.nl + day, en: kind.en + day)
    }
    /// Without `--yes`: what an erasure would change (a line per dossier follows, then `privacyGiveYes`).
    public static let privacyWouldErase = Message(
        nl: "Zou wissen (elke vermelding wordt \(PersonalText.marker); gesprekken, data, bedragen en de stappen blijven):",
        en: "Would erase (each mention becomes \(PersonalText.marker); sessions, dates, amounts and steps stay):")
    public static func privacyWouldEraseIn(_ name: String, mentions: Int, contacts: Int) -> Message {
        let contactsNL = contacts == 0 ? "" : ", \(contacts) \(contacts == 1 ? "contact" : "contacten") verwijderd"
        let contactsEN = contacts == 0 ? "" : ", \(contacts) \(contacts == 1 ? "contact" : "contacts") removed"
        return Message(nl: "  \(name) (\(mentions) \(mentions == 1 ? "vermelding" : "vermeldingen")\(contactsNL))",
                       en: "  \(name) (\(mentions) \(mentions == 1 ? "mention" : "mentions")\(contactsEN))")
    }
    public static let privacyGiveYes = Message(nl: "Geef --yes om te wissen; dat is niet ongedaan te maken.", en: "Give --yes to erase; it cannot be undone.")
    public static func privacyErased(_ names: [String], request: String) -> Message {
        Message(nl: "Gewist in: \(names.joined(separator: ", ")) (verzoek \(request)); de tekst staat in geen dossier, geschiedenis of melding meer",
                en: "Erased in: \(names.joined(separator: ", ")) (request \(request)); the text is in no dossier, history or notice any more")
    }
    public static let privacyDraftRemoved = Message(nl: "Het bewaarde formulier (concept) noemde de tekst en is verwijderd",
                                                    en: "The kept form (draft) mentioned the text and was removed")
    /// A shared folder: what this version of impuls cannot reach yet.
    public static let privacySharedFolder = Message(
        nl: "Let op: deze map wordt gedeeld via git. Oudere versies van de dossiers in de geschiedenis van git (hier, bij collega's en in de teamrepository) bevatten de tekst nog; deze versie van impuls wist die nog niet.",
        en: "Note: this folder is shared through git. Older versions of the dossiers in git's history (here, on colleagues' laptops and in the team repository) still hold the text; this version of impuls does not erase those yet.")
    public static func privacyExportWritten(places: Int, file: String) -> Message {
        Message(nl: "\(places) \(places == 1 ? "vermelding" : "vermeldingen") geschreven naar \(file.escapingControlCharacters)",
                en: "\(places) \(places == 1 ? "mention" : "mentions") written to \(file.escapingControlCharacters)")
    }
}
