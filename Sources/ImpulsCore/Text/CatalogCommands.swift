/// The command line's own texts (nl/en): what each command says it did, the CSV headers, counts
/// with the right singular or plural, and what a conflict asks of the user.

/// A thing that is counted, so a count reads `1 gemeente` and `2 gemeenten`.
public enum Noun: Sendable, CaseIterable {
    case municipality, dossier, session, problem, application, notice, change, followUp, month

    func word(_ count: Int, _ language: Language) -> String {
        let one = count == 1
        switch (self, language) {
        case (.municipality, .nl): return one ? "gemeente" : "gemeenten"
        case (.municipality, .en): return one ? "municipality" : "municipalities"
        case (.dossier, _): return one ? "dossier" : "dossiers"
        case (.session, .nl): return one ? "adviesgesprek" : "adviesgesprekken"
        case (.session, .en): return one ? "advice session" : "advice sessions"
        case (.problem, .nl): return one ? "probleem" : "problemen"
        case (.problem, .en): return one ? "problem" : "problems"
        case (.application, .nl): return one ? "aanvraag" : "aanvragen"
        case (.application, .en): return one ? "application" : "applications"
        case (.notice, .nl): return one ? "melding" : "meldingen"
        case (.notice, .en): return one ? "notice" : "notices"
        case (.change, .nl): return one ? "wijziging" : "wijzigingen"
        case (.change, .en): return one ? "change" : "changes"
        case (.followUp, .nl): return one ? "actie" : "acties"
        case (.followUp, .en): return one ? "follow-up" : "follow-ups"
        case (.month, .nl): return one ? "maand" : "maanden"
        case (.month, .en): return one ? "month" : "months"
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
}

/// What a conflict (the file changed on disk meanwhile) asks the user to do, where it is said.
public enum ConflictAdvice: Sendable, Equatable {
    /// In the interface, when it is not known whether a form was open: both of the two below.
    case interface
    /// In an open form or step dialog of the interface, which keeps what was typed: Ctrl-S again.
    case saveAgain
    /// In the interface, outside a form: the change is to be made again.
    case doAgain
    /// On the command line: look at the dossier and give the command again.
    case runAgain
}

/// What a command says it did, and the other texts of the command line.
public enum CommandText: Sendable, Equatable {
    /// `session add`: "Gesprek van 2023-10-16 vastgelegd voor Ameland".
    case sessionLogged(date: CalendarDay, municipality: String, followUps: Int)
    /// `application new`: "Aanvraag ‘Tweede poging’ aangemaakt voor Ameland (concept, € 9.500)".
    case applicationCreated(title: String, municipality: String, requested: Cents)
    /// `application advance`: the step taken, with its day and what it needed.
    case applicationAdvanced(title: String, municipality: String, to: ApplicationStatus, on: CalendarDay, granted: Cents?)
    /// `dossier resolve`.
    case noticeResolved(id: String, municipality: String)
    /// `check` when all is well, and when it is not.
    case checkAllWell(dossiers: Int, sessions: Int, folder: String)
    case checkProblems(Int)
    /// `demo`.
    case demoWritten(dossiers: Int, sessions: Int, folder: String)
    /// `import`: what it added and changed.
    case importAdded([String])
    case importChanged([String])
    case importUnchanged(Int)
    case nothingImported
    /// `export --output` and `report --output`: where the file went.
    case exportWritten(dossiers: Int, applications: Int, file: String)
    /// `sync --remote` without `--init`.
    case remoteNeedsInit
    // `dossier show`
    case dossierAdviser, dossierTeam, dossierNotes, dossierNoticesHeading, dossierContacts, dossierApplications, dossierNone
    case dossierGranted, dossierOutcome, dossierSessions, dossierOverdue, dossierHistory, dossierProvince, dossierSafetyRegion
    case dossierActionLines, dossierActivities, dossierNoDossier
}

extension Message {
    /// `count` and its noun: `1 gemeente`, `2 gemeenten`, `0 problems`.
    public static func count(_ count: Int, _ noun: Noun, _ language: Language) -> String {
        "\(count) " + noun.word(count, language)
    }

    /// A team by its name (the same in both languages): `Zorg & Veiligheid`.
    public static func teamLabel(_ team: Team) -> String {
        switch team {
        case .zorgVeiligheid: return "Zorg & Veiligheid"
        case .opdrachtgeverschap: return "Opdrachtgeverschap & Opdrachtnemerschap"
        }
    }

    /// The noun alone, as `count` would say it with this number.
    public static func noun(_ noun: Noun, count: Int, _ language: Language) -> String { noun.word(count, language) }

    /// A CSV file's header for `column`, in `language` (README: *CSV columns*).
    public static func csvHeader(_ column: CSVColumn, _ language: Language) -> String {
        let nl = language == .nl
        switch column {
        case .region: return nl ? "Regio" : "Region"
        case .municipalities: return nl ? "Gemeenten" : "Municipalities"
        case .code: return "Code"
        case .name: return nl ? "Naam" : "Name"
        case .province: return nl ? "Provincie" : "Province"
        case .safetyRegion: return nl ? "Veiligheidsregio" : "Safety region"
        case .mergedInto: return nl ? "Opgegaan in" : "Merged into"
        case .mergedOn: return nl ? "Per" : "As of"
        case .reached: return nl ? "Bereikt" : "Reached"
        case .notReached: return nl ? "Niet bereikt" : "Not reached"
        case .draft: return nl ? "Concept" : "Draft"
        case .submitted: return nl ? "Ingediend" : "Submitted"
        case .approved: return nl ? "Toegekend" : "Approved"
        case .rejected: return nl ? "Afgewezen" : "Rejected"
        case .withdrawn: return nl ? "Ingetrokken" : "Withdrawn"
        case .running: return nl ? "In uitvoering" : "Running"
        case .completed: return nl ? "Afgerond" : "Completed"
        case .requested: return nl ? "Bedrag aangevraagd (€)" : "Requested (€)"
        case .granted: return nl ? "Bedrag toegekend (€)" : "Granted (€)"
        case .ceiling: return nl ? "Plafond (€)" : "Ceiling (€)"
        case .grantedPercent: return nl ? "Toegekend van plafond (%)" : "Granted of ceiling (%)"
        case .overdueFollowUps: return nl ? "Acties te laat" : "Overdue follow-ups"
        case .runningPastEnd: return nl ? "Over einddatum" : "Past end date"
        case .staleDrafts: return nl ? "Concept 30 dagen stil" : "Draft untouched 30 days"
        case .approvedNotStarted: return nl ? "Niet gestart na 30 dagen" : "Not started after 30 days"
        case .openNotices: return nl ? "Meldingen samenvoegen" : "Merge notices"
        case .adviser: return nl ? "Adviseur" : "Adviser"
        case .openApplications: return nl ? "Lopende aanvragen" : "Open applications"
        case .sessions30: return nl ? "Gesprekken 30 dagen" : "Sessions 30 days"
        case .sessions90: return nl ? "Gesprekken 90 dagen" : "Sessions 90 days"
        case .municipality: return nl ? "Gemeente" : "Municipality"
        case .sessions: return nl ? "Adviesgesprekken" : "Advice sessions"
        case .lastContact: return nl ? "Laatste contact" : "Last contact"
        case .openFollowUps: return nl ? "Open acties" : "Open follow-ups"
        case .application: return nl ? "Aanvraag" : "Application"
        case .status: return "Status"
        case .plannedStart: return nl ? "Geplande start" : "Planned start"
        case .plannedEnd: return nl ? "Gepland einde" : "Planned end"
        }
    }

    /// A command line text in `language`.
    public static func command(_ text: CommandText, _ language: Language) -> String {
        let nl = language == .nl
        switch text {
        case .sessionLogged(let date, let name, let followUps):
            let with = followUps == 0 ? "" : (nl ? ", met " : ", with ") + count(followUps, .followUp, language)
            return nl ? "Gesprek van \(date) vastgelegd voor \(name)\(with)" : "Session of \(date) logged for \(name)\(with)"
        case .applicationCreated(let title, let name, let requested):
            return nl ? "Aanvraag ‘\(title)’ aangemaakt voor \(name) (concept, \(requested.formattedExact(language)))"
                : "Application ‘\(title)’ created for \(name) (draft, \(requested.formattedExact(language)))"
        case .applicationAdvanced(let title, let name, let status, let on, let granted):
            let amount = granted.map { nl ? ": \($0.formattedExact(language))" : ": \($0.formattedExact(language)) granted" } ?? ""
            let step: String
            switch status {
            case .draft: step = nl ? "weer concept" : "a draft again"
            case .submitted: step = nl ? "ingediend" : "submitted"
            case .approved: step = nl ? "toegekend" : "approved"
            case .rejected: step = nl ? "afgewezen" : "rejected"
            case .withdrawn: step = nl ? "ingetrokken" : "withdrawn"
            case .running: step = nl ? "gestart" : "started"
            case .completed: step = nl ? "afgerond" : "completed"
            }
            return nl ? "Aanvraag ‘\(title)’ van \(name) \(step) op \(on)\(amount)" : "Application ‘\(title)’ of \(name) \(step) on \(on)\(amount)"
        case .noticeResolved(let id, let name):
            return nl ? "Melding \(id) van \(name) afgehandeld" : "Notice \(id) of \(name) marked as dealt with"
        case .checkAllWell(let dossiers, let sessions, let folder):
            return nl ? "in orde: \(count(dossiers, .dossier, language)), \(count(sessions, .session, language)) in \(folder)"
                : "all well: \(count(dossiers, .dossier, language)), \(count(sessions, .session, language)) in \(folder)"
        case .checkProblems(let n): return count(n, .problem, language)
        case .demoWritten(let dossiers, let sessions, let folder):
            return nl ? "\(count(dossiers, .dossier, language)) met \(count(sessions, .session, language)) geschreven in \(folder)"
                : "wrote \(count(dossiers, .dossier, language)) with \(count(sessions, .session, language)) to \(folder)"
        case .importAdded(let names): return (nl ? "toegevoegd" : "added") + " (\(names.count)): " + (names.isEmpty ? "–" : names.joined(separator: ", "))
        case .importChanged(let names): return (nl ? "gewijzigd" : "changed") + " (\(names.count)): " + (names.isEmpty ? "–" : names.joined(separator: ", "))
        case .importUnchanged(let n): return (nl ? "ongewijzigd" : "unchanged") + ": \(n)"
        case .nothingImported: return nl ? "niets geïmporteerd" : "nothing imported"
        case .exportWritten(let dossiers, let applications, let file):
            return nl ? "\(count(dossiers, .dossier, language)) en \(count(applications, .application, language)) geëxporteerd naar \(file)"
                : "exported \(count(dossiers, .dossier, language)) and \(count(applications, .application, language)) to \(file)"
        case .remoteNeedsInit: return nl ? "--remote hoort bij --init (impuls sync --init --remote URL)" : "--remote goes with --init (impuls sync --init --remote URL)"
        case .dossierAdviser: return nl ? "Adviseur" : "Adviser"
        case .dossierTeam: return "Team"
        case .dossierNotes: return nl ? "Notities" : "Notes"
        case .dossierNoticesHeading: return nl ? "Meldingen van het samenvoegen (impuls dossier resolve CODE ID)" : "Notices from merging (impuls dossier resolve CODE ID)"
        case .dossierContacts: return nl ? "Contactpersonen" : "Contacts"
        case .dossierApplications: return nl ? "Aanvragen" : "Applications"
        case .dossierNone: return nl ? "(geen)" : "(none)"
        case .dossierGranted: return nl ? "toegekend" : "granted"
        case .dossierOutcome: return nl ? "resultaat" : "outcome"
        case .dossierSessions: return nl ? "Adviesgesprekken" : "Advice sessions"
        case .dossierOverdue: return nl ? "Te laat" : "Overdue"
        case .dossierHistory: return nl ? "Geschiedenis" : "History"
        case .dossierProvince: return nl ? "provincie" : "province"
        case .dossierSafetyRegion: return nl ? "veiligheidsregio" : "safety region"
        case .dossierActionLines: return nl ? "actielijnen" : "action lines"
        case .dossierActivities: return nl ? "activiteiten" : "activities"
        case .dossierNoDossier: return nl ? "Nog geen dossier: er is niets vastgelegd." : "No dossier yet: nothing has been recorded."
        }
    }

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
    public static func conflictText(file: String, advice: ConflictAdvice, _ language: Language) -> String {
        let nl = language == .nl
        let place = inDataFolder(file)
        let named = municipalityName(ofFile: file)
        let what = named.map { nl ? "Het dossier van \($0.name) (\(place))" : "The dossier of \($0.name) (\(place))" } ?? place
        // The interface shows the new version at once; the command line wrote nothing.
        let outcome = advice == .runAgain ? (nl ? "niets opgeslagen" : "nothing saved") : (nl ? "niets overschreven" : "nothing overwritten")
        let head = nl ? "\(what) is intussen gewijzigd (door een ander proces, met de hand of door git); \(outcome)."
            : "\(what) changed in the meantime (another process, a hand edit or git); \(outcome)."
        switch advice {
        case .interface:
            return head + (nl ? " Je ziet nu de nieuwe versie. In een formulier staat wat je typte er nog: druk nog eens op Ctrl-S om het daarop op te slaan; anders: doe je wijziging nog eens als die nog nodig is."
                : " You now see the new version. In a form, what you typed is still there: press Ctrl-S again to save it on top; otherwise, make your change again if it is still needed.")
        case .saveAgain:
            return head + (nl ? " Je ziet nu de nieuwe versie en wat je typte staat er nog: druk nog eens op Ctrl-S om het daarop op te slaan."
                : " You now see the new version and what you typed is still there: press Ctrl-S again to save it on top.")
        case .doAgain:
            return head + (nl ? " Je ziet nu de nieuwe versie: doe je wijziging nog eens als die nog nodig is."
                : " You now see the new version: make your change again if it is still needed.")
        case .runAgain:
            let show = "impuls dossier show " + (named?.code ?? "…")
            return head + (nl ? " Bekijk hoe het nu is (\(show)) en geef de opdracht opnieuw als die nog nodig is."
                : " See how it is now (\(show)) and give the command again if it is still needed.")
        }
    }

    /// `session add` tried again and again, and every time another process had changed the file.
    public static func conflictAfterRetriesText(file: String, _ language: Language) -> String {
        let nl = language == .nl
        let place = inDataFolder(file)
        let what = municipalityName(ofFile: file).map { nl ? "Het dossier van \($0.name) (\(place))" : "The dossier of \($0.name) (\(place))" } ?? place
        return nl ? "\(what) werd steeds tegelijk door een ander proces gewijzigd; niets opgeslagen. Geef de opdracht over een ogenblik opnieuw."
            : "\(what) kept being changed by another process at the same time; nothing saved. Give the command again in a moment."
    }
}
