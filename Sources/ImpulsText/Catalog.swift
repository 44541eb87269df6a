import ImpulsCore

/// The catalog's entries for files, the caseload, team sync, the terminal views and the command line.
extension Message {
    // files and config
    /// A problem with a file, where it is: `dossiers/GM0060.json: sleutel 'x': ontbreekt`.
    public static func fileIssue(_ issue: FileIssue) -> Message {
        let problem = dataProblem(issue.problem)
        let key = issue.keyPath.flatMap { $0.isEmpty ? nil : $0 }
        return Message(nl: issue.location + ": " + (key.map { "sleutel '\($0)': " } ?? "") + problem.nl,
                       en: issue.location + ": " + (key.map { "key '\($0)': " } ?? "") + problem.en)
    }


    // caseload

    public static func conflict(file: String) -> Message { conflict(file: file, advice: .interface) }
    public static func dossierUnreadable(_ issue: FileIssue) -> Message {
        let detail = fileIssue(issue)
        return Message(nl: "dit dossier is niet te lezen en wordt niet overschreven: " + detail.nl,
                       en: "this dossier cannot be read and is not overwritten: " + detail.en)
    }
    public static func dossierTooLarge(file: String, bytes: Int, limit: Int) -> Message {
        Message(nl: "\(file.escapingControlCharacters) zou \(bytes / 1024) KiB worden, meer dan de grens van \(limit / 1024) KiB; niets opgeslagen",
            en: "\(file.escapingControlCharacters) would become \(bytes / 1024) KiB, over the limit of \(limit / 1024) KiB; nothing saved")
    }
    public static func wouldNotReadBack(file: String) -> Message {
        Message(nl: "\(file.escapingControlCharacters) zou na opslaan niet meer te lezen zijn; niets opgeslagen",
            en: "\(file.escapingControlCharacters) would not read back after saving; nothing saved")
    }
    public static func savedUnconfirmed(_ issue: FileIssue) -> Message {
        let detail = fileIssue(issue)
        return Message(nl: "opgeslagen, maar het wegschrijven naar schijf is niet bevestigd (\(detail.nl)); herhaal de wijziging niet",
                       en: "saved, but writing it through to disk was not confirmed (\(detail.en)); do not repeat the change")
    }

    public static func importFinished(codes: [String]) -> Message {
        Message(nl: "een onderbroken import is afgemaakt: \(codes.joined(separator: ", "))",
            en: "an interrupted import was completed: \(codes.joined(separator: ", "))")
    }
    public static func importFinishSkipped(codes: [String]) -> Message {
        Message(nl: "een onderbroken import is niet afgemaakt voor \(codes.joined(separator: ", ")): die dossiers zijn intussen gewijzigd; importeer opnieuw",
            en: "an interrupted import was not completed for \(codes.joined(separator: ", ")): those dossiers changed meanwhile; import again")
    }
    public static func journalUnreadable(_ issue: FileIssue) -> Message {
        let detail = fileIssue(issue)
        return Message(nl: "een onderbroken import kan niet worden afgemaakt: " + detail.nl,
                       en: "an interrupted import cannot be completed: " + detail.en)
    }
    public static func outputFailed(_ detail: String) -> Message {
        Message(nl: "kon de uitvoer niet schrijven (\(detail)); de uitvoer is onvolledig",
            en: "could not write the output (\(detail)); the output is incomplete")
    }
    /// `redoKey`: the interface's key that redoes it (U), said with it.
    public static func undid(_ words: String, redoKey: Bool) -> Message {
        Message(nl: "Ongedaan: " + words + (redoKey ? " (U: opnieuw)" : ""), en: "Undone: " + words + (redoKey ? " (U: redo)" : ""))
    }
    public static func redid(_ words: String) -> Message { Message(nl: "Opnieuw gedaan: " + words, en: "Redone: " + words) }
    public static func confirmUndo(_ words: String, on: String, redo: Bool) -> Message {
        // The keys first: on a narrow screen the change's words are what gets cut.
        Message(nl: (redo ? "Opnieuw doen? " : "Ongedaan maken? ") + "y/Enter ja · n/Esc nee — \(on): " + words,
                en: (redo ? "Redo? " : "Undo? ") + "y/Enter yes · n/Esc no — \(on): " + words)
    }
    public static func wouldUndo(_ words: String, on: String, redo: Bool) -> Message {
        Message(nl: (redo ? "Zou opnieuw doen (van \(on)): " : "Zou ongedaan maken (van \(on)): ") + words + " — voeg --yes toe om het te doen",
                en: (redo ? "Would redo (from \(on)): " : "Would undo (from \(on)): ") + words + " — add --yes to do it")
    }
    /// What an import does to one dossier, in records: said alike by `import` and `import --dry-run`.
    public static func importPlan(_ name: String, added: Int, changed: Int, removed: Int, kept: Int, notices: Int) -> Message {
        Message(nl: "\(name): \(added) toegevoegd, \(changed) gewijzigd, \(removed) verwijderd, \(kept) alleen hier (blijven)"
                    + (notices > 0 ? ", \(notices) \(notices == 1 ? "melding" : "meldingen")" : ""),
            en: "\(name): \(added) added, \(changed) changed, \(removed) removed, \(kept) only here (kept)"
                    + (notices > 0 ? ", \(notices) \(notices == 1 ? "notice" : "notices")" : ""))
    }
    public static func importDryRun(changes: Int, unchanged: Int) -> Message {
        Message(nl: "proef: \(changes) \(changes == 1 ? "dossier zou veranderen" : "dossiers zouden veranderen"), \(unchanged) niet; niets geschreven",
            en: "dry run: \(changes) \(changes == 1 ? "dossier would change" : "dossiers would change"), \(unchanged) would not; nothing written")
    }
    public static func importReplaces(_ name: String, _ records: [String]) -> Message {
        Message(nl: "\(name): vervangen laat weg wat de export niet heeft: \(records.joined(separator: ", "))",
            en: "\(name): replacing drops what the export lacks: \(records.joined(separator: ", "))")
    }

    public static func noHome(what: String, flag: String) -> Message {
        Message(nl: "kan \(what) niet vinden: HOME is niet gezet of geen absoluut pad; zet HOME of geef \(flag)",
            en: "cannot find \(what): HOME is not set or not an absolute path; set HOME or give \(flag)")
    }
    /// What `noHome` cannot find when no data folder was given.
    public static let theDataFolder = Message(nl: "de gegevensmap", en: "the data folder")
    // team sync
    public static func syncCommitted(_ names: [String]) -> Message {
        Message(nl: "eigen wijzigingen vastgelegd: " + names.joined(separator: ", "), en: "own changes committed: " + names.joined(separator: ", "))
    }
    /// What came in, each dossier with whose changes it brought: "binnengekomen: Ameland (van Bram Bakker), Texel".
    public static func syncReceived(_ dossiers: [(name: String, authors: [String])]) -> Message {
        func list(_ from: String, _ language: Language) -> String {
            dossiers.map { d in
                d.name + (d.authors.isEmpty ? "" : " (" + from + " " + d.authors.map { author($0).text(language) }.joined(separator: ", ") + ")")
            }.joined(separator: ", ")
        }
        return Message(nl: "binnengekomen: " + list("van", .nl), en: "received: " + list("from", .en))
    }
    public static let syncShared = Message(nl: "gedeeld met het team", en: "shared with the team")
    /// Shared after pushes that lost a race to colleagues' pushes were merged and tried again.
    public static func syncSharedAfterRetries(_ n: Int) -> Message {
        Message(nl: "gedeeld met het team (na \(n + 1) pogingen: collega's deelden tegelijk)", en: "shared with the team (after \(n + 1) tries: colleagues were sharing at the same moment)")
    }
    public static let syncNothingNew = Message(nl: "niets nieuws; alles is gedeeld", en: "nothing new; everything is shared")
    public static let syncRepaired = Message(nl: "een onafgemaakte samenvoeging is afgemaakt", en: "an unfinished merge was completed")
    public static func syncOpenNotices(_ n: Int, dossiers: [String]) -> Message {
        Message(nl: "\(n) \(n == 1 ? "melding" : "meldingen") van het samenvoegen om te bekijken (impuls dossier show): \(dossiers.joined(separator: ", "))",
            en: "\(n) \(n == 1 ? "notice" : "notices") from merging to look at (impuls dossier show): \(dossiers.joined(separator: ", "))")
    }
    public static func syncOffline(unshared n: Int, detail: String) -> Message {
        Message(nl: "offline — \(n) lokale \(n == 1 ? "wijziging" : "wijzigingen") nog niet gedeeld; alles is lokaal vastgelegd (\(detail))",
            en: "offline — \(n) local \(n == 1 ? "change" : "changes") not shared yet; everything is committed locally (\(detail))")
    }
    public static func syncNoAnswer(unshared n: Int, seconds: Int) -> Message {
        Message(nl: "offline — de teamrepository gaf binnen \(seconds) s geen antwoord; \(n) lokale \(n == 1 ? "wijziging" : "wijzigingen") nog niet gedeeld, alles is lokaal vastgelegd (syncTimeoutSeconds in de config)",
                en: "offline — the team repository gave no answer within \(seconds) s; \(n) local \(n == 1 ? "change" : "changes") not shared yet, everything is committed locally (syncTimeoutSeconds in the config)")
    }
    public static let syncCancelled = Message(nl: "sync gestopt; er is niets half achtergelaten en je werk is lokaal vastgelegd",
                                              en: "sync stopped; nothing was left half done and your work is committed locally")
    public static func syncNoRemote(unshared n: Int) -> Message {
        Message(nl: "geen teamrepository ingesteld — \(n) lokale \(n == 1 ? "wijziging" : "wijzigingen") vastgelegd; koppel er een met: impuls sync --init --remote URL",
            en: "no team repository set — \(n) local \(n == 1 ? "change" : "changes") committed; connect one with: impuls sync --init --remote URL")
    }
    public static func syncNotARepository(_ path: String) -> Message {
        Message(nl: "\(path) wordt nog niet gedeeld: begin met impuls sync --init --remote URL, of haal een teammap op met impuls sync --clone URL",
            en: "\(path) is not shared yet: start with impuls sync --init --remote URL, or fetch a team folder with impuls sync --clone URL")
    }
    public static let syncGitMissing = Message(nl: "git is niet gevonden; installeer git (apt-get install git)", en: "git was not found; install git (apt-get install git)")
    public static func syncGitFailed(step: String, detail: String) -> Message {
        Message(nl: "git \(step) mislukte: \(detail); er is niets half achtergelaten",
            en: "git \(step) failed: \(detail); nothing was left half done")
    }
    /// What was wrong with a team's copy that a sync did not take: "kon niet gelezen worden".
    public static func teamCopyProblem(_ problem: TeamCopyProblem) -> Message {
        switch problem {
        case .unreadable: return Message(nl: "kon niet gelezen worden", en: "could not be read")
        case .newerFormat: return Message(nl: "is van een nieuwere impuls (werk impuls bij)", en: "is from a newer impuls (update impuls)")
        case .removed: return Message(nl: "had het dossier verwijderd", en: "had deleted the dossier")
        case .historyRemoved: return Message(nl: "miste een deel van de geschiedenis", en: "had part of the history taken out")
        case .folderFile: return Message(nl: "zou de map onbruikbaar maken of het delen stoppen", en: "would stop the folder from loading or sharing")
        }
    }
    /// A team's file that a sync did not take: "dossiers/GM0080.json uit commit abc1234 (van Bram) kon niet …".
    public static func syncKeptOurs(path: String, name: String?, problem: TeamCopyProblem, commit: String, by: String) -> Message {
        let what = name.map { "\($0) (\(path))" } ?? path
        let p = teamCopyProblem(problem)
        return Message(nl: "⚠ \(what) uit commit \(commit)\(by.isEmpty ? "" : " (van \(by))") \(p.nl): de versie van deze laptop is gehouden en gedeeld",
                       en: "⚠ \(what) from commit \(commit)\(by.isEmpty ? "" : " (by \(by))") \(p.en): this laptop's copy was kept and shared")
    }
    public static func syncRestored(_ names: [String]) -> Message {
        Message(nl: "⚠ buiten impuls verwijderd en teruggezet uit de laatste vastlegging (niet gedeeld als verwijdering): " + names.joined(separator: ", "),
                en: "⚠ deleted outside impuls and put back from the last commit (not shared as a deletion): " + names.joined(separator: ", "))
    }
    public static func syncRejoined(_ names: [String]) -> Message {
        Message(nl: "⚠ een deel van de geschiedenis was buiten impuls verdwenen en is samengevoegd met de laatste vastlegging (niets gaat verloren): " + names.joined(separator: ", "),
                en: "⚠ part of the history had gone outside impuls and was merged with the last commit (nothing is lost): " + names.joined(separator: ", "))
    }
    public static func syncLeftOut(_ paths: [String]) -> Message {
        Message(nl: "⚠ bestanden die impuls niet deelt zijn buiten de samenvoeging gehouden en uit de gedeelde map gehaald: " + paths.joined(separator: ", "),
                en: "⚠ files impuls does not share were kept out of the merge and taken out of the shared folder: " + paths.joined(separator: ", "))
    }
    public static let syncHeldBack = Message(nl: "⚠ niet gedeeld, want niet te lezen (herstel het bestand; impuls check zegt wat er mis is):",
                                             en: "⚠ not shared, as it cannot be read (repair the file; impuls check says what is wrong):")
    public static func syncMovedAside(name: String, to path: String) -> Message {
        Message(nl: "⚠ \(name): het beschadigde bestand is opzij gezet in \(path); de versie van het team is gebruikt",
                en: "⚠ \(name): the damaged file was moved aside to \(path); the team's copy was used")
    }
    public static func syncPushRefused(unshared n: Int, detail: String) -> Message {
        Message(nl: "de teamrepository weigerde het delen — \(n) lokale \(n == 1 ? "wijziging" : "wijzigingen") nog niet gedeeld; alles is lokaal vastgelegd (\(detail))",
                en: "the team repository refused the push — \(n) local \(n == 1 ? "change" : "changes") not shared yet; everything is committed locally (\(detail))")
    }
    public static func syncNeedsAdviser(config: String) -> Message {
        Message(nl: "samenwerken vraagt je naam, zodat iedereen ziet wie wat deed en niemand andermans werk ongedaan maakt; zet in \(config) de regel \"adviser\": \"Voornaam Achternaam\"",
                en: "working as a team needs your name, so everyone sees who did what and no one undoes another's work; put the line \"adviser\": \"First Last\" in \(config)")
    }
    public static func syncInitialized(folder: String, remote: String?) -> Message {
        Message(nl: "\(folder) is nu een gedeelde map (git, met impuls' samenvoeging voor dossiers)" + (remote.map { "; teamrepository: \($0)" } ?? ""),
                en: "\(folder) is now a shared folder (git, with impuls's merge for dossiers)" + (remote.map { "; team repository: \($0)" } ?? ""))
    }
    public static func syncClonedEmpty(url: String, folder: String) -> Message {
        Message(nl: "teamrepository \(url) is nog leeg; \(folder) is er nu mee verbonden. De eerste adviseur deelt zijn map met impuls sync --init --remote \(url); daarna brengt impuls sync hier alles binnen",
                en: "team repository \(url) is still empty; \(folder) is now connected to it. The first adviser shares their folder with impuls sync --init --remote \(url); then impuls sync here brings everything in")
    }
    public static func syncCloned(url: String, folder: String) -> Message {
        Message(nl: "teammap \(url) opgehaald in \(folder)", en: "team folder \(url) fetched into \(folder)")
    }

    // terminal views
    public static func regionTotals(municipalities m: Int, applications a: Int, granted: String) -> Message {
        let counts = Message { count(m, .municipality).text($0) + " · " + count(a, .application).text($0) + " · " + granted }
        return Message(nl: counts.nl + " toegekend", en: counts.en + " granted")
    }
    public static func matches(_ n: Int) -> Message { Message(nl: "\(n) gevonden", en: "\(n) found") }
    public static func sortedBy(_ key: SortKey) -> Message {
        switch key {
        case .name: return Message(nl: "Gesorteerd op naam", en: "Sorted by name")
        case .status: return Message(nl: "Gesorteerd op status", en: "Sorted by status")
        case .lastContact: return Message(nl: "Gesorteerd op langst zonder contact", en: "Sorted by longest without contact")
        case .overdue: return Message(nl: "Gesorteerd op meeste te late acties", en: "Sorted by most overdue follow-ups")
        }
    }
    public static func helpHeading(_ section: HelpSection) -> Message {
        switch section {
        case .region: return Message(nl: "Regio (start)", en: "Region (home)")
        case .dossier: return Message(both: "Dossier")
        case .step: return Message(nl: "Stap (na s)", en: "Step (after s)")
        case .agenda: return Message(both: "Agenda")
        case .form: return Message(nl: "Formulier", en: "Form")
        case .dashboard: return Message(both: "Dashboard")
        }
    }
    /// A save of the interface, saying what was saved: the change in words ("Gesprek van … vastgelegd"),
    /// or the dossier when the change has no words.
    public static func savedShort(_ name: String, what: String? = nil) -> Message {
        guard let what, !what.isEmpty else { return Message(nl: "Dossier van \(name) opgeslagen", en: "\(name)'s dossier saved") }
        return Message(nl: "Opgeslagen voor \(name): \(what)", en: "Saved for \(name): \(what)")
    }
    /// Dossiers another process changed or added while the interface was open.
    public static func changedOutside(_ names: [String]) -> Message {
        Message(nl: names.joined(separator: ", ") + " bijgewerkt buiten impuls", en: names.joined(separator: ", ") + " updated outside impuls")
    }
    /// Dossiers another process removed while the interface was open.
    public static func removedOutside(_ names: [String]) -> Message {
        Message(nl: names.joined(separator: ", ") + " verwijderd buiten impuls", en: names.joined(separator: ", ") + " removed outside impuls")
    }
    public static func offerDraft(_ name: String) -> Message {
        Message(nl: "Niet-opgeslagen formulier (\(name)) gevonden. Verder gaan? y/Enter ja · n/Esc weggooien",
            en: "Unsaved form (\(name)) found. Continue it? y/Enter yes · n/Esc discard")
    }
    public static func reportSessions(_ days: Int) -> Message { Message(nl: "Gesprekken \(days) d", en: "Sessions \(days) d") }
    public static func duplicateDossier(_ name: String, folders: [String]) -> Message {
        Message(nl: "let op: \(name) heeft een dossier in meer mappen (\(folders.joined(separator: ", "))); beide tellen mee, niets samengevoegd",
            en: "note: \(name) has a dossier in several folders (\(folders.joined(separator: ", "))); both are counted, nothing merged")
    }
    /// In a dossier read from several folders: "Dossier in 2 mappen (a, b), beide tellen mee;
    /// verschilt: gesprekken 2 | 3, adviseur Anne | Bert. Getoond: a."
    public static func doubledDossier(folders: [String], differences: [DoubledDossier.Difference]) -> Message {
        func values(_ list: [String]) -> String { list.map { $0.isEmpty ? "–" : $0 }.joined(separator: " | ") }
        func counts(_ list: [Int]) -> String { list.map(String.init).joined(separator: " | ") }
        let words = differences.map { difference -> Message in
            switch difference {
            case .adviser(let names): return Message(nl: "adviseur ", en: "adviser ") + values(names)
            case .sessions(let n): return Message(nl: "gesprekken ", en: "sessions ") + counts(n)
            case .applications(let n): return Message(nl: "aanvragen ", en: "applications ") + counts(n)
            case .openFollowUps(let n): return Message(nl: "open acties ", en: "open follow-ups ") + counts(n)
            case .contacts(let n): return Message(nl: "contactpersonen ", en: "contacts ") + counts(n)
            case .notes: return Message(nl: "notities", en: "notes")
            case .other: return Message(nl: "de historie", en: "the history")
            }
        }
        let list = folders.joined(separator: ", ")
        let head = Message(nl: "Dossier in \(folders.count) mappen (\(list)), elk telt mee; ", en: "Dossier in \(folders.count) folders (\(list)), each counted; ")
        let differ = words.isEmpty ? Message(nl: "de kopieën zijn gelijk", en: "the copies are the same")
            : Message(nl: "verschilt: ", en: "differs: ") + Message { l in words.map { $0.text(l) }.joined(separator: ", ") }
        return head + differ + Message(nl: ". Getoond: \(folders.first ?? "").", en: ". Shown: \(folders.first ?? "").")
    }
    // command line
    public static func unknownRegion(_ name: String, known: [String]) -> Message {
        Message(nl: "onbekende regio '\(name)'; bekend zijn: \(known.joined(separator: ", "))",
            en: "unknown region '\(name)'; known regions: \(known.joined(separator: ", "))")
    }
    public static func ambiguousRegion(_ name: String, candidates: [String]) -> Message {
        Message(nl: "'\(name)' past op meer regio's: \(candidates.joined(separator: ", "))",
            en: "'\(name)' matches several regions: \(candidates.joined(separator: ", "))")
    }
    public static func unknownMunicipality(_ text: String, nearest: [String] = []) -> Message {
        let nl = nearest.isEmpty ? "" : " — bedoel je " + nearest.joined(separator: " of ") + "?"
        let en = nearest.isEmpty ? "" : " — did you mean " + nearest.joined(separator: " or ") + "?"
        return Message(nl: "geen gemeente gevonden voor ‘\(text.escapingControlCharacters)’\(nl)", en: "no municipality found for ‘\(text.escapingControlCharacters)’\(en)")
    }
    public static func ambiguousMunicipality(_ text: String, candidates: [String]) -> Message {
        Message(nl: "'\(text)' past op meer gemeenten: \(candidates.joined(separator: ", "))",
            en: "'\(text)' matches several municipalities: \(candidates.joined(separator: ", "))")
    }
    public static let columnRegion = Message(nl: "Regio", en: "Region")
    public static let columnMunicipalities = Message(nl: "Gemeenten", en: "Municipalities")
    public static let columnCode = Message(both: "Code")
    public static let columnName = Message(nl: "Naam", en: "Name")
    public static let columnProvince = Message(nl: "Provincie", en: "Province")
    public static let columnSafetyRegion = Message(nl: "Veiligheidsregio", en: "Safety region")
    public static let columnSuccessor = Message(nl: "Opgegaan in", en: "Merged into")
    public static func formerMunicipality(successor: String, on: String) -> Message {
        Message(nl: "voormalige gemeente, per \(on) opgegaan in \(successor)", en: "former municipality, merged into \(successor) on \(on)")
    }
    public static let noMatches = Message(nl: "Geen gemeenten gevonden.", en: "No municipalities found.")
    // terminal
    public static func windowTooSmall(columns: Int, rows: Int, minimumColumns minColumns: Int, minimumRows minRows: Int) -> Message {
        Message(nl: "Venster te klein (\(columns)×\(rows)); minstens \(minColumns)×\(minRows) nodig.",
            en: "Window too small (\(columns)×\(rows)); needs at least \(minColumns)×\(minRows).")
    }
    public static let allRegions = Message(nl: "Heel Nederland", en: "All of the Netherlands")
    public static func municipalitiesCount(_ n: Int) -> Message { count(n, .municipality) }
    public static let reportNotices = Message(nl: "Meldingen samenvoegen", en: "Merge notices")
    public static let hintRedo = Message(nl: "opnieuw doen (wat u ongedaan maakte)", en: "redo (what u undid)")
    public static let hintQuit = Message(nl: "stoppen", en: "quit")
    public static let hintOpen = Message(nl: "openen", en: "open")
    public static let hintBack = Message(nl: "terug", en: "back")
    public static let hintHelp = Message(both: "help")
    public static let hintFilter = Message(nl: "zoeken", en: "filter")
    public static let hintRegion = Message(nl: "regio", en: "region")
    public static let hintSort = Message(nl: "sorteren", en: "sort")
    public static let hintAgenda = Message(both: "agenda")
    public static let hintSync = Message(nl: "delen met het team (git)", en: "share with the team (git)")
    public static let hintClearFilter = Message(nl: "zoekfilter wissen", en: "clear the filter")
    public static let hintDown = Message(nl: "omlaag", en: "down")
    public static let hintUp = Message(nl: "omhoog", en: "up")
    public static let hintPageDown = Message(nl: "pagina omlaag", en: "page down")
    public static let hintPageUp = Message(nl: "pagina omhoog", en: "page up")
    public static let hintTop = Message(nl: "naar het begin", en: "to the top")
    public static let hintBottom = Message(nl: "naar het eind", en: "to the end")
    public static let hintNextSection = Message(nl: "volgend deel", en: "next section")
    public static let hintPreviousSection = Message(nl: "vorig deel", en: "previous section")
}
