import ImpulsCore

/// The words of `impuls privacy`: finding, handing over and erasing a person's data (AVG).
extension Message {
    public static func privacyTooShort(_ text: String) -> Message {
        Message(nl: "‘\(text.escapingControlCharacters)’ is te kort om iemand aan te wijzen: geef ten minste \(PersonalText.shortest) letters of cijfers",
                en: "‘\(text.escapingControlCharacters)’ is too short to single anyone out: give at least \(PersonalText.shortest) letters or digits")
    }
    public static func privacyNothingFound(_ text: String) -> Message {
        Message(nl: "‘\(text.escapingControlCharacters)’ komt in geen dossier voor (ook niet in de geschiedenis of meldingen)",
                en: "‘\(text.escapingControlCharacters)’ occurs in no dossier (nor in any history or notice)")
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
    /// A shared folder: the erasure reached this clone's git history; the next sync takes it to the team.
    public static let privacyHistoryRewritten = Message(
        nl: "De geschiedenis van git in deze map is herschreven zonder de tekst; `impuls sync` neemt de wissing mee naar de teamrepository en, bij hun volgende sync, naar elke collega.",
        en: "This folder's git history was rewritten without the text; `impuls sync` takes the erasure to the team repository and, at their next sync, to every colleague.")
    public static func privacyExportWritten(places: Int, file: String) -> Message {
        Message(nl: "\(places) \(places == 1 ? "vermelding" : "vermeldingen") geschreven naar \(file.escapingControlCharacters)",
                en: "\(places) \(places == 1 ? "mention" : "mentions") written to \(file.escapingControlCharacters)")
    }
    public static func privacyWouldPurge(before: String) -> Message {
        Message(nl: "Zou uit elk dossier zonder activiteit sinds \(before) alle personen wissen (contactpersonen, deelnemers en wat hen noemt; gesprekken, bedragen en stappen blijven):",
                en: "Would erase every person from each dossier with no activity since \(before) (contacts, participants and what names them; sessions, amounts and steps stay):")
    }
    public static func privacyWouldPurgeIn(_ name: String, persons: Int, lastActivity: String) -> Message {
        Message(nl: "  \(name) (laatste activiteit \(lastActivity); \(persons) \(persons == 1 ? "naam" : "namen"))",
                en: "  \(name) (last activity \(lastActivity); \(persons) \(persons == 1 ? "name" : "names"))")
    }
    public static func privacyNothingToPurge(before: String) -> Message {
        Message(nl: "Geen dossier zonder activiteit sinds \(before) noemt nog personen", en: "No dossier with no activity since \(before) still names anyone")
    }
    public static let privacyPurgeNeedsDate = Message(
        nl: "geef --before JJJJ-MM-DD, of zet \"personalDataMonths\" in de config (hoe lang persoonsgegevens na de laatste activiteit blijven)",
        en: "give --before YYYY-MM-DD, or set \"personalDataMonths\" in the config (how long personal data stays after the last activity)")
    /// `doctor`: dossiers past the config's retention that still name people.
    public static func privacyPastRetention(_ count: Int, months: Int, before: String) -> Message {
        Message(nl: "\(count) \(count == 1 ? "dossier noemt" : "dossiers noemen") nog personen na meer dan \(months) maanden zonder activiteit: impuls privacy purge --before \(before)",
                en: "\(count) \(count == 1 ? "dossier still names" : "dossiers still name") people after more than \(months) months without activity: impuls privacy purge --before \(before)")
    }
    /// `doctor`: the scheme's evaluation is past and no retention is set.
    public static func privacyNoRetention(evaluated: String) -> Message {
        Message(nl: "geen bewaartermijn gezet en de evaluatie van de regeling (\(evaluated)) is voorbij: zet \"personalDataMonths\" in de config en gebruik impuls privacy purge",
                en: "no retention period set and the scheme's evaluation (\(evaluated)) is past: set \"personalDataMonths\" in the config and use impuls privacy purge")
    }
    /// `doctor` in a shared folder with erasures: what impuls cannot reach.
    public static let privacyServerReflogs = Message(
        nl: "deze map kent wissingen: laat de beheerder van de teamrepository ook reflogs en oude objecten opruimen (git reflog expire --expire=now --all && git gc --prune=now) en back-ups en forks nalopen",
        en: "this folder has erasures: have the team repository's keeper expire its reflogs and old objects too (git reflog expire --expire=now --all && git gc --prune=now) and check backups and forks")
    /// `privacy erase|purge` with several folders: it works in one.
    public static let privacyNeedsOneFolder = Message(
        nl: "wissen gebeurt in één gegevensmap: geef die met --data-dir MAP (de dataDirs uit de config worden samen en alleen-lezen gelezen; in een gedeelde map bereikt het wissen via impuls sync ook de rest van het team)",
        en: "erasing works in one data folder: name it with --data-dir DIR (the config's dataDirs are read together and read-only; in a shared folder, impuls sync takes the erasure to the rest of the team)")
    /// A field as `privacy find` names it (the file's key, in words).
    public static func privacyField(_ key: String) -> Message {
        let words: [String: (String, String)] = [
            "name": ("naam", "name"), "role": ("rol", "role"), "email": ("e-mail", "e-mail"), "phone": ("telefoon", "phone"),
            "notes": ("notities", "notes"), "summary": ("samenvatting", "summary"), "participants": ("deelnemers", "participants"),
            "text": ("tekst", "text"), "title": ("titel", "title"), "activities": ("activiteiten", "activities"),
            "outcome": ("resultaat", "outcome"), "kept": ("behouden", "kept"), "lost": ("niet genomen", "not taken"),
            "note": ("notitie", "note"), "value": ("waarde", "value"),
        ]
        guard let (nl, en) = words[key] else { return Message(both: key) }
        return Message(nl: nl, en: en)
    }
    /// A sync carried a colleague's erasure into this folder and its history.
    public static func syncErasedHere(_ requests: [String]) -> Message {
        Message(nl: "wissing van persoonsgegevens doorgevoerd in deze map en haar geschiedenis (verzoek \(requests.joined(separator: ", ")))",
                en: "erasure of personal data carried out in this folder and its history (request \(requests.joined(separator: ", ")))")
    }
    /// In an erasure's plan: the people (names, e-mail addresses, phone numbers, participants) the text is found in.
    public static func privacyWouldEraseNames(_ values: [String]) -> Message {
        let shown = values.prefix(12).map(\.escapingControlCharacters).joined(separator: ", ") + (values.count > 12 ? " (+\(values.count - 12))" : "")
        return Message(nl: "Het gaat om: " + shown, en: "It concerns: " + shown)
    }
}
