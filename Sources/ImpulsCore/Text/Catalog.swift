/// Every text shown to users, in Dutch and English, side by side. Nothing else builds user text.
public enum Message: Sendable, Equatable {
    // files and config
    case fileIssue(FileIssue)
    case dataProblem(DataProblem)
    case expectation(DataProblem.Expectation)
    case dataDirNotFolder(String)
    // caseload
    case reason(Reason)
    case conflict(file: String)
    case dossierUnreadable(FileIssue)
    case dossierTooLarge(file: String, bytes: Int, limit: Int)
    case wouldNotReadBack(file: String)
    case savedUnconfirmed(FileIssue)
    case storeError(StoreError)
    case importFinished(codes: [String])
    case importFinishSkipped(codes: [String])
    case journalUnreadable(FileIssue)
    case outputFailed(String)
    /// `redoKey`: the interface's key that redoes it (U), said with it.
    case undid(String, redoKey: Bool)
    case redid(String)
    case confirmUndo(String, on: String, redo: Bool)
    case wouldUndo(String, on: String, redo: Bool)
    case importPlan(String, added: Int, changed: Int, kept: Int, notices: Int)
    case importDryRun(changes: Int, unchanged: Int)
    case importReplaces(String, [String])
    case conflictAfterRetries(file: String)
    case noHome(what: String, flag: String)
    // team sync
    case syncStep(String)
    case syncCommitted([String])
    case syncReceived([String], authors: [String])
    case syncShared
    case syncNothingNew
    case syncRepaired
    case syncOpenNotices(Int, dossiers: [String])
    case syncOffline(unshared: Int, detail: String)
    case syncNoRemote(unshared: Int)
    case syncNotARepository(String)
    case syncGitMissing
    case syncGitFailed(step: String, detail: String)
    case syncUnreadableAfterMerge
    case syncInitialized(folder: String, remote: String?)
    case syncCloned(url: String, folder: String)
    case notice(Notice, dossier: String)
    // terminal views
    case screen(ScreenText)
    /// The interface's texts of issue #17 (CatalogPromises.swift).
    case ui(InterfaceText)
    case regionTotals(municipalities: Int, applications: Int, granted: String)
    case matches(Int)
    case sortedBy(SortKey)
    case helpHeading(HelpSection)
    case savedShort(String)
    case offerDraft(String)
    case reportSessions(Int)
    case dashboardFunnel(String)
    case duplicateDossier(String, folders: [String])
    // command line
    case unknownRegion(String, known: [String])
    case ambiguousRegion(String, candidates: [String])
    case unknownMunicipality(String)
    case ambiguousMunicipality(String, candidates: [String])
    case columnRegion, columnMunicipalities, columnCode, columnName, columnProvince, columnSafetyRegion, columnSuccessor
    case formerMunicipality(successor: String, on: String)
    case noMatches
    // terminal
    case windowTooSmall(columns: Int, rows: Int, minimumColumns: Int, minimumRows: Int)
    case terminal(TerminalText)
    case allRegions
    case municipalitiesCount(Int)
    case reportNotices, hintRedo
    case hintQuit, hintOpen, hintBack, hintHelp, hintFilter, hintRegion, hintSort, hintAgenda, hintSync
    case hintClearFilter, hintDown, hintUp, hintPageDown, hintPageUp, hintTop, hintBottom, hintNextSection, hintPreviousSection

    /// The text in `language`.
    public func text(_ language: Language) -> String {
        let nl = language == .nl
        switch self {
        case .screen(let text): return Message.screenText(text, language)
        case .ui(let text): return Message.interfaceText(text, language)
        case .terminal(let text): return Message.terminalText(text, language)
        case .regionTotals(let m, let a, let granted):
            return Message.count(m, .municipality, language) + " · " + Message.count(a, .application, language) + " · " + granted + (nl ? " toegekend" : " granted")
        case .savedShort(let name): return nl ? "Opgeslagen: \(name)" : "Saved: \(name)"
        case .dashboardFunnel(let name): return nl ? "Aanvragen per status · \(name)" : "Applications by status · \(name)"
        case .reportSessions(let days): return nl ? "Gesprekken \(days) d" : "Sessions \(days) d"
        case .duplicateDossier(let name, let folders):
            return nl ? "let op: \(name) heeft een dossier in meer mappen (\(folders.joined(separator: ", "))); beide tellen mee, niets samengevoegd"
                : "note: \(name) has a dossier in several folders (\(folders.joined(separator: ", "))); both are counted, nothing merged"
        case .offerDraft(let name):
            return nl ? "Niet-opgeslagen formulier (\(name)) gevonden. Verder gaan? y/Enter ja · n/Esc weggooien" : "Unsaved form (\(name)) found. Continue it? y/Enter yes · n/Esc discard"
        case .matches(let n): return nl ? "\(n) gevonden" : "\(n) found"
        case .sortedBy(let key):
            let name: String
            switch key {
            case .name: name = nl ? "naam" : "name"
            case .status: name = "status"
            case .lastContact: name = nl ? "langst zonder contact" : "longest without contact"
            case .overdue: name = nl ? "meeste te late acties" : "most overdue follow-ups"
            }
            return (nl ? "Gesorteerd op " : "Sorted by ") + name
        case .helpHeading(let section):
            switch section {
            case .region: return nl ? "Regio (start)" : "Region (home)"
            case .dossier: return "Dossier"
            case .agenda: return "Agenda"
            case .form: return nl ? "Formulier" : "Form"
            case .dashboard: return "Dashboard"
            }
        case .fileIssue(let issue):
            var text = issue.location + ": "
            if let keyPath = issue.keyPath, !keyPath.isEmpty { text += (nl ? "sleutel '" : "key '") + keyPath + "': " }
            return text + Message.dataProblem(issue.problem).text(language)
        case .reason(let reason): return Message.reasonText(reason, language)
        case .conflict(let file): return Message.conflictText(file: file, advice: .interface, language)
        case .dossierUnreadable(let issue):
            return (nl ? "dit dossier is niet te lezen en wordt niet overschreven: " : "this dossier cannot be read and is not overwritten: ") + Message.fileIssue(issue).text(language)
        case .dossierTooLarge(let file, let bytes, let limit):
            return nl ? "\(file.escapingControlCharacters) zou \(bytes / 1024) KiB worden, meer dan de grens van \(limit / 1024) KiB; niets opgeslagen"
                : "\(file.escapingControlCharacters) would become \(bytes / 1024) KiB, over the limit of \(limit / 1024) KiB; nothing saved"
        case .wouldNotReadBack(let file):
            return nl ? "\(file.escapingControlCharacters) zou na opslaan niet meer te lezen zijn; niets opgeslagen"
                : "\(file.escapingControlCharacters) would not read back after saving; nothing saved"
        case .storeError(let error): return Message.storeErrorText(error, language)
        case .savedUnconfirmed(let issue):
            let detail = Message.fileIssue(issue).text(language)
            return nl ? "opgeslagen, maar het wegschrijven naar schijf is niet bevestigd (\(detail)); herhaal de wijziging niet"
                : "saved, but writing it through to disk was not confirmed (\(detail)); do not repeat the change"
        case .importFinished(let codes):
            return nl ? "een onderbroken import is afgemaakt: \(codes.joined(separator: ", "))" : "an interrupted import was completed: \(codes.joined(separator: ", "))"
        case .importFinishSkipped(let codes):
            return nl ? "een onderbroken import is niet afgemaakt voor \(codes.joined(separator: ", ")): die dossiers zijn intussen gewijzigd; importeer opnieuw"
                : "an interrupted import was not completed for \(codes.joined(separator: ", ")): those dossiers changed meanwhile; import again"
        case .journalUnreadable(let issue):
            return (nl ? "een onderbroken import kan niet worden afgemaakt: " : "an interrupted import cannot be completed: ") + Message.fileIssue(issue).text(language)
        case .importPlan(let name, let added, let changed, let kept, let notices):
            return nl ? "\(name): \(added) toegevoegd, \(changed) gewijzigd, \(kept) alleen hier (blijven)" + (notices > 0 ? ", \(notices) \(notices == 1 ? "melding" : "meldingen")" : "")
                : "\(name): \(added) added, \(changed) changed, \(kept) only here (kept)" + (notices > 0 ? ", \(notices) \(notices == 1 ? "notice" : "notices")" : "")
        case .importDryRun(let changes, let unchanged):
            return nl ? "proef: \(changes) \(changes == 1 ? "dossier zou veranderen" : "dossiers zouden veranderen"), \(unchanged) niet; niets geschreven"
                : "dry run: \(changes) \(changes == 1 ? "dossier would change" : "dossiers would change"), \(unchanged) would not; nothing written"
        case .importReplaces(let name, let records):
            return nl ? "\(name): vervangen laat weg wat de export niet heeft: \(records.joined(separator: ", "))"
                : "\(name): replacing drops what the export lacks: \(records.joined(separator: ", "))"
        case .undid(let words, let redoKey):
            return (nl ? "Ongedaan: " : "Undone: ") + words + (redoKey ? (nl ? " (U: opnieuw)" : " (U: redo)") : "")
        case .redid(let words): return (nl ? "Opnieuw gedaan: " : "Redone: ") + words
        case .confirmUndo(let words, let on, let redo):
            // The keys first: on a narrow screen the change's words are what gets cut.
            return (redo ? (nl ? "Opnieuw doen? " : "Redo? ") : (nl ? "Ongedaan maken? " : "Undo? "))
                + (nl ? "y/Enter ja · n/Esc nee — \(on): " : "y/Enter yes · n/Esc no — \(on): ") + words
        case .wouldUndo(let words, let on, let redo):
            return (redo ? (nl ? "Zou opnieuw doen (van \(on)): " : "Would redo (from \(on)): ") : (nl ? "Zou ongedaan maken (van \(on)): " : "Would undo (from \(on)): "))
                + words + (nl ? " — voeg --yes toe om het te doen" : " — add --yes to do it")
        case .outputFailed(let detail):
            return nl ? "kon de uitvoer niet schrijven (\(detail)); de uitvoer is onvolledig" : "could not write the output (\(detail)); the output is incomplete"
        case .conflictAfterRetries(let file): return Message.conflictAfterRetriesText(file: file, language)
        case .syncStep(let step): return nl ? "Synchroniseren: \(step)…" : "Syncing: \(step)…"
        case .syncCommitted(let names):
            return (nl ? "eigen wijzigingen vastgelegd: " : "own changes committed: ") + names.joined(separator: ", ")
        case .syncReceived(let names, let authors):
            return (nl ? "binnengekomen: " : "received: ") + names.joined(separator: ", ") + (authors.isEmpty ? "" : (nl ? " (van " : " (from ") + authors.joined(separator: ", ") + ")")
        case .syncShared: return nl ? "gedeeld met het team" : "shared with the team"
        case .syncNothingNew: return nl ? "niets nieuws; alles is gedeeld" : "nothing new; everything is shared"
        case .syncOpenNotices(let n, let dossiers):
            return nl ? "\(n) \(n == 1 ? "melding" : "meldingen") van het samenvoegen om te bekijken (impuls dossier show): \(dossiers.joined(separator: ", "))"
                : "\(n) \(n == 1 ? "notice" : "notices") from merging to look at (impuls dossier show): \(dossiers.joined(separator: ", "))"
        case .syncRepaired: return nl ? "een onafgemaakte samenvoeging is afgemaakt" : "an unfinished merge was completed"
        case .syncOffline(let n, let detail):
            return nl ? "offline — \(n) lokale \(n == 1 ? "wijziging" : "wijzigingen") nog niet gedeeld; alles is lokaal vastgelegd (\(detail))"
                : "offline — \(n) local \(n == 1 ? "change" : "changes") not shared yet; everything is committed locally (\(detail))"
        case .syncNoRemote(let n):
            return nl ? "geen teamrepository ingesteld — \(n) lokale \(n == 1 ? "wijziging" : "wijzigingen") vastgelegd; koppel er een met: impuls sync --init --remote URL"
                : "no team repository set — \(n) local \(n == 1 ? "change" : "changes") committed; connect one with: impuls sync --init --remote URL"
        case .syncNotARepository(let path):
            return nl ? "\(path) wordt nog niet gedeeld: begin met impuls sync --init --remote URL, of haal een teammap op met impuls sync --clone URL"
                : "\(path) is not shared yet: start with impuls sync --init --remote URL, or fetch a team folder with impuls sync --clone URL"
        case .syncGitMissing: return nl ? "git is niet gevonden; installeer git (apt-get install git)" : "git was not found; install git (apt-get install git)"
        case .syncGitFailed(let step, let detail):
            return nl ? "git \(step) mislukte: \(detail); er is niets half achtergelaten" : "git \(step) failed: \(detail); nothing was left half done"
        case .syncUnreadableAfterMerge:
            return nl ? "na het samenvoegen was een dossier niet te lezen; de samenvoeging is teruggedraaid, je eigen werk is vastgelegd"
                : "after merging, a dossier could not be read; the merge was undone, your own work is committed"
        case .syncInitialized(let folder, let remote):
            return (nl ? "\(folder) is nu een gedeelde map (git, met impuls' samenvoeging voor dossiers)" : "\(folder) is now a shared folder (git, with impuls's merge for dossiers)")
                + (remote.map { nl ? "; teamrepository: \($0)" : "; team repository: \($0)" } ?? "")
        case .syncCloned(let url, let folder):
            return nl ? "teammap \(url) opgehaald in \(folder)" : "team folder \(url) fetched into \(folder)"
        case .notice(let notice, let dossier): return Message.noticeText(notice, dossier: dossier, language)
        case .noHome(let what, let flag):
            return nl ? "kan \(what) niet vinden: HOME is niet gezet of geen absoluut pad; zet HOME of geef \(flag)"
                : "cannot find \(what): HOME is not set or not an absolute path; set HOME or give \(flag)"
        case .dataProblem(let problem): return Message.describe(problem, nl: nl, language: language)
        case .expectation(let expectation): return Message.describe(expectation, nl: nl)
        case .dataDirNotFolder(let path):
            return nl ? "de gegevensmap \(path) is geen map" : "the data folder \(path) is not a folder"
        case .unknownRegion(let name, let known):
            return nl ? "onbekende regio '\(name)'; bekend zijn: \(known.joined(separator: ", "))"
                : "unknown region '\(name)'; known regions: \(known.joined(separator: ", "))"
        case .ambiguousRegion(let name, let candidates):
            return nl ? "'\(name)' past op meer regio's: \(candidates.joined(separator: ", "))"
                : "'\(name)' matches several regions: \(candidates.joined(separator: ", "))"
        case .unknownMunicipality(let text):
            return nl ? "geen gemeente gevonden voor '\(text)'" : "no municipality found for '\(text)'"
        case .ambiguousMunicipality(let text, let candidates):
            return nl ? "'\(text)' past op meer gemeenten: \(candidates.joined(separator: ", "))"
                : "'\(text)' matches several municipalities: \(candidates.joined(separator: ", "))"
        case .columnRegion: return nl ? "Regio" : "Region"
        case .columnMunicipalities: return nl ? "Gemeenten" : "Municipalities"
        case .columnCode: return "Code"
        case .columnName: return nl ? "Naam" : "Name"
        case .columnProvince: return nl ? "Provincie" : "Province"
        case .columnSafetyRegion: return nl ? "Veiligheidsregio" : "Safety region"
        case .columnSuccessor: return nl ? "Opgegaan in" : "Merged into"
        case .formerMunicipality(let successor, let on):
            return nl ? "voormalige gemeente, per \(on) opgegaan in \(successor)" : "former municipality, merged into \(successor) on \(on)"
        case .noMatches: return nl ? "Geen gemeenten gevonden." : "No municipalities found."
        case .windowTooSmall(let columns, let rows, let minColumns, let minRows):
            return nl ? "Venster te klein (\(columns)×\(rows)); minstens \(minColumns)×\(minRows) nodig."
                : "Window too small (\(columns)×\(rows)); needs at least \(minColumns)×\(minRows)."
        case .allRegions: return nl ? "Heel Nederland" : "All of the Netherlands"
        case .municipalitiesCount(let n): return Message.count(n, .municipality, language)
        case .hintQuit: return nl ? "stoppen" : "quit"
        case .hintClearFilter: return nl ? "zoekfilter wissen" : "clear the filter"
        case .hintDown: return nl ? "omlaag" : "down"
        case .hintUp: return nl ? "omhoog" : "up"
        case .hintPageDown: return nl ? "pagina omlaag" : "page down"
        case .hintPageUp: return nl ? "pagina omhoog" : "page up"
        case .hintTop: return nl ? "naar het begin" : "to the top"
        case .hintBottom: return nl ? "naar het eind" : "to the end"
        case .hintNextSection: return nl ? "volgend deel" : "next section"
        case .hintPreviousSection: return nl ? "vorig deel" : "previous section"
        case .hintOpen: return nl ? "openen" : "open"
        case .hintBack: return nl ? "terug" : "back"
        case .hintHelp: return "help"
        case .hintFilter: return nl ? "zoeken" : "filter"
        case .hintRegion: return nl ? "regio" : "region"
        case .hintSort: return nl ? "sorteren" : "sort"
        case .hintAgenda: return "agenda"
        case .hintRedo: return nl ? "opnieuw doen (wat u ongedaan maakte)" : "redo (what u undid)"
        case .reportNotices: return nl ? "Meldingen samenvoegen" : "Merge notices"
        case .hintSync: return nl ? "delen met het team (git)" : "share with the team (git)"
        }
    }

    private static func describe(_ problem: DataProblem, nl: Bool, language: Language) -> String {
        switch problem {
        case .unexpectedEnd: return nl ? "de tekst houdt onverwacht op (onvolledige JSON)" : "the text ends too early (incomplete JSON)"
        case .unexpectedCharacter(let c): return nl ? "onverwacht teken '\(c)' (geen geldige JSON)" : "unexpected character '\(c)' (not valid JSON)"
        case .invalidEscape: return nl ? "ongeldige escape in een tekst" : "invalid escape in a string"
        case .invalidNumber: return nl ? "ongeldig getal" : "invalid number"
        case .invalidUTF8: return nl ? "tekst is geen geldige UTF-8" : "text is not valid UTF-8"
        case .duplicateKey(let key): return nl ? "'\(key)' komt twee keer voor" : "'\(key)' appears twice"
        case .trailingText: return nl ? "tekst na het einde van de JSON" : "text after the end of the JSON"
        case .tooDeep: return nl ? "te diep genest" : "nested too deeply"
        case .tooManyValues(let limit):
            return nl ? "te veel waarden (hoogstens \(limit) in één bestand)" : "too many values (at most \(limit) in one file)"
        case .empty: return nl ? "het bestand is leeg" : "the file is empty"
        case .wrongType(let expected, let found):
            return nl ? "verwacht \(describe(expected, nl: nl)), gevonden: \(typeName(found, nl: nl))"
                : "expected \(describe(expected, nl: nl)), found \(typeName(found, nl: nl))"
        case .missing: return nl ? "ontbreekt" : "is missing"
        case .unknownKey: return nl ? "onbekende sleutel (tikfout?)" : "unknown key (a typo?)"
        case .invalid(let expected, let found):
            return nl ? "verwacht \(describe(expected, nl: nl)), gevonden: '\(found)'"
                : "expected \(describe(expected, nl: nl)), found '\(found)'"
        case .unreadable(let detail): return nl ? "niet te lezen (\(detail))" : "cannot be read (\(detail))"
        case .notRegularFile:
            return nl ? "geen gewoon bestand (een map, pipe, apparaat of koppeling); niet gelezen en niet overschreven"
                : "not a regular file (a folder, pipe, device or link); not read and not replaced"
        case .systemCall(let operation, let detail): return nl ? "\(operation) mislukt: \(detail)" : "\(operation) failed: \(detail)"
        case .permissionDenied: return nl ? "geen toegang (permission denied)" : "permission denied"
        case .notFound: return nl ? "bestaat niet" : "does not exist"
        case .brokenRule(let reason): return Message.reasonText(reason, language)
        case .interruptedImport:
            return nl ? "een import is onderbroken; de volgende wijziging (of impuls zonder --read-only) maakt hem af"
                : "an import was interrupted; the next change (or impuls without --read-only) completes it"
        case .tooLarge(let bytes, let limit):
            return nl ? "te groot (\(bytes / 1024) KiB; hoogstens \(limit / 1024) KiB)" : "too large (\(bytes / 1024) KiB; at most \(limit / 1024) KiB)"
        case .codeMismatch(let fileCode, let contentCode):
            return nl ? "de bestandsnaam hoort bij \(fileCode) maar de inhoud bij \(contentCode)"
                : "the file name says \(fileCode) but its content says \(contentCode)"
        case .futureVersion(let found, let supported):
            return nl ? "formaatversie \(found) is nieuwer dan deze impuls kent (\(supported)); werk impuls bij"
                : "format version \(found) is newer than this impuls knows (\(supported)); update impuls"
        }
    }

    private static func typeName(_ kind: String, nl: Bool) -> String {
        guard nl else { return kind == "object" ? "an object" : kind == "array" ? "an array" : "a \(kind)" }
        switch kind {
        case "null": return "null"
        case "boolean": return "een waar/onwaar-waarde"
        case "number": return "een getal"
        case "string": return "een tekst"
        case "array": return "een lijst"
        default: return "een object"
        }
    }

    private static func describe(_ expectation: DataProblem.Expectation, nl: Bool) -> String {
        switch expectation {
        case .string: return nl ? "een tekst" : "a string"
        case .integer: return nl ? "een geheel getal" : "a whole number"
        case .boolean: return nl ? "true of false" : "true or false"
        case .array: return nl ? "een lijst" : "an array"
        case .object: return nl ? "een object" : "an object"
        case .nonEmptyText: return nl ? "een niet-lege waarde" : "a non-empty value"
        case .date: return nl ? "een bestaande datum JJJJ-MM-DD" : "a real date YYYY-MM-DD"
        case .positiveAmount: return nl ? "een bedrag groter dan 0" : "an amount above 0"
        case .nonNegativeAmount: return nl ? "een bedrag van 0 of meer" : "an amount of 0 or more"
        case .positiveWholeNumber: return nl ? "een geheel getal groter dan 0" : "a whole number above 0"
        case .municipalityCode: return nl ? "een gemeentecode GM0000" : "a municipality code GM0000"
        case .knownMunicipalityCode: return nl ? "een bestaande CBS-gemeentecode (GM0000)" : "an existing CBS municipality code (GM0000)"
        case .oneOf(let options): return (nl ? "een van: " : "one of: ") + options.joined(separator: ", ")
        case .knownRegion(let names):
            return (nl ? "een regio uit regionDefinitions: " : "a region from regionDefinitions: ") + names.joined(separator: ", ")
        case .knownProvince:
            return (nl ? "een provincie: " : "a province: ") + ReferenceData.shared.provinces.joined(separator: ", ")
        case .knownSafetyRegion: return nl ? "een veiligheidsregio (VR01–VR25 of de naam)" : "a safety region (VR01–VR25 or its name)"
        case .oneSelector: return nl ? "precies één van provinces, safetyRegions of municipalities" : "exactly one of provinces, safetyRegions or municipalities"
        case .knownActionLine(let ids): return (nl ? "een actielijn: " : "an action line: ") + ids.joined(separator: ", ")
        case .dateAfter(let day): return nl ? "een datum na \(day)" : "a date after \(day)"
        case .wholeNumber(let range):
            return nl ? "een geheel getal van \(range.lowerBound) tot en met \(range.upperBound)" : "a whole number from \(range.lowerBound) to \(range.upperBound)"
        case .emptyFolder: return nl ? "een map die nog niet bestaat of leeg is" : "a folder that does not exist yet or is empty"
        case .timestamp: return nl ? "een tijdstip JJJJ-MM-DDTuu:mm:ss.mmmZ" : "a moment YYYY-MM-DDThh:mm:ss.mmmZ"
        case .uniqueID: return nl ? "een id dat in dit dossier nog niet voorkomt" : "an id not used elsewhere in this dossier"
        }
    }

    static func noticeText(_ n: Notice, dossier: String, _ language: Language) -> String {
        let nl = language == .nl
        let what = n.subject.text
        let by = n.by.map { nl ? " (van \($0))" : " (by \($0))" } ?? ""
        let body: String
        switch n.kind {
        case .fieldClash:
            body = nl ? "\(what) \(n.field?.name ?? ""): tegelijk anders gewijzigd; '\(n.kept ?? "")' gehouden, '\(n.lost ?? "")'\(by) niet"
                : "\(what) \(n.field?.name ?? ""): changed differently at once; kept '\(n.kept ?? "")', not '\(n.lost ?? "")'\(by)"
        case .removedEdited:
            body = nl ? "\(what) was verwijderd en tegelijk gewijzigd; bewaard" : "\(what) was removed and edited at once; kept"
        case .transitionClash:
            body = nl ? "\(what): stap naar '\(n.kept ?? "")' toegepast; de stap naar '\(n.lost ?? "")'\(by) niet"
                : "\(what): the step to '\(n.kept ?? "")' was applied; the step to '\(n.lost ?? "")'\(by) was not"
        case .twoGranted:
            body = nl ? "twee aanvragen zijn toegekend (\(n.kept ?? ""), \(n.lost ?? "")); trek er één in"
                : "two applications are granted (\(n.kept ?? ""), \(n.lost ?? "")); withdraw one"
        }
        return dossier + ": " + (n.blocking ? (nl ? "BLOKKEERT — " : "BLOCKING — ") : "") + body
    }
}
