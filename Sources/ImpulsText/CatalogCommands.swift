import ImpulsCore

/// The command line's own texts: what each command says it did, the CSV headers, counts with the
/// right singular or plural, and what a conflict asks of the user.

/// A thing that is counted, so a count reads `1 gemeente` and `2 gemeenten`.
public enum Noun: Sendable, CaseIterable {
    case municipality, dossier, session, problem, application, notice, change, followUp, month

    /// The noun as a count of `count` says it.
    func word(_ count: Int) -> Message {
        let one = count == 1
        switch self {
        case .municipality: return one ? Message(nl: "gemeente", en: "municipality") : Message(nl: "gemeenten", en: "municipalities")
        case .dossier: return one ? Message(both: "dossier") : Message(both: "dossiers")
        case .session: return one ? Message(nl: "adviesgesprek", en: "advice session") : Message(nl: "adviesgesprekken", en: "advice sessions")
        case .problem: return one ? Message(nl: "probleem", en: "problem") : Message(nl: "problemen", en: "problems")
        case .application: return one ? Message(nl: "aanvraag", en: "application") : Message(nl: "aanvragen", en: "applications")
        case .notice: return one ? Message(nl: "melding", en: "notice") : Message(nl: "meldingen", en: "notices")
        case .change: return one ? Message(nl: "wijziging", en: "change") : Message(nl: "wijzigingen", en: "changes")
        case .followUp: return one ? Message(nl: "actie", en: "follow-up") : Message(nl: "acties", en: "follow-ups")
        case .month: return one ? Message(nl: "maand", en: "month") : Message(nl: "maanden", en: "months")
        }
    }
}

/// A column of a CSV file the command line writes; the raw value is the column's stable key (the
/// same key as in `--format json`).
public enum CSVColumn: String, Sendable, CaseIterable {
    // regions, municipalities
    case region, municipalities, code, name, province, safetyRegion, mergedInto, mergedOn
    // status
    case reached, notReached
    case draft, submitted, approved, rejected, withdrawn, running, completed
    case requested, granted, ceiling, grantedPercent
    case overdueFollowUps, runningPastEnd, staleDrafts, approvedNotStarted, openNotices
    case adviser, openApplications, sessions30, sessions90
    // export
    case municipality, sessions, lastContact, openFollowUps, application, status, plannedStart, plannedEnd
    // agenda (with code and municipality)
    case when, date, kind, what
}

/// What a conflict (the file changed on disk meanwhile) asks the user to do, where it is said.
public enum ConflictAdvice: Sendable, Equatable, CaseIterable {
    /// In the interface, when it is not known whether a form was open: both of the two below.
    case interface
    /// In an open form or step dialog of the interface, which keeps what was typed: Ctrl-S again.
    case saveAgain
    /// In the interface, outside a form: the change is to be made again.
    case doAgain
    /// On the command line: look at the dossier and give the command again.
    case runAgain
}

/// Where the command line got a folder's path from, to say so when the folder is refused.
public enum PathOrigin: Sendable, Equatable {
    /// An option: `--data-dir`, `--output`.
    case option(String)
    /// An environment variable: `IMPULS_DATA_DIR`.
    case environment(String)
    /// A key of the config file (nil: the config's file is not known).
    case configKey(String, file: String?)
    /// None was given: the default folder.
    case defaultFolder
}

/// What a command says it did, and the other texts of the command line.
public struct CommandText: Sendable, Equatable, MessageGroup {
    let message: Message
}

extension CommandText {
    /// `session add`: "Gesprek van 2023-10-16 vastgelegd voor Ameland".
    public static func sessionLogged(date: CalendarDay, municipality name: String, followUps: Int) -> CommandText {
        let with = Message.count(followUps, .followUp)
        return CommandText(nl: "Gesprek van \(date) vastgelegd voor \(name)" + (followUps == 0 ? "" : ", met " + with.nl),
                           en: "Session of \(date) logged for \(name)" + (followUps == 0 ? "" : ", with " + with.en))
    }
    /// `application new`: "Aanvraag ‘Tweede poging’ aangemaakt voor Ameland (concept, € 9.500)".
    public static func applicationCreated(title: String, municipality name: String, requested: Cents) -> CommandText {
        CommandText(nl: "Aanvraag ‘\(title)’ aangemaakt voor \(name) (concept, \(requested.formattedExact(.nl)))",
                    en: "Application ‘\(title)’ created for \(name) (draft, \(requested.formattedExact(.en)))")
    }
    /// `application advance`: the step taken, with its day and what it needed.
    public static func applicationAdvanced(title: String, municipality name: String, to status: ApplicationStatus, on: CalendarDay,
                                           granted: Cents?) -> CommandText {
        let step: Message
        switch status {
        case .draft: step = Message(nl: "weer concept", en: "a draft again")
        case .submitted: step = Message(nl: "ingediend", en: "submitted")
        case .approved: step = Message(nl: "toegekend", en: "approved")
        case .rejected: step = Message(nl: "afgewezen", en: "rejected")
        case .withdrawn: step = Message(nl: "ingetrokken", en: "withdrawn")
        case .running: step = Message(nl: "gestart", en: "started")
        case .completed: step = Message(nl: "afgerond", en: "completed")
        }
        return CommandText(nl: "Aanvraag ‘\(title)’ van \(name) \(step.nl) op \(on)" + (granted.map { ": \($0.formattedExact(.nl))" } ?? ""),
                           en: "Application ‘\(title)’ of \(name) \(step.en) on \(on)" + (granted.map { ": \($0.formattedExact(.en)) granted" } ?? ""))
    }
    /// `dossier resolve`.
    public static func noticeResolved(id: String, municipality name: String) -> CommandText {
        CommandText(nl: "Melding \(id) van \(name) afgehandeld", en: "Notice \(id) of \(name) marked as dealt with")
    }
    /// `dossier resolve` of a notice someone resolved before: nothing is recorded again.
    public static func noticeAlreadyResolved(id: String, municipality name: String) -> CommandText {
        CommandText(nl: "Melding \(id) van \(name) was al afgehandeld; niets gewijzigd", en: "Notice \(id) of \(name) was dealt with already; nothing changed")
    }
    /// `dossier resolve` with an id no notice has (`open`: how many are open, listed after it).
    public static func noticeNotFound(id: String, municipality name: String, open: Int) -> CommandText {
        CommandText(nl: "\(name) heeft geen melding ‘\(id)’" + (open == 0 ? "; er zijn geen open meldingen" : "; de open meldingen:"),
                    en: "\(name) has no notice ‘\(id)’" + (open == 0 ? "; there are no open notices" : "; the open notices:"))
    }
    /// `dossier resolve` with a start of an id that several notices have (listed after it).
    public static func noticeAmbiguous(id: String, municipality name: String) -> CommandText {
        CommandText(nl: "‘\(id)’ past op meer meldingen van \(name); geef meer tekens van het id:",
                    en: "‘\(id)’ matches several notices of \(name); give more characters of the id:")
    }
    /// `check` when all is well, and when it is not.
    public static func checkAllWell(dossiers: Int, sessions: Int, folder: String) -> CommandText {
        let (d, s) = (Message.count(dossiers, .dossier), Message.count(sessions, .session))
        return CommandText(nl: "in orde: \(d.nl), \(s.nl) in \(folder)", en: "all well: \(d.en), \(s.en) in \(folder)")
    }
    public static func checkProblems(_ n: Int) -> CommandText { CommandText(message: Message.count(n, .problem)) }
    /// `demo`.
    public static func demoWritten(dossiers: Int, sessions: Int, folder: String) -> CommandText {
        let (d, s) = (Message.count(dossiers, .dossier), Message.count(sessions, .session))
        return CommandText(nl: "\(d.nl) met \(s.nl) geschreven in \(folder)", en: "wrote \(d.en) with \(s.en) to \(folder)")
    }
    /// `import`: what it added and changed.
    public static func importAdded(_ names: [String]) -> CommandText {
        let list = " (\(names.count)): " + (names.isEmpty ? "–" : names.joined(separator: ", "))
        return CommandText(nl: "toegevoegd" + list, en: "added" + list)
    }
    public static func importChanged(_ names: [String]) -> CommandText {
        let list = " (\(names.count)): " + (names.isEmpty ? "–" : names.joined(separator: ", "))
        return CommandText(nl: "gewijzigd" + list, en: "changed" + list)
    }
    public static func importUnchanged(_ n: Int) -> CommandText { CommandText(nl: "ongewijzigd: \(n)", en: "unchanged: \(n)") }
    public static let nothingImported = CommandText(nl: "niets geïmporteerd", en: "nothing imported")
    /// `export --output` and `report --output`: where the file went.
    public static func exportWritten(dossiers: Int, applications: Int, file: String) -> CommandText {
        let (d, a) = (Message.count(dossiers, .dossier), Message.count(applications, .application))
        return CommandText(nl: "\(d.nl) en \(a.nl) geëxporteerd naar \(file)", en: "exported \(d.en) and \(a.en) to \(file)")
    }
    /// A command that writes, given `--read-only`: refused before it touched anything.
    public static let readOnlyRefusesWriting = CommandText(
        nl: "alleen-lezen (--read-only): deze opdracht schrijft gegevens en is dus niet uitgevoerd; er is niets gewijzigd — laat --read-only weg om hem uit te voeren",
        en: "read-only (--read-only): this command writes data, so it was not run; nothing changed — leave out --read-only to run it")
    /// `sync --remote` without `--init`.
    public static let remoteNeedsInit = CommandText(nl: "--remote hoort bij --init (impuls sync --init --remote URL)", en: "--remote goes with --init (impuls sync --init --remote URL)")
    // `dossier show`
    public static let dossierAdviser = CommandText(nl: "Adviseur", en: "Adviser")
    public static let dossierTeam = CommandText(both: "Team")
    public static let dossierNotes = CommandText(nl: "Notities", en: "Notes")
    public static let dossierNoticesHeading = CommandText(nl: "Meldingen van het samenvoegen (impuls notice resolve CODE ID)", en: "Notices from merging (impuls notice resolve CODE ID)")
    public static let dossierContacts = CommandText(nl: "Contactpersonen", en: "Contacts")
    public static let dossierApplications = CommandText(nl: "Aanvragen", en: "Applications")
    public static let dossierNone = CommandText(nl: "(geen)", en: "(none)")
    public static let dossierGranted = CommandText(nl: "toegekend", en: "granted")
    public static let dossierOutcome = CommandText(nl: "resultaat", en: "outcome")
    public static let dossierSessions = CommandText(nl: "Adviesgesprekken", en: "Advice sessions")
    public static let dossierOverdue = CommandText(nl: "Te laat", en: "Overdue")
    public static let dossierHistory = CommandText(nl: "Geschiedenis", en: "History")
    public static let dossierProvince = CommandText(nl: "provincie", en: "province")
    public static let dossierSafetyRegion = CommandText(nl: "veiligheidsregio", en: "safety region")
    public static let dossierActionLines = CommandText(nl: "actielijnen", en: "action lines")
    public static let dossierActivities = CommandText(nl: "activiteiten", en: "activities")
    // What a progress line on the terminal says impuls is doing (`impuls: dossiers lezen 120/342`).
    public static let readingDossiers = CommandText(nl: "dossiers lezen", en: "reading dossiers")
    public static let makingDemo = CommandText(nl: "demo maken", en: "making the demo")
    public static let writingDossiers = CommandText(nl: "dossiers schrijven", en: "writing dossiers")
    public static let readingExport = CommandText(nl: "export lezen", en: "reading the export")
    public static let mergingExport = CommandText(nl: "export controleren en samenvoegen", en: "checking and merging the export")
    public static let writingExport = CommandText(nl: "export schrijven", en: "writing the export")
    public static let dossierNoDossier = CommandText(nl: "Nog geen dossier: er is niets vastgelegd.", en: "No dossier yet: nothing has been recorded.")
}

extension Message {
    /// `count` and its noun: `1 gemeente`, `2 gemeenten`, `0 problems`.
    public static func count(_ count: Int, _ noun: Noun) -> Message {
        let word = noun.word(count)
        return Message(nl: "\(count) " + word.nl, en: "\(count) " + word.en)
    }

    /// A team by its name (the same in both languages): `Zorg & Veiligheid`.
    public static func teamLabel(_ team: Team) -> String {
        switch team {
        case .zorgVeiligheid: return "Zorg & Veiligheid"
        case .opdrachtgeverschap: return "Opdrachtgeverschap & Opdrachtnemerschap"
        }
    }

    /// A CSV file's header for `column`, in `language` (README: *CSV columns*).
    public static func csvHeader(_ column: CSVColumn, _ language: Language) -> String { csvHeader(column).text(language) }

    public static func csvHeader(_ column: CSVColumn) -> Message {
        switch column {
        case .region: return Message(nl: "Regio", en: "Region")
        case .municipalities: return Message(nl: "Gemeenten", en: "Municipalities")
        case .code: return Message(both: "Code")
        case .name: return Message(nl: "Naam", en: "Name")
        case .province: return Message(nl: "Provincie", en: "Province")
        case .safetyRegion: return Message(nl: "Veiligheidsregio", en: "Safety region")
        case .mergedInto: return Message(nl: "Opgegaan in", en: "Merged into")
        case .mergedOn: return Message(nl: "Per", en: "As of")
        case .reached: return Message(nl: "Bereikt", en: "Reached")
        case .notReached: return Message(nl: "Niet bereikt", en: "Not reached")
        case .draft: return Message(nl: "Concept", en: "Draft")
        case .submitted: return Message(nl: "Ingediend", en: "Submitted")
        case .approved: return Message(nl: "Toegekend", en: "Approved")
        case .rejected: return Message(nl: "Afgewezen", en: "Rejected")
        case .withdrawn: return Message(nl: "Ingetrokken", en: "Withdrawn")
        case .running: return Message(nl: "In uitvoering", en: "Running")
        case .completed: return Message(nl: "Afgerond", en: "Completed")
        case .requested: return Message(nl: "Bedrag aangevraagd (€)", en: "Requested (€)")
        case .granted: return Message(nl: "Bedrag toegekend (€)", en: "Granted (€)")
        case .ceiling: return Message(nl: "Plafond (€)", en: "Ceiling (€)")
        case .grantedPercent: return Message(nl: "Toegekend van plafond (%)", en: "Granted of ceiling (%)")
        case .overdueFollowUps: return Message(nl: "Acties te laat", en: "Overdue follow-ups")
        case .runningPastEnd: return Message(nl: "Over einddatum", en: "Past end date")
        case .staleDrafts: return Message(nl: "Concept 30 dagen stil", en: "Draft untouched 30 days")
        case .approvedNotStarted: return Message(nl: "Niet gestart na 30 dagen", en: "Not started after 30 days")
        case .openNotices: return Message(nl: "Meldingen samenvoegen", en: "Merge notices")
        case .adviser: return Message(nl: "Adviseur", en: "Adviser")
        case .openApplications: return Message(nl: "Lopende aanvragen", en: "Open applications")
        case .sessions30: return Message(nl: "Gesprekken 30 dagen", en: "Sessions 30 days")
        case .sessions90: return Message(nl: "Gesprekken 90 dagen", en: "Sessions 90 days")
        case .municipality: return Message(nl: "Gemeente", en: "Municipality")
        case .sessions: return Message(nl: "Adviesgesprekken", en: "Advice sessions")
        case .lastContact: return Message(nl: "Laatste contact", en: "Last contact")
        case .openFollowUps: return Message(nl: "Open acties", en: "Open follow-ups")
        case .application: return Message(nl: "Aanvraag", en: "Application")
        case .status: return Message(both: "Status")
        case .plannedStart: return Message(nl: "Geplande start", en: "Planned start")
        case .plannedEnd: return Message(nl: "Gepland einde", en: "Planned end")
        case .when, .date, .kind, .what: return agendaCSVHeader(column)
        }
    }

    /// Where a refused folder's path was given: "(dataDir in /home/anne/.config/impuls/config.json)".
    public static func pathOrigin(_ origin: PathOrigin) -> Message {
        switch origin {
        case .option(let name): return Message(nl: "(gegeven met \(name))", en: "(given with \(name))")
        case .environment(let name): return Message(nl: "(uit $\(name))", en: "(from $\(name))")
        case .configKey(let key, let file):
            let place = file.map { Message(both: $0.escapingControlCharacters) } ?? Message(nl: "de config", en: "the config")
            return Message(nl: "(\(key) in \(place.nl))", en: "(\(key) in \(place.en))")
        case .defaultFolder:
            return Message(nl: "(de standaardmap; kies een andere met --data-dir of dataDir in de config)",
                           en: "(the default folder; choose another with --data-dir or dataDir in the config)")
        }
    }

    /// An argument typed with a control character (ESC, a carriage return…): named by the option
    /// it follows (`--summary`), else shown with the character as its escape.
    public static func controlCharacterInArgument(after option: String?, text: String, found: String) -> Message {
        let what = option.map { Message(nl: "de tekst na \($0)", en: "the text after \($0)") }
            ?? Message(nl: "het argument ‘\(text)’", en: "the argument ‘\(text)’")
        return Message(nl: "\(what.nl) bevat een stuurteken (\(found)), dat impuls niet opslaat of doorgeeft; niets gedaan — geef de tekst zonder (alleen regeleinden en tabs mogen)",
                       en: "\(what.en) holds a control character (\(found)), which impuls does not store or pass on; nothing done — give the text without it (only line breaks and tabs may be in it)")
    }

    /// A command line text in `language`.
    public static func command(_ text: CommandText, _ language: Language) -> String { text.message.text(language) }

    /// A dossier file named by its place in the data folder (`dossiers/GM0060.json`), however the
    /// storage layer spelled its path.
    public static func inDataFolder(_ file: String) -> String {
        let parts = file.split(separator: "/", omittingEmptySubsequences: true)
        guard parts.count >= 2, parts[parts.count - 2] == "dossiers" else { return file.escapingControlCharacters }
        return ("dossiers/" + parts[parts.count - 1]).escapingControlCharacters
    }

    /// The municipality a dossier file is about (`Ameland`), or nil for another file.
    static func municipalityName(ofFile file: String) -> (name: String, code: String)? {
        guard let last = file.split(separator: "/").last, last.hasSuffix(".json"),
              let code = MunicipalityCode(String(last.dropLast(5))) else { return nil }
        return (ReferenceData.shared.municipality(code)?.name ?? code.rawValue, code.rawValue)
    }

    /// The file changed on disk between reading and writing; nothing was written. Says whose
    /// dossier, where it is in the data folder, and what to do now.
    public static func conflict(file: String, advice: ConflictAdvice) -> Message {
        let what = dossierFile(file)
        // The interface shows the new version at once; the command line wrote nothing.
        let outcome = advice == .runAgain ? Message(nl: "niets opgeslagen", en: "nothing saved") : Message(nl: "niets overschreven", en: "nothing overwritten")
        let head = Message(nl: "\(what.nl) is intussen gewijzigd (door een ander proces, met de hand of door git); \(outcome.nl).",
                           en: "\(what.en) changed in the meantime (another process, a hand edit or git); \(outcome.en).")
        let next: Message
        switch advice {
        case .interface:
            next = Message(nl: " Je ziet nu de nieuwe versie. In een formulier staat wat je typte er nog: druk nog eens op Ctrl-S om het daarop op te slaan; anders: doe je wijziging nog eens als die nog nodig is.",
                           en: " You now see the new version. In a form, what you typed is still there: press Ctrl-S again to save it on top; otherwise, make your change again if it is still needed.")
        case .saveAgain:
            next = Message(nl: " Je ziet nu de nieuwe versie en wat je typte staat er nog: druk nog eens op Ctrl-S om het daarop op te slaan.",
                           en: " You now see the new version and what you typed is still there: press Ctrl-S again to save it on top.")
        case .doAgain:
            next = Message(nl: " Je ziet nu de nieuwe versie: doe je wijziging nog eens als die nog nodig is.",
                           en: " You now see the new version: make your change again if it is still needed.")
        case .runAgain:
            let show = "impuls dossier show " + (municipalityName(ofFile: file)?.code ?? "…")
            next = Message(nl: " Bekijk hoe het nu is (\(show)) en geef de opdracht opnieuw als die nog nodig is.",
                           en: " See how it is now (\(show)) and give the command again if it is still needed.")
        }
        return Message(nl: head.nl + next.nl, en: head.en + next.en)
    }

    /// `session add` tried again and again, and every time another process had changed the file.
    public static func conflictAfterRetries(file: String) -> Message {
        let what = dossierFile(file)
        return Message(nl: "\(what.nl) werd steeds tegelijk door een ander proces gewijzigd; niets opgeslagen. Geef de opdracht over een ogenblik opnieuw.",
                       en: "\(what.en) kept being changed by another process at the same time; nothing saved. Give the command again in a moment.")
    }

    /// "Het dossier van Ameland (dossiers/GM0060.json)", or the file's place for another file.
    static func dossierFile(_ file: String) -> Message {
        let place = inDataFolder(file)
        guard let named = municipalityName(ofFile: file) else { return Message(both: place) }
        return Message(nl: "Het dossier van \(named.name) (\(place))", en: "The dossier of \(named.name) (\(place))")
    }
}
