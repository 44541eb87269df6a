import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The command line speaks the config's language (#17): CSV headers and values, counts in the
/// singular and the plural, confirmations that say what was done, the conflict message, and
/// `municipalities --former`.
@Suite struct CommandLineWordsEndToEndTests {
    /// A home with a config in `language` (adviser Anne, region Fryslân) and its environment.
    func home(_ language: String, demo: Bool = false) throws -> (home: String, env: [String: String]) {
        let home = temporaryFolder()
        try FileManager.default.createDirectory(atPath: home + "/.config/impuls", withIntermediateDirectories: true)
        try #"{"adviser": "Anne de Vries", "regions": ["Fryslân"], "language": "\#(language)"}"#
            .write(toFile: home + "/.config/impuls/config.json", atomically: true, encoding: .utf8)
        let env = pinnedEnvironment(home: home, extra: ["IMPULS_DATA_DIR": home + "/data"])
        if demo { #expect(impuls(["demo", "--output", home + "/data"], env).status == 0) }
        return (home, env)
    }

    /// The first line of a CSV text, split at `;` (none of these headers is quoted).
    func header(_ csv: String) -> [String] {
        String(csv.split(separator: "\n").first ?? "").components(separatedBy: ";")
    }

    /// The README's documented CSV header for `command` in `language`: the line
    /// `` `COMMAND` (LANGUAGE): `HEADER` `` of its *CSV columns* list.
    func documentedHeader(_ command: String, _ language: String) throws -> [String] {
        let readme = try String(contentsOf: Binary.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let prefix = "- `\(command)` (\(language)): `"
        let line = try #require(readme.split(separator: "\n").first { $0.hasPrefix(prefix) }, "README documents \(command) (\(language))")
        return String(line.dropFirst(prefix.count).prefix { $0 != "`" }).components(separatedBy: ";")
    }

    static let headers: [String: [String: [String]]] = [
        "nl": [
            "status": ["Regio", "Gemeenten", "Bereikt", "Niet bereikt", "Concept", "Ingediend", "Toegekend", "Afgewezen", "Ingetrokken",
                       "In uitvoering", "Afgerond", "Bedrag aangevraagd (€)", "Bedrag toegekend (€)", "Plafond (€)", "Toegekend van plafond (%)",
                       "Acties te laat", "Over einddatum", "Concept 30 dagen stil", "Niet gestart na 30 dagen", "Meldingen samenvoegen"],
            "export": ["Code", "Gemeente", "Adviseur", "Adviesgesprekken", "Laatste contact", "Open acties", "Aanvraag", "Status",
                       "Bedrag aangevraagd (€)", "Bedrag toegekend (€)", "Geplande start", "Gepland einde"],
            "municipalities": ["Code", "Naam", "Provincie", "Veiligheidsregio"],
            "municipalities --former": ["Code", "Naam", "Provincie", "Veiligheidsregio", "Opgegaan in", "Per"],
            "regions": ["Regio", "Gemeenten"],
        ],
        "en": [
            "status": ["Region", "Municipalities", "Reached", "Not reached", "Draft", "Submitted", "Approved", "Rejected", "Withdrawn",
                       "Running", "Completed", "Requested (€)", "Granted (€)", "Ceiling (€)", "Granted of ceiling (%)",
                       "Overdue follow-ups", "Past end date", "Draft untouched 30 days", "Not started after 30 days", "Merge notices"],
            "export": ["Code", "Municipality", "Adviser", "Advice sessions", "Last contact", "Open follow-ups", "Application", "Status",
                       "Requested (€)", "Granted (€)", "Planned start", "Planned end"],
            "municipalities": ["Code", "Name", "Province", "Safety region"],
            "municipalities --former": ["Code", "Name", "Province", "Safety region", "Merged into", "As of"],
            "regions": ["Region", "Municipalities"],
        ],
    ]

    @Test(arguments: ["nl", "en"])
    func csvHeadersAndStatusesAreInTheConfiguredLanguageAndDocumented(language: String) throws {
        let (home, env) = try home(language, demo: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let nl = language == "nl"
        let commands: [String: [String]] = [
            "status": ["status", "--all", "--format", "csv"], "export": ["export", "--format", "csv"],
            "municipalities": ["municipalities", "--format", "csv"], "municipalities --former": ["municipalities", "--former", "--format", "csv"],
            "regions": ["regions", "--format", "csv"],
        ]
        var outputs: [String: String] = [:]
        for (name, arguments) in commands {
            let result = impuls(arguments, env)
            #expect(result.status == 0, "\(name): \(result.errHead)")
            outputs[name] = result.out
            let expected = try #require(CommandLineWordsEndToEndTests.headers[language]?[name])
            #expect(header(result.out) == expected, "\(name) (\(language))")
            #expect(try documentedHeader(name, language) == expected, "the README's column list for \(name) (\(language))")
        }
        // No header is a JSON key (camelCase) in either language.
        for (name, text) in outputs { #expect(!header(text).contains { $0.contains("notReached") || $0 == "safetyRegion" || $0 == "lastContact" }, "\(name)") }

        // Statuses in the export are words of the language; amounts keep the decimal comma.
        let rows = try #require(outputs["export"]).split(separator: "\n").dropFirst().map { $0.components(separatedBy: ";") }
        let statuses = Set(rows.map { $0[7] }.filter { !$0.isEmpty })
        let words: Set<String> = nl ? ["concept", "ingediend", "toegekend", "afgewezen", "ingetrokken", "in uitvoering", "afgerond"]
                                    : ["draft", "submitted", "approved", "rejected", "withdrawn", "running", "completed"]
        #expect(!statuses.isEmpty && statuses.isSubset(of: words), "\(statuses)")
        #expect(rows.contains { $0[8].hasSuffix(",00") })

        // JSON keeps its stable English keys, whatever the language.
        let json = impuls(["status", "--all", "--format", "json"], env).out
        #expect(json.contains("\"notReached\"") && json.contains("\"submitted\""))
        let former = impuls(["municipalities", "--former", "--format", "json"], env).out
        #expect(former.contains("\"mergedInto\": \"GM0363\"") && former.contains("\"mergedOn\": \"2022-03-24\""))
    }

    @Test(arguments: ["nl", "en"])
    func formerListsOnlyTheFourWithTheirSuccessorsName(language: String) throws {
        let (home, env) = try home(language)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let table = impuls(["municipalities", "--former"], env)
        #expect(table.status == 0)
        let lines = table.out.split(separator: "\n")
        #expect(lines.count == 2 + 4, "\(table.out)")   // heading, rule, the four
        for (former, successor, day) in [("Weesp", "Amsterdam", "2022-03-24"), ("Brielle", "Voorne aan Zee", "2023-01-01"),
                                          ("Hellevoetsluis", "Voorne aan Zee", "2023-01-01"), ("Westvoorne", "Voorne aan Zee", "2023-01-01")] {
            let line = try #require(lines.first { $0.contains(" \(former) ") }, "\(former)")
            #expect(line.contains(successor) && line.contains(day), "\(line)")
        }
        #expect(!table.out.contains("Aa en Hunze"))
        #expect(!table.out.contains("GM0363"), "the successor by name, not by code")
        // Without --former: the 342 of 2023, none of the former ones.
        let current = impuls(["municipalities", "--format", "csv"], env).out
        #expect(current.split(separator: "\n").count == 1 + 342)
        #expect(!current.contains("Weesp") && !current.contains("Westvoorne"))
        // --former combines with --region and --search.
        #expect(impuls(["municipalities", "--former", "--region", "Zuid-Holland", "--format", "csv"], env).out.split(separator: "\n").count == 1 + 3)
        #expect(impuls(["municipalities", "--former", "--search", "weesp", "--format", "csv"], env).out.split(separator: "\n").count == 1 + 1)
    }

    @Test(arguments: ["nl", "en"])
    func confirmationsSayWhatWasDoneNotWhichFile(language: String) throws {
        let (home, env) = try home(language)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let nl = language == "nl"
        func said(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) -> String {
            let result = impuls(arguments, env, sourceLocation: sourceLocation)
            #expect(result.status == 0, "\(arguments.joined(separator: " ")): \(result.errHead)", sourceLocation: sourceLocation)
            #expect(!result.out.contains(home) && !result.out.contains(".json") && !result.out.contains("GM0060"),
                    "no file path: \(result.out)", sourceLocation: sourceLocation)
            return result.out
        }
        #expect(said(["session", "add", "ameland", "--summary", "Intake", "--follow-up", "Begroting opvragen@2023-10-30"])
                == (nl ? "Gesprek van 2023-10-16 vastgelegd voor Ameland, met 1 actie\n" : "Session of 2023-10-16 logged for Ameland, with 1 follow-up\n"))
        #expect(said(["session", "add", "GM0060", "--summary", "Bellen", "--date", "10-10-2023"])
                == (nl ? "Gesprek van 2023-10-10 vastgelegd voor Ameland\n" : "Session of 2023-10-10 logged for Ameland\n"))
        #expect(said(["session", "add", "GM0060", "--summary", "Twee acties", "--follow-up", "a@2023-10-30", "--follow-up", "b@2023-11-30"])
                .contains(nl ? "met 2 acties" : "with 2 follow-ups"))
        #expect(said(["application", "new", "ameland", "--title", "Tweede poging", "--amount", "9.500", "--start", "2023-11-01",
                      "--end", "2023-12-15", "--action-line", "wijkteams"])
                == (nl ? "Aanvraag ‘Tweede poging’ aangemaakt voor Ameland (concept, € 9.500)\n"
                       : "Application ‘Tweede poging’ created for Ameland (draft, €9,500)\n"))
        #expect(said(["application", "advance", "ameland", "--to", "submitted"])
                == (nl ? "Aanvraag ‘Tweede poging’ van Ameland ingediend op 2023-10-16\n" : "Application ‘Tweede poging’ of Ameland submitted on 2023-10-16\n"))
        #expect(said(["application", "advance", "ameland", "--to", "approved", "--granted", "9000"])
                == (nl ? "Aanvraag ‘Tweede poging’ van Ameland toegekend op 2023-10-16: € 9.000\n"
                       : "Application ‘Tweede poging’ of Ameland approved on 2023-10-16: €9,000 granted\n"))
        #expect(said(["application", "advance", "ameland", "--to", "withdrawn", "--note", "Toch niet"])
                == (nl ? "Aanvraag ‘Tweede poging’ van Ameland ingetrokken op 2023-10-16\n" : "Application ‘Tweede poging’ of Ameland withdrawn on 2023-10-16\n"))
        // dossier show names what the commands recorded: labels, not ids.
        #expect(said(["application", "new", "ameland", "--title", "Derde", "--amount", "100", "--start", "2023-11-01", "--end", "2023-12-01",
                      "--action-line", "verward-gedrag", "--team", "opdrachtgeverschap", "--activities", "Training"]).contains("Derde"))
        let shown = impuls(["dossier", "show", "ameland"], env).out
        for words in [nl ? "provincie Fryslân, veiligheidsregio Fryslân" : "province Fryslân, safety region Fryslân",
                      "team: Opdrachtgeverschap & Opdrachtnemerschap", nl ? "activiteiten: Training" : "activities: Training",
                      (nl ? "actielijnen: " : "action lines: ") + "(Hoog) risicovol verward gedrag"] {
            #expect(shown.contains(words), "\(words)")
        }
        #expect(!shown.contains("verward-gedrag") && !shown.contains("opdrachtgeverschap\n"))
        // A second application while one is granted or running is refused with what is possible.
        let again = impuls(["application", "new", "ameland", "--title", "Vierde", "--amount", "100", "--start", "2023-11-01", "--end", "2023-12-01",
                            "--action-line", "toegang"], env)
        #expect(again.status == 1 && again.err.contains(nl ? "trek die eerst in" : "withdraw it first"), "\(again.err)")
        let exported = impuls(["export", "--output", "export.json"], env, in: home)
        #expect(exported.status == 0)
        #expect(exported.out == (nl ? "1 dossier en 2 aanvragen geëxporteerd naar export.json\n" : "exported 1 dossier and 2 applications to export.json\n"))
    }

    /// `dossier resolve` says which notice of which municipality it marked as dealt with. The
    /// notice comes from merging two folders' versions (approved in one, rejected in the other).
    @Test(arguments: ["nl", "en"])
    func resolvingANoticeSaysSo(language: String) throws {
        let (home, env) = try home(language)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let file = home + "/data/dossiers/GM0060.json"
        #expect(impuls(["application", "new", "GM0060", "--title", "Plan", "--amount", "5000", "--start", "2023-11-01", "--end", "2023-12-01",
                        "--action-line", "toegang"], env).status == 0)
        #expect(impuls(["application", "advance", "GM0060", "--to", "submitted"], env).status == 0)
        try FileManager.default.copyItem(atPath: file, toPath: home + "/base.json")
        #expect(impuls(["application", "advance", "GM0060", "--to", "rejected", "--note", "Past niet"], env).status == 0)
        try FileManager.default.moveItem(atPath: file, toPath: home + "/theirs.json")
        try FileManager.default.copyItem(atPath: home + "/base.json", toPath: file)
        #expect(impuls(["application", "advance", "GM0060", "--to", "approved", "--granted", "5000"], env).status == 0)
        #expect(impuls(["merge-driver", home + "/base.json", file, home + "/theirs.json", "dossiers/GM0060.json"], env).status == 0)
        let shown = impuls(["dossier", "show", "GM0060", "--format", "json"], env).out
        let dossier = try #require(try JSONSerialization.jsonObject(with: Data(shown.utf8)) as? [String: Any])
        let notice = try #require((dossier["notices"] as? [[String: Any]])?.first?["id"] as? String)
        let resolved = impuls(["dossier", "resolve", "GM0060", notice], env)
        #expect(resolved.status == 0, "\(resolved.errHead)")
        // Named by the start of its id that `dossier show` prints.
        let short = notice.prefix(6)
        #expect(resolved.out == (language == "nl" ? "Melding \(short) van Ameland afgehandeld\n" : "Notice \(short) of Ameland marked as dealt with\n"))
    }

    @Test(arguments: ["nl", "en"])
    func countsAreSingularForOne(language: String) throws {
        let (home, env) = try home(language)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let nl = language == "nl"
        #expect(impuls(["session", "add", "ameland", "--summary", "Intake", "--date", "2023-10-01", "--follow-up", "Bellen@2023-10-05"], env).status == 0)
        let check = impuls(["check"], env)
        #expect(check.out.hasPrefix(nl ? "in orde: 1 dossier, 1 adviesgesprek in " : "all well: 1 dossier, 1 advice session in "), "\(check.out)")
        #expect(impuls(["dossier", "show", "ameland"], env).out.contains(nl ? "Te laat: 1 actie\n" : "Overdue: 1 follow-up\n"))
        let doctor = impuls(["doctor", "--timeout", "1"], env).out
        #expect(doctor.contains(nl ? ", 1 dossier, " : ", 1 dossier, ") && !doctor.contains("1 dossiers"), "\(doctor)")
        #expect(doctor.contains(nl ? "bestanden: het dossierbestand is te lezen" : "files: the dossier file reads"), "\(doctor)")

        // One unreadable file: one problem; two: two problems.
        try "{".write(toFile: home + "/data/dossiers/GM0080.json", atomically: true, encoding: .utf8)
        let one = impuls(["check"], env)
        #expect(one.status == 2)
        #expect(one.err.hasSuffix(nl ? "impuls: 1 probleem\n" : "impuls: 1 problem\n"), "\(one.err)")
        try "[".write(toFile: home + "/data/dossiers/GM1900.json", atomically: true, encoding: .utf8)
        #expect(impuls(["check"], env).err.hasSuffix(nl ? "impuls: 2 problemen\n" : "impuls: 2 problems\n"))

        // A rule with a maximum of one month says "1 month".
        try #"{"language": "\#(language)", "rules": {"maximumMonths": 1}}"#.write(toFile: home + "/one.json", atomically: true, encoding: .utf8)
        let long = impuls(["application", "new", "GM0060", "--config", home + "/one.json", "--title", "Lang", "--amount", "100",
                           "--start", "2023-11-01", "--end", "2023-12-15", "--action-line", "toegang"], env)
        #expect(long.status == 1)
        #expect(long.err.contains(nl ? "meer dan 1 maand " : "more than 1 month "), "\(long.err)")
    }

    static let strace = ["/usr/bin/strace", "/bin/strace"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// A conflict on the command line: the dossier is edited by hand while `application new` waits
    /// to write (stopped by strace at the folder lock of its save). Exit 3, the dossier named with
    /// its place in the data folder, what to do in words, and the hand edit kept.
    @Test(.enabled(if: strace != nil, "needs strace"), arguments: ["nl", "en"])
    func aConflictSaysWhatToDoWithAPathInTheDataFolder(language: String) throws {
        let (home, env) = try home(language)
        defer { try? FileManager.default.removeItem(atPath: home) }
        #expect(impuls(["session", "add", "GM0060", "--summary", "Eerste"], env).status == 0)
        let file = home + "/data/dossiers/GM0060.json"
        // flock: 1 and 2 lock and unlock the folder when it is opened; 3 is the save's lock, after
        // which strace stops the program (and says so in its log) until it gets SIGCONT.
        let log = home + "/strace.log"
        let run = try BoundedChild([CommandLineWordsEndToEndTests.strace!, "-f", "-o", log, "-e", "trace=flock",
                                    "-e", "inject=flock:signal=SIGSTOP:when=3", Binary.path, "application", "new", "GM0060", "--title", "Plan",
                                    "--amount", "5000", "--start", "2023-11-01", "--end", "2023-12-01", "--action-line", "toegang"],
                                   environment: env, timeout: 30)
        let pid = try #require(stoppedByStrace(log: log), "application new did not stop at its save")
        let handEdited = try String(contentsOfFile: file, encoding: .utf8).replacingOccurrences(of: "\"Eerste\"", with: "\"Eerste, met de hand\"")
        try handEdited.write(toFile: file, atomically: true, encoding: .utf8)
        kill(pid, SIGCONT)
        let outcome = run.wait()
        #expect(outcome.status == 3, "\(outcome.errHead)")
        #expect(outcome.out.isEmpty)
        let expected = language == "nl"
            ? "impuls: Het dossier van Ameland (dossiers/GM0060.json) is intussen gewijzigd (door een ander proces, met de hand of door git); niets opgeslagen. Bekijk hoe het nu is (impuls dossier show GM0060) en geef de opdracht opnieuw als die nog nodig is.\n"
            : "impuls: The dossier of Ameland (dossiers/GM0060.json) changed in the meantime (another process, a hand edit or git); nothing saved. See how it is now (impuls dossier show GM0060) and give the command again if it is still needed.\n"
        #expect(outcome.err == expected)
        #expect(!outcome.err.contains(home))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == handEdited, "the hand edit is kept")
        #expect(!impuls(["dossier", "show", "GM0060"], env).out.contains("Plan"))
    }
}
