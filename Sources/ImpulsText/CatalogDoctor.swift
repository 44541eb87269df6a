import ImpulsCore

/// What `impuls doctor` found, one line each: what it is, and for a problem what to do about it.
public enum DoctorLine: Sendable, Equatable {
    case version(String, binary: String)
    // terminal
    case termUnset
    case terminfoMissing(term: String)
    case notCursorAddressable(term: String)
    case terminalUsable(term: String)
    case size(columns: Int, rows: Int)
    case sizeNarrow(columns: Int, rows: Int)
    case sizeTooSmall(columns: Int, rows: Int)
    case sizeUnknown
    case localeUTF8(name: String, codeset: String)
    case localeNotUTF8(name: String, codeset: String)
    case localeMissing(name: String)
    case colours(Int)
    case coloursOff
    case noColours(term: String)
    // config
    case configDefaults(lookedAt: String?, sample: String?)
    case configValid(file: String, language: Language)
    case configBroken(String, sample: String?)
    case adviserUnset
    // data folder
    case dataFolderNotChecked
    case dataFolderUnknown(String)
    case dataFolderMissing(path: String)
    case dataFolderAbsent(path: String)
    case dataFolderCannotBeMade(path: String, blocker: String)
    case dataFolderNotAFolder(path: String)
    case dataFolderUnusable(String)
    case dataFolderFound(path: String, dossiers: Int, folderVersion: Int, older: Int)
    case dataFolderReadOnlyUse(path: String, dossiers: Int)
    case dataFolderNotWritable(path: String)
    case lockFree
    case lockHeld(file: String)
    case filesReadable(Int)
    case filesUnreadable(count: Int, first: [String])
    // git and the team
    case gitMissing(shared: Bool)
    case gitFound(String)
    case notShared
    case noRemote(folder: String)
    case remoteReachable(String)
    case remoteUnreachable(String, detail: String)
    case remoteTimedOut(String, seconds: Int)
    case driverMissing(folder: String)
    /// Dossiers past the config's retention that still name people (`privacy purge`).
    case pastRetention(count: Int, months: Int, before: String)
    /// No retention set, and the scheme's evaluation is past.
    case noRetention(evaluated: String)
    /// A shared folder with erasures: the team repository's server keeps what impuls cannot reach.
    case serverReflogs
    case driverStale(command: String)
    case driverRegistered
    case branchNotFollowing(folder: String)
    case filesNotPrivate(folder: String, count: Int, first: String)
    // today
    case today(String, fromEnvironment: Bool)
    case todayInvalid(String)
    // the end
    case allWell
    case problems(Int)

    /// How much a line matters: it decides the mark in front of it and the exit status.
    public enum Level: Sendable, Equatable, CaseIterable { case ok, note, problem }
}

extension Message {
    /// A doctor's line in `language`.
    public static func doctor(_ line: DoctorLine, _ language: Language) -> String { doctor(line).text(language) }

    /// The mark in front of a doctor's line, padded so the texts line up.
    public static func doctorMark(_ level: DoctorLine.Level) -> Message {
        switch level {
        case .ok: return Message(both: "ok       ")
        case .note: return Message(nl: "let op   ", en: "note     ")
        case .problem: return Message(nl: "probleem ", en: "problem  ")
        }
    }

    public static func doctor(_ line: DoctorLine) -> Message {
        switch line {
        case .version(let version, let binary): return Message(both: "impuls \(version) — \(binary)")
        case .termUnset:
            return Message(nl: "terminal: TERM is niet gezet — start impuls in een terminal (of zet TERM=xterm-256color)",
                           en: "terminal: TERM is not set — run impuls in a terminal (or set TERM=xterm-256color)")
        case .terminfoMissing(let term):
            return Message(nl: "terminal: TERM=\(term) is hier onbekend (geen terminfo) — installeer ncurses-term (apt-get install ncurses-term) of zet TERM=xterm-256color",
                           en: "terminal: TERM=\(term) is unknown here (no terminfo entry) — install ncurses-term (apt-get install ncurses-term) or set TERM=xterm-256color")
        case .notCursorAddressable(let term):
            return Message(nl: "terminal: TERM=\(term) kan de cursor niet verplaatsen, dus het scherm kan niet getekend worden — gebruik een terminal als xterm-256color; de opdrachten (impuls status, …) werken wel",
                           en: "terminal: TERM=\(term) cannot move the cursor, so the interface cannot be drawn — use a terminal such as xterm-256color; the commands (impuls status, …) still work")
        case .terminalUsable(let term):
            return Message(nl: "terminal: TERM=\(term), terminfo gevonden, cursor verplaatsbaar",
                           en: "terminal: TERM=\(term), terminfo found, cursor addressable")
        case .size(let c, let r): return Message(nl: "venster: \(c)×\(r)", en: "window: \(c)×\(r)")
        case .sizeNarrow(let c, let r):
            return Message(nl: "venster: \(c)×\(r): de smalle indeling — vanaf 80×24 is alles te zien",
                           en: "window: \(c)×\(r): the narrow layout — from 80×24 everything shows")
        case .sizeTooSmall(let c, let r):
            return Message(nl: "venster: \(c)×\(r) is te klein — maak het minstens 40×12 (80×24 voor alles)",
                           en: "window: \(c)×\(r) is too small — make it at least 40×12 (80×24 for everything)")
        case .sizeUnknown:
            return Message(nl: "venster: hier geen terminal (uitvoer omgeleid); impuls heeft minstens 40×12 nodig, 80×24 voor alles",
                           en: "window: no terminal here (output redirected); impuls needs at least 40×12, 80×24 for everything")
        case .localeUTF8(let name, let codeset): return Message(both: "locale: \(name) (\(codeset))")
        case .localeNotUTF8(let name, let codeset):
            return Message(nl: "locale: \(name) geeft \(codeset), geen UTF-8: namen verliezen hun accenten — zet LANG=C.UTF-8 (of nl_NL.UTF-8)",
                           en: "locale: \(name) gives \(codeset), not UTF-8: names lose their accents — set LANG=C.UTF-8 (or nl_NL.UTF-8)")
        case .localeMissing(let name):
            return Message(nl: "locale: \(name) is hier niet geïnstalleerd — installeer hem (dpkg-reconfigure locales) of zet LANG=C.UTF-8",
                           en: "locale: \(name) is not installed here — install it (dpkg-reconfigure locales) or set LANG=C.UTF-8")
        case .colours(let n): return Message(nl: "kleuren: \(n)", en: "colours: \(n)")
        case .coloursOff: return Message(nl: "kleuren: uit (NO_COLOR is gezet)", en: "colours: off (NO_COLOR is set)")
        case .noColours(let term):
            return Message(nl: "kleuren: geen met TERM=\(term); statussen staan er ook in woorden",
                           en: "colours: none with TERM=\(term); statuses are also written out")
        case .configDefaults(let lookedAt, let sample):
            return Message(nl: "config: geen bestand" + (lookedAt.map { " (gezocht: \($0))" } ?? "") + "; de standaardwaarden gelden"
                               + (sample.map { " — een voorbeeld: \($0)" } ?? ""),
                           en: "config: no file" + (lookedAt.map { " (looked for \($0))" } ?? "") + "; the defaults apply"
                               + (sample.map { " — a sample: \($0)" } ?? ""))
        case .configValid(let file, let language):
            return Message(nl: "config: \(file) (geldig; taal \(language.rawValue))", en: "config: \(file) (valid; language \(language.rawValue))")
        case .configBroken(let detail, let sample):
            return Message(nl: "config: \(detail) — verbeter dat en start opnieuw" + (sample.map { " (elke sleutel staat in \($0))" } ?? ""),
                           en: "config: \(detail) — fix that and start again" + (sample.map { " (every key is in \($0))" } ?? ""))
        case .adviserUnset:
            return Message(nl: "config: geen \"adviser\" — je wijzigingen worden zonder naam vastgelegd; zet je naam in de config",
                           en: "config: no \"adviser\" — your changes are recorded without a name; put your name in the config")
        case .dataFolderNotChecked:
            return Message(nl: "gegevensmap: niet gecontroleerd, de config moet eerst kloppen",
                           en: "data folder: not checked, the config must be right first")
        case .dataFolderUnknown(let detail): return Message(nl: "gegevensmap: ", en: "data folder: ") + detail
        case .dataFolderMissing(let path):
            return Message(nl: "gegevensmap: \(path) bestaat nog niet; impuls maakt hem bij de eerste wijziging (of haal een teammap op: impuls sync --clone URL)",
                           en: "data folder: \(path) does not exist yet; impuls makes it at the first change (or fetch a team folder: impuls sync --clone URL)")
        case .dataFolderAbsent(let path):
            return Message(nl: "gegevensmap: \(path) bestaat niet — controleer het pad (--data-dir, of dataDirs in de config)",
                           en: "data folder: \(path) does not exist — check the path (--data-dir, or dataDirs in the config)")
        case .dataFolderCannotBeMade(let path, let blocker):
            return Message(nl: "gegevensmap: \(path) kan niet gemaakt worden: \(blocker) is niet schrijfbaar — kies een andere (dataDir in de config, of --data-dir)",
                           en: "data folder: \(path) cannot be made: \(blocker) is not writable — choose another (dataDir in the config, or --data-dir)")
        case .dataFolderNotAFolder(let path):
            return Message(nl: "gegevensmap: \(path) is geen map — zet dat bestand opzij of kies een andere map (dataDir in de config, of --data-dir)",
                           en: "data folder: \(path) is not a folder — move that file aside or choose another folder (dataDir in the config, or --data-dir)")
        case .dataFolderUnusable(let detail): return Message(nl: "gegevensmap: ", en: "data folder: ") + detail
        case .dataFolderFound(let path, let dossiers, let version, let older):
            let files = count(dossiers, .dossier)
            return Message(nl: "gegevensmap: \(path), schrijfbaar, \(files.nl), mapformaat \(version)"
                               + (older == 0 ? "" : "; \(older) in een ouder formaat (bij hun volgende wijziging omgezet)"),
                           en: "data folder: \(path), writable, \(files.en), folder format \(version)"
                               + (older == 0 ? "" : "; \(older) in an older format (converted at their next change)"))
        case .dataFolderReadOnlyUse(let path, let dossiers):
            let files = count(dossiers, .dossier)
            return Message(nl: "gegevensmap: \(path), \(files.nl) (alleen gelezen)", en: "data folder: \(path), \(files.en) (read only)")
        case .dataFolderNotWritable(let path):
            return Message(nl: "gegevensmap: \(path) is voor jou alleen-lezen, niets kan worden opgeslagen — geef jezelf schrijfrecht (chmod -R u+w) of kijk met impuls --read-only",
                           en: "data folder: \(path) is read-only for you, nothing can be saved — give yourself write permission (chmod -R u+w) or look with impuls --read-only")
        case .lockFree: return Message(nl: "slot: vrij", en: "lock: free")
        case .lockHeld(let file):
            return Message(nl: "slot: \(file) wordt vastgehouden door een ander proces (een opslag of sync die nog loopt?) — wacht even, of zoek het met: fuser -v \(file)",
                           en: "lock: \(file) is held by another process (a save or a sync still running?) — wait a moment, or find it with: fuser -v \(file)")
        case .filesReadable(let n):
            return n == 1 ? Message(nl: "bestanden: het dossierbestand is te lezen", en: "files: the dossier file reads")
                : Message(nl: "bestanden: alle \(n) dossierbestanden zijn te lezen", en: "files: all \(n) dossier files read")
        case .filesUnreadable(let count, let first):
            let files = first.joined(separator: "; ") + (count > first.count ? " …" : "")
            return Message(nl: "bestanden: \(count) niet te lezen — " + files + " — impuls check noemt elk probleem; verbeter of verplaats het bestand",
                           en: "files: \(count) cannot be read — " + files + " — impuls check names every problem; fix or move the file")
        case .gitMissing(let shared):
            return shared ? Message(nl: "git: niet gevonden, en de gegevensmap wordt met git gedeeld — installeer git (apt-get install git)",
                                    en: "git: not found, and the data folder is shared through git — install git (apt-get install git)")
                : Message(nl: "git: niet gevonden; alleen nodig om met het team te delen (apt-get install git)",
                          en: "git: not found; only needed to share with the team (apt-get install git)")
        case .gitFound(let version): return Message(both: "git: " + version)
        case .notShared:
            return Message(nl: "team: deze map wordt niet gedeeld (delen: impuls sync --init --remote URL)",
                           en: "team: this folder is not shared (to share it: impuls sync --init --remote URL)")
        case .noRemote(let folder):
            return Message(nl: "team: \(folder) is gedeeld maar heeft geen teamrepository — koppel er een: impuls sync --init --remote URL",
                           en: "team: \(folder) is shared but has no team repository — connect one: impuls sync --init --remote URL")
        case .remoteReachable(let url): return Message(nl: "team: \(url) bereikbaar", en: "team: \(url) reachable")
        case .remoteUnreachable(let url, let detail):
            return Message(nl: "team: \(url) is niet bereikbaar (\(detail)) — controleer netwerk, VPN of pad; je werk blijft lokaal vastgelegd tot impuls sync het bereikt",
                           en: "team: \(url) cannot be reached (\(detail)) — check the network, VPN or path; your work stays committed locally until impuls sync reaches it")
        case .remoteTimedOut(let url, let seconds):
            return Message(nl: "team: \(url) gaf binnen \(seconds) s geen antwoord — controleer netwerk of VPN; je werk blijft lokaal vastgelegd",
                           en: "team: \(url) gave no answer within \(seconds) s — check the network or VPN; your work stays committed locally")
        case .pastRetention(let count, let months, let before): return privacyPastRetention(count, months: months, before: before)
        case .noRetention(let evaluated): return privacyNoRetention(evaluated: evaluated)
        case .serverReflogs: return privacyServerReflogs
        case .driverMissing(let folder):
            return Message(nl: "team: de samenvoeging van impuls is niet ingesteld in \(folder) — voer één keer impuls sync uit (dat stelt hem in)",
                           en: "team: impuls's merge driver is not registered in \(folder) — run impuls sync once (it registers it)")
        case .driverStale(let command):
            return Message(nl: "team: de samenvoeging roept een impuls aan die er niet meer is (\(command)) — voer één keer impuls sync uit met deze impuls",
                           en: "team: the merge driver calls an impuls that is no longer there (\(command)) — run impuls sync once with this impuls")
        case .driverRegistered: return Message(nl: "team: samenvoeging van impuls ingesteld", en: "team: impuls's merge driver registered")
        case .branchNotFollowing(let folder):
            return Message(nl: "team: de tak main volgt die van het team niet (git pull en git push werken niet) — herstel: git -C \(folder) branch --set-upstream-to=origin/main main (of voer impuls sync uit)",
                           en: "team: the branch main does not follow the team's (git pull and git push do not work) — repair: git -C \(folder) branch --set-upstream-to=origin/main main (or run impuls sync)")
        case .filesNotPrivate(let folder, let count, let first):
            return Message(nl: "privé: \(count) \(count == 1 ? "bestand of map" : "bestanden of mappen") in \(folder) voor anderen leesbaar (\(first)) — herstel: chmod -R go-rwx \(folder)",
                           en: "private: \(count) \(count == 1 ? "file or folder" : "files or folders") in \(folder) readable by others (\(first)) — repair: chmod -R go-rwx \(folder)")
        case .today(let day, let fromEnvironment):
            return Message(nl: "vandaag: \(day)" + (fromEnvironment ? " (uit IMPULS_TODAY)" : " (de klok van dit systeem)"),
                           en: "today: \(day)" + (fromEnvironment ? " (from IMPULS_TODAY)" : " (this system's clock)"))
        case .todayInvalid(let text):
            return Message(nl: "vandaag: IMPULS_TODAY='\(text)' is geen datum JJJJ-MM-DD — verbeter of verwijder het",
                           en: "today: IMPULS_TODAY='\(text)' is not a date YYYY-MM-DD — fix or unset it")
        case .allWell: return Message(nl: "alles in orde", en: "all well")
        case .problems(let n):
            return Message(nl: "\(n) \(n == 1 ? "probleem" : "problemen"): zie de regels met 'probleem'",
                           en: "\(n) \(n == 1 ? "problem" : "problems"): see the lines marked 'problem'")
        }
    }
}
