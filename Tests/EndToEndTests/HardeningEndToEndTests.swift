import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue #10, hardening: odd data, odd files and odd environments are reported with an exit status
/// (1 refused by a rule, 2 bad usage, config or data, 3 a conflict), never a crash or a hang, and
/// never damage anything. Every run has a deadline (see `runBounded`); a crash or a hang is an issue
/// in every test, whatever else it checks.
@Suite struct HardeningEndToEndTests {
    // MARK: 1. The end of the calendar

    @Test func datesAtTheEndOfTheCalendarAreRefusedOrAcceptedButNeverCrash() throws {
        let w = Workbench()
        let new = w.run("application", "new", "GM0080", "--title", "T", "--amount", "5000", "--start", "9999-12-20",
                        "--end", "9999-12-31", "--action-line", "wijkteams")
        #expect(new.status == 0 || new.status == 1, "application new with 9999 dates: status \(new.status): \(new.errHead)")
        if new.status == 1 { #expect(!new.err.trimmed.isEmpty, "a refusal gives its reason") }

        // A hand-written file with such dates: a project and a session at the calendar's end.
        w.write(Workbench.dossier("GM0014",
                                  sessions: [#"{"id": "s1", "date": "9999-12-31", "kind": "advice", "summary": "far away", "followUps": [{"id": "f1", "text": "later", "due": "9999-12-31", "done": false}]}"#],
                                  applications: [Workbench.application(start: "9999-12-20", end: "9999-12-31")]),
                to: w.file("GM0014"))
        let check = w.run("check")
        #expect(check.status == 0, "check of a file with 9999 dates: \(check.errHead)")
        for command in [["status", "--all"], ["dossier", "show", "GM0014"], ["export"], ["export", "--format", "csv"]] {
            let result = w.run(command)
            #expect(result.status == 0, "\(command.joined(separator: " ")): \(result.errHead)")
        }
        let submit = w.run("application", "advance", "GM0014", "--to", "submitted")
        #expect(submit.status == 0 || submit.status == 1, "submitting the 9999 project: status \(submit.status): \(submit.errHead)")
    }

    // MARK: 2. Counters

    @Test func aHistoryCounterAtIntMaxIsBadDataAndTheRestOfTheFolderWorks() throws {
        let w = Workbench()
        #expect(w.run("session", "add", "GM0014", "--summary", "first").status == 0)
        let bad = Workbench.dossier("GM0080",
                                    sessions: [#"{"id": "s1", "date": "2023-10-02", "kind": "advice", "summary": "counted"}"#],
                                    history: [#"{"change": 9223372036854775807, "on": "2023-10-02", "by": "Anne", "subject": "session:s1", "action": "created", "new": "2023-10-02 advice: counted"}"#])
        w.write(bad, to: w.file("GM0080"))

        let check = w.run("check")
        #expect(check.status == 2)
        #expect(check.err.contains("GM0080.json"), "check names the file: \(check.errHead)")
        #expect(check.err.contains("history[0].change"), "check names the key: \(check.errHead)")

        let other = w.run("session", "add", "GM0014", "--summary", "second")
        #expect(other.status == 0, "another municipality still works: \(other.errHead)")
        #expect(w.contents(w.file("GM0014"))?.contains("second") == true)

        let same = w.run("session", "add", "GM0080", "--summary", "next")
        #expect(same.status == 2, "a write to the bad dossier is refused: status \(same.status): \(same.errHead)")
        #expect(w.contents(w.file("GM0080")) == bad, "the bad file is left as it was")

        let status = w.run("status")
        #expect(status.status == 0, "status: \(status.errHead)")
        #expect(status.err.contains("GM0080.json"), "status warns about the file: \(status.errHead)")
        #expect(w.run("dossier", "show", "GM0080").status == 2)
    }

    // MARK: 3. Migrating a version-0 file

    @Test func aVersionZeroAmountThatOverflowsInMigrationIsBadDataAndTheRestWorks() throws {
        let w = Workbench()
        #expect(w.run("session", "add", "GM0080", "--summary", "first").status == 0)
        let old = """
        {
          "code": "GM1900",
          "adviser": "Anne de Vries",
          "team": "zorg-veiligheid",
          "sessions": [],
          "applications": [
            {
              "id": "a-old-1",
              "title": "Training privacy",
              "actionLines": ["privacy"],
              "team": "zorg-veiligheid",
              "requestedEuros": 100000000000000000,
              "plannedStart": "2022-11-01",
              "plannedEnd": "2023-02-28",
              "status": "draft",
              "steps": { "draft": "2022-10-05" }
            }
          ],
          "history": []
        }

        """
        w.write(old, to: w.file("GM1900"))

        let check = w.run("check")
        #expect(check.status == 2)
        #expect(check.err.contains("GM1900.json"), "check names the file: \(check.errHead)")
        #expect(check.err.contains("applications[0].requestedEuros"), "check names the key as the file has it: \(check.errHead)")

        let status = w.run("status")
        #expect(status.status == 0, "status: \(status.errHead)")
        #expect(status.err.contains("GM1900.json"), "status warns about the file: \(status.errHead)")

        let export = w.run("export")
        #expect(export.status == 0, "export: \(export.errHead)")
        #expect(export.out.contains("\"GM0080\""), "the readable dossiers are exported")
        #expect(export.err.contains("GM1900.json"), "export warns about the file: \(export.errHead)")

        // An export from another folder, with another municipality, imports.
        var otherEnv = w.env
        otherEnv["IMPULS_DATA_DIR"] = w.home + "/other"
        #expect(impuls(["session", "add", "GM0014", "--summary", "from elsewhere"], otherEnv).status == 0)
        #expect(impuls(["export", "--output", w.home + "/other.json"], otherEnv).status == 0)
        let imported = w.run("import", w.home + "/other.json")
        #expect(imported.status == 0, "import of another municipality: \(imported.errHead)")
        #expect(w.contents(w.file("GM0014"))?.contains("from elsewhere") == true)

        #expect(w.run("session", "add", "GM0080", "--summary", "second").status == 0)
        #expect(w.run("dossier", "show", "GM0080").status == 0)
        #expect(w.run("dossier", "show", "GM1900").status == 2)
        #expect(w.run("session", "add", "GM1900", "--summary", "x").status == 2)
        #expect(w.contents(w.file("GM1900")) == old, "the bad file is left as it was")
    }

    // MARK: 4. The demo under other rules

    @Test func theDemoFollowsAShorterMaximumPeriodAndPassesCheck() throws {
        let w = Workbench()
        let config = w.home + "/short.json"
        w.write(#"{"language": "en", "rules": {"maximumMonths": 1}}"#, to: config)
        let demo = w.run("demo", "--config", config, "--output", w.data)
        #expect(demo.status == 0, "demo with maximumMonths 1: \(demo.errHead)")
        let check = w.run("check", "--config", config)
        #expect(check.status == 0, "check of that demo under the same rules: \(check.errHead)")
    }

    // MARK: 5. A FIFO among the dossiers

    @Test func aFIFOInTheDossiersFolderIsReportedNotWaitedOn() throws {
        let w = Workbench()
        #expect(w.run("session", "add", "GM0080", "--summary", "first").status == 0)
        #expect(mkfifo(w.file("GM0014"), 0o600) == 0)

        let check = w.run("check", timeout: 10)
        #expect(check.status == 2)
        #expect(check.err.contains("GM0014.json"), "check names the FIFO: \(check.errHead)")
        #expect(check.err.contains("not a regular file"), "check says what is wrong with it: \(check.errHead)")

        let status = w.run("status", timeout: 10)
        #expect(status.status == 0, "status: \(status.errHead)")
        let show = w.run("dossier", "show", "GM0080", timeout: 10)
        #expect(show.status == 0 && show.out.contains("first"), "dossier show GM0080: \(show.errHead)")
        let add = w.run("session", "add", "GM0080", "--summary", "second", timeout: 10)
        #expect(add.status == 0, "session add GM0080: \(add.errHead)")
        #expect(w.run("dossier", "show", "GM0014", timeout: 10).status == 2)
        #expect(w.fileType(w.file("GM0014")) == S_IFIFO, "the FIFO is left as it is")
    }

    // MARK: 6. The size limit

    @Test func aSaveOverTheSizeLimitIsRefusedBeforeWriting() throws {
        let w = Workbench()
        #expect(w.run("session", "add", "GM0080", "--summary", "first").status == 0)
        // The file as impuls writes it, with notes that bring it just under 16 MiB.
        let file = w.file("GM0080")
        let written = try #require(w.contents(file))
        let teamLine = "  \"team\": \"zorg-veiligheid\",\n"
        #expect(written.contains(teamLine))
        let emptyNotes = "  \"notes\": \"\",\n"
        let room = Workbench.sizeLimit - 64 - written.utf8.count - emptyNotes.utf8.count
        let big = written.replacingOccurrences(of: teamLine, with: teamLine + "  \"notes\": \"" + String(repeating: "x", count: room) + "\",\n")
        w.write(big, to: file)
        let before = try Data(contentsOf: URL(fileURLWithPath: file))
        #expect(before.count == Workbench.sizeLimit - 64)

        // A 16 MiB dossier takes a debug build seconds of CPU to read, encode and check: room for a busy machine.
        let add = w.run("session", "add", "GM0080", "--summary", "one session too many", timeout: 120)
        #expect(add.status == 2, "a save over the limit is refused: status \(add.status)")
        #expect(Workbench.mentionsSizeLimit(add.err), "the message names the limit: \(add.errHead)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before, "the file is unchanged")
        #expect(w.temporaryFiles().isEmpty, "no temporary file is left")
        let check = w.run("check", timeout: 120)
        #expect(check.status == 0, "the file, just under the limit, is still readable: \(check.errHead)")
    }

    // MARK: 7. Standard output that cannot be written

    @Test func outputThatCannotBeWrittenIsAFailureNotSuccess() throws {
        let w = Workbench()
        #expect(w.run("session", "add", "GM0080", "--summary", "first").status == 0)
        for command in [["status"], ["export"], ["export", "--format", "csv"]] {
            let result = w.run(command, stdout: "/dev/full")
            #expect(result.status != 0, "\(command.joined(separator: " ")) > /dev/full reports the failure: status \(result.status)")
            #expect(!result.err.trimmed.isEmpty, "\(command.joined(separator: " ")) > /dev/full says why on stderr")
        }
    }

    // MARK: 8. What export --output replaces

    @Test func exportReplacesOnlyARegularFile() throws {
        let w = Workbench()
        #expect(w.run("session", "add", "GM0080", "--summary", "first").status == 0)

        let fifo = w.home + "/out.fifo"
        #expect(mkfifo(fifo, 0o600) == 0)
        let toFIFO = w.run("export", "--output", fifo, timeout: 10)
        #expect(toFIFO.status == 2, "export to a FIFO: status \(toFIFO.status)")
        #expect(toFIFO.err.contains("out.fifo"), "the message names it: \(toFIFO.errHead)")
        #expect(w.fileType(fifo) == S_IFIFO, "the FIFO is still there")

        let target = w.home + "/target.json"
        w.write("precious\n", to: target)
        let link = w.home + "/link.json"
        #expect(symlink(target, link) == 0)
        let toLink = w.run("export", "--output", link)
        #expect(toLink.status == 2, "export to a symlink: status \(toLink.status)")
        #expect(toLink.err.contains("link.json"), "the message names it: \(toLink.errHead)")
        #expect(w.fileType(link) == S_IFLNK, "the symlink is still a symlink")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link)) == target)
        #expect(w.contents(target) == "precious\n", "its target is unchanged")

        let folder = w.home + "/outdir"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        w.write("keep\n", to: folder + "/keep.txt")
        let toFolder = w.run("export", "--output", folder)
        #expect(toFolder.status == 2, "export to a folder: status \(toFolder.status)")
        #expect(toFolder.err.contains("outdir"), "the message names it: \(toFolder.errHead)")
        #expect(w.fileType(folder) == S_IFDIR)
        #expect((try? FileManager.default.contentsOfDirectory(atPath: folder)) == ["keep.txt"])
        #expect(w.contents(folder + "/keep.txt") == "keep\n")

        let regular = w.home + "/existing.json"
        w.write("old\n", to: regular)
        let toRegular = w.run("export", "--output", regular)
        #expect(toRegular.status == 0, "a regular file is replaced: \(toRegular.errHead)")
        #expect(w.contents(regular)?.contains("impuls-export") == true)
        #expect(w.fileType(regular) == S_IFREG)
    }

    // MARK: 9. The lock file

    @Test func aSymlinkPlantedAsTheLockFileIsRefusedAndItsTargetUntouched() throws {
        let w = Workbench()
        #expect(w.run("session", "add", "GM0014", "--summary", "first").status == 0)
        let lock = w.data + "/.impuls.lock"
        unlink(lock)
        let elsewhere = w.home + "/elsewhere"
        try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: false)

        let victim = elsewhere + "/victim.txt"
        w.write("precious\n", to: victim)
        #expect(symlink(victim, lock) == 0)
        let toFile = w.run("session", "add", "GM0080", "--summary", "through the link")
        #expect(toFile.status == 2, "a write with a symlinked lock file is refused: status \(toFile.status)")
        #expect(toFile.err.contains(".impuls.lock"), "the message names the lock file: \(toFile.errHead)")
        #expect(w.contents(victim) == "precious\n", "the link's target is untouched")
        #expect(!FileManager.default.fileExists(atPath: w.file("GM0080")), "nothing was saved")

        unlink(lock)
        let missing = elsewhere + "/created.txt"
        #expect(symlink(missing, lock) == 0)
        let toNothing = w.run("session", "add", "GM0080", "--summary", "through the link")
        #expect(toNothing.status == 2, "a write with a dangling symlinked lock file is refused: status \(toNothing.status)")
        #expect(toNothing.err.contains(".impuls.lock"), "the message names the lock file: \(toNothing.errHead)")
        #expect(!FileManager.default.fileExists(atPath: missing), "the link's target is not created")
    }

    // MARK: 10. The environment

    @Test func withoutHomeOrWithRelativeXDGPathsNothingLandsInTheCurrentFolder() throws {
        let w = Workbench()
        let cwd = w.home + "/cwd"
        try FileManager.default.createDirectory(atPath: cwd, withIntermediateDirectories: false)

        // No HOME, no XDG_*, no IMPULS_DATA_DIR, no --data-dir.
        let bare = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TZ": "Europe/Amsterdam", "IMPULS_TODAY": "2023-10-16"]
        let homeless = impuls(["session", "add", "GM0080", "--summary", "x"], bare, in: cwd)
        #expect(homeless.status == 2, "without HOME: status \(homeless.status)")
        #expect(homeless.err.contains("HOME"), "the message is about HOME: \(homeless.errHead)")
        #expect((try? FileManager.default.contentsOfDirectory(atPath: cwd)) == [], "nothing is created in the current folder (no ./~)")

        // A relative XDG_DATA_HOME is ignored (XDG Base Directory spec): the default under HOME is used.
        var relative = w.env
        relative["IMPULS_DATA_DIR"] = nil
        relative["XDG_DATA_HOME"] = "relative/path"
        let add = impuls(["session", "add", "GM0080", "--summary", "x"], relative, in: cwd)
        #expect(add.status == 0, "with a relative XDG_DATA_HOME: \(add.errHead)")
        #expect((try? FileManager.default.contentsOfDirectory(atPath: cwd)) == [], "nothing is created under the current folder")
        #expect(FileManager.default.fileExists(atPath: w.home + "/.local/share/impuls/dossiers/GM0080.json"),
                "the data went to ~/.local/share/impuls")

        // A data folder that does not exist is not "all well: 0 dossiers".
        let missing = w.home + "/x/nonexistent"
        let check = w.run("check", "--data-dir", missing)
        #expect(check.status == 2, "check of a missing folder: status \(check.status): \(check.out)")
        #expect(check.err.contains("does not exist"), "it says so: \(check.errHead)")
        #expect(check.err.contains(missing), "it names the folder: \(check.errHead)")
        #expect(!FileManager.default.fileExists(atPath: missing), "check creates nothing")
    }

    // MARK: 11. Import validates like a save

    @Test func anImportThatBreaksARuleOrALimitWritesNothing() throws {
        let w = Workbench()
        #expect(w.run("session", "add", "GM0014", "--summary", "first").status == 0)
        #expect(w.run("session", "add", "GM0080", "--summary", "first").status == 0)
        #expect(w.run("application", "new", "GM0080", "--title", "Training", "--amount", "5000", "--start", "2023-11-01",
                      "--end", "2024-01-31", "--action-line", "wijkteams").status == 0)
        let exported = w.home + "/export.json"
        #expect(w.run("export", "--output", exported).status == 0)
        let base = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: exported))) as? [String: Any])

        /// The export with `edit` applied to its dossiers and, with `addSession`, GM0014 given a valid
        /// new session (placed before the bad dossier, so an import that writes dossier by dossier
        /// shows). `@@NOTES@@` in a string becomes 17 MB of text.
        func variant(_ name: String, addSession: Bool = true, _ edit: (inout [[String: Any]]) -> Void) throws -> String {
            var root = base
            var dossiers = try #require(root["dossiers"] as? [[String: Any]])
            if addSession {
                let i = try #require(dossiers.firstIndex { $0["code"] as? String == "GM0014" })
                var sessions = dossiers[i]["sessions"] as? [[String: Any]] ?? []
                sessions.append(["id": "0badc0de", "date": "2023-10-10", "kind": "advice", "summary": "from the import"])
                dossiers[i]["sessions"] = sessions
            }
            edit(&dossiers)
            root["dossiers"] = dossiers
            var text = String(decoding: try JSONSerialization.data(withJSONObject: root), as: UTF8.self)
            text = text.replacingOccurrences(of: "@@NOTES@@", with: String(repeating: "x", count: 17_000_000))
            let path = w.home + "/" + name + ".json"
            w.write(text, to: path)
            return path
        }
        func editApplication(_ dossiers: inout [[String: Any]], _ edit: (inout [String: Any]) -> Void) {
            guard let i = dossiers.firstIndex(where: { $0["code"] as? String == "GM0080" }),
                  var applications = dossiers[i]["applications"] as? [[String: Any]], !applications.isEmpty else {
                Issue.record("the export has no application of GM0080")
                return
            }
            edit(&applications[0])
            dossiers[i]["applications"] = applications
        }

        // The harness itself: the export as re-serialized here imports and changes nothing.
        let start = w.snapshot()
        let same = w.run("import", try variant("same", addSession: false) { _ in })
        #expect(same.status == 0, "the re-serialized export is a valid export: \(same.errHead)")
        #expect(w.snapshot() == start, "importing what is there changes nothing")
        let pristine = w.home + "/pristine"
        try FileManager.default.copyItem(atPath: w.data, toPath: pristine)

        let firstSessionID = (((base["dossiers"] as? [[String: Any]])?.first { $0["code"] as? String == "GM0080" }?["sessions"]
            as? [[String: Any]])?.first?["id"] as? String) ?? "?"
        let cases: [(name: String, names: [String], edit: (inout [[String: Any]]) -> Void)] = [
            ("above-maximum", ["above the maximum"], { editApplication(&$0) { $0["requestedCents"] = 1_000_001 } }),
            ("granted-above-requested", ["above the requested"], {
                editApplication(&$0) {
                    $0["status"] = "approved"
                    $0["grantedCents"] = 500_001
                    $0["steps"] = ["draft": "2023-10-16", "submitted": "2023-10-16", "approved": "2023-10-16"]
                }
            }),
            ("end-before-start", ["not after the start"], { editApplication(&$0) { $0["plannedEnd"] = "2023-10-01" } }),
            ("six-months", ["too long"], { editApplication(&$0) { $0["plannedEnd"] = "2024-05-01" } }),
            ("same-id-twice", [firstSessionID], {
                guard let i = $0.firstIndex(where: { $0["code"] as? String == "GM0080" }),
                      var sessions = $0[i]["sessions"] as? [[String: Any]], let first = sessions.first else { return }
                var twin = first
                twin["summary"] = "a twin"
                sessions.append(twin)
                $0[i]["sessions"] = sessions
            }),
            ("former-municipality", ["former"], {
                $0.append(["format": 1, "code": "GM0457", "contacts": [Any](), "applications": [Any](), "history": [Any](),
                           "sessions": [["id": "5eed0457", "date": "2023-10-10", "kind": "advice", "summary": "Weesp"]]])
            }),
            ("seventeen-megabytes", [], {
                guard let i = $0.firstIndex(where: { $0["code"] as? String == "GM0080" }) else { return }
                $0[i]["notes"] = "@@NOTES@@"
            }),
        ]
        for c in cases {
            let result = w.run("import", try variant(c.name, c.edit))
            #expect(result.status == 1 || result.status == 2, "\(c.name): refused, status \(result.status): \(result.out)")
            for text in c.names { #expect(result.err.contains(text), "\(c.name): names the problem ('\(text)'): \(result.errHead)") }
            switch c.name {
            case "seventeen-megabytes": #expect(Workbench.mentionsSizeLimit(result.err), "\(c.name): names the limit: \(result.errHead)")
            case "former-municipality": #expect(result.err.contains("GM0457") || result.err.contains("Weesp"), "\(c.name): names it: \(result.errHead)")
            default: #expect(result.err.contains("GM0080") || result.err.contains("Leeuwarden"), "\(c.name): names the dossier: \(result.errHead)")
            }
            let after = w.snapshot()
            #expect(after == start, "\(c.name): nothing written; changed: \(Workbench.differences(start, after))")
            if after != start {
                // Put the folder back for the next case.
                try FileManager.default.removeItem(atPath: w.data)
                try FileManager.default.copyItem(atPath: pristine, toPath: w.data)
            }
        }

        // And the valid part alone imports: the refusals above were for what each case broke.
        let valid = w.run("import", try variant("valid") { _ in })
        #expect(valid.status == 0, "the valid change alone: \(valid.errHead)")
        #expect(w.contents(w.file("GM0014"))?.contains("from the import") == true)
    }

    // MARK: 13. Concurrent writers

    @Test func sessionsAddedInParallelAreAllSaved() throws {
        let w = Workbench()
        #expect(w.run("session", "add", "GM0080", "--summary", "before").status == 0)
        // A starting gate: each writer is a shell that waits for the end of a FIFO on its standard
        // input, then becomes impuls. The FIFO is open in every child once it is spawned, so
        // closing the one writing end releases all eight at once.
        let gate = w.home + "/gate"
        #expect(mkfifo(gate, 0o600) == 0)
        let held = open(gate, O_RDWR | O_CLOEXEC)
        try #require(held >= 0, "the gate FIFO opens")
        var children: [BoundedChild] = []
        for i in 1...8 {
            children.append(try BoundedChild(["/bin/sh", "-c", "read gate; exec \"$0\" \"$@\"", Binary.path, "session", "add", "GM0080",
                                              "--summary", "parallel \(i)"], environment: w.env, stdinFile: gate))
        }
        close(held)
        for (i, child) in children.enumerated() {
            let outcome = child.wait()
            reportHangOrCrash(outcome, argv: child.argv, timeout: child.timeout)
            #expect(outcome.status == 0, "writer \(i + 1) of 8: status \(outcome.status): \(outcome.errHead)")
        }
        let text = w.contents(w.file("GM0080")) ?? ""
        for i in 1...8 { #expect(text.contains("\"parallel \(i)\""), "session \(i) of 8 is in the file") }
        #expect(w.run("check").status == 0)
    }

    // MARK: 14. Cosmetic

    @Test func checkGivesPositionsEscapesNamesAndDatesAreStrict() throws {
        let w = Workbench()
        // A rule problem in a well-formed file still gets file:line:column.
        let text = Workbench.dossier("GM0080", applications: [Workbench.application(requestedCents: "1000001")])
        w.write(text, to: w.file("GM0080"))
        let line = try #require(text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("\"requestedCents\"") }) + 1
        let check = w.run("check")
        #expect(check.status == 2)
        #expect(check.err.contains("above the maximum"))
        #expect(check.err.contains("GM0080.json:\(line):"), "the rule problem has file:line:column (line \(line)): \(check.errHead)")
        try FileManager.default.removeItem(atPath: w.file("GM0080"))

        // A file name with a control character is shown escaped.
        let odd = w.data + "/dossiers/GM\u{1b}[31m.json"
        w.write("{}\n", to: odd)
        let escaped = w.run("check")
        #expect(escaped.status == 2)
        #expect(escaped.err.contains("[31m.json"), "the file is named: \(escaped.errHead)")
        #expect(!escaped.err.utf8.contains(0x1B), "no raw ESC reaches the terminal: \(escaped.err.debugDescription)")
        let status = w.run("status")
        #expect(status.status == 0)
        #expect(!status.err.utf8.contains(0x1B), "no raw ESC in status's warning: \(status.err.debugDescription)")
        try FileManager.default.removeItem(atPath: odd)

        // Dates are YYYY-MM-DD (or DD-MM-YYYY), digits as written, nothing around them.
        for date in ["2023-1-5", " 2023-01-05", "2023-01-05 "] {
            let result = w.run("session", "add", "GM0014", "--summary", "x", "--date", date)
            #expect(result.status == 2, "--date '\(date)' is refused: status \(result.status)")
        }
        #expect(!FileManager.default.fileExists(atPath: w.file("GM0014")), "nothing was saved")
        #expect(w.run("session", "add", "GM0014", "--summary", "x", "--date", "2023-01-05").status == 0)
        #expect(w.run("session", "add", "GM0014", "--summary", "y", "--date", "05-01-2023").status == 0)
    }

    @Test(.enabled(if: getuid() != 0, "root ignores permissions"))
    func aDataFolderWithoutPermissionSaysPermissionDenied() throws {
        let w = Workbench()
        #expect(w.run("session", "add", "GM0080", "--summary", "first").status == 0)
        #expect(chmod(w.data, 0) == 0)
        defer { chmod(w.data, 0o700) }
        for command in [["check"], ["session", "add", "GM0080", "--summary", "second"], ["dossier", "show", "GM0080"]] {
            let result = w.run(command)
            #expect(result.status == 2, "\(command.joined(separator: " ")): status \(result.status): \(result.out)")
            #expect(result.err.lowercased().contains("permission denied"), "\(command.joined(separator: " ")): \(result.errHead)")
        }
    }
}

/// A data folder in a temporary home, with an English config (so messages can be matched), and
/// impuls run on it with a deadline. Removed when released.
final class Workbench {
    let home: String
    let data: String
    var env: [String: String]

    static let sizeLimit = 16 << 20

    init(config: String = #"{"language": "en"}"#) {
        home = temporaryFolder()
        data = home + "/data"
        try? FileManager.default.createDirectory(atPath: home + "/.config/impuls", withIntermediateDirectories: true)
        try? config.write(toFile: home + "/.config/impuls/config.json", atomically: false, encoding: .utf8)
        // A crash shows as its fatal error and a short trace, not a long backtrace.
        env = pinnedEnvironment(home: home, extra: ["IMPULS_DATA_DIR": data, "SWIFT_BACKTRACE": "enable=no"])
    }

    deinit {
        chmod(data, 0o700)
        try? FileManager.default.removeItem(atPath: home)
    }

    func file(_ code: String) -> String { data + "/dossiers/" + code + ".json" }

    @discardableResult
    func run(_ arguments: String..., stdout: String? = nil, timeout: Double = 20, sourceLocation: SourceLocation = #_sourceLocation) -> Outcome {
        impuls(arguments, env, stdout: stdout, timeout: timeout, sourceLocation: sourceLocation)
    }

    @discardableResult
    func run(_ arguments: [String], stdout: String? = nil, timeout: Double = 20, sourceLocation: SourceLocation = #_sourceLocation) -> Outcome {
        impuls(arguments, env, stdout: stdout, timeout: timeout, sourceLocation: sourceLocation)
    }

    /// A regular file's text (nil when missing or not a regular file: a FIFO is never opened).
    func contents(_ path: String) -> String? {
        guard fileType(path) == S_IFREG else { return nil }
        return try? String(contentsOfFile: path, encoding: .utf8)
    }

    func write(_ text: String, to path: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let folder = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        if !FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) {
            Issue.record("could not write \(path)", sourceLocation: sourceLocation)
        }
    }

    /// The file type (S_IFREG, S_IFDIR, S_IFLNK, S_IFIFO…) without following a symlink; 0 when missing.
    func fileType(_ path: String) -> mode_t {
        var info = stat()
        guard lstat(path, &info) == 0 else { return 0 }
        return info.st_mode & S_IFMT
    }

    /// Temporary files a save left in the dossiers folder.
    func temporaryFiles() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: data + "/dossiers")) ?? []).filter { $0.hasPrefix(".impuls-tmp") }
    }

    /// Everything in the data folder: each path with its content (regular files), target (links)
    /// or type. Never opens anything but regular files.
    func snapshot() -> [String: Entry] {
        var result: [String: Entry] = [:]
        func walk(_ relative: String) {
            let path = relative.isEmpty ? data : data + "/" + relative
            switch fileType(path) {
            case S_IFDIR:
                if !relative.isEmpty { result[relative] = .folder }
                for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
                    walk(relative.isEmpty ? name : relative + "/" + name)
                }
            case S_IFREG:
                result[relative] = .file((try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data())
            case S_IFLNK: result[relative] = .link((try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?")
            case let type: result[relative] = .other(type)
            }
        }
        walk("")
        return result
    }

    enum Entry: Equatable {
        case folder
        case file(Data)
        case link(String)
        case other(mode_t)
    }

    /// The paths whose snapshot entries differ.
    static func differences(_ a: [String: Entry], _ b: [String: Entry]) -> [String] {
        Set(a.keys).union(b.keys).filter { a[$0] != b[$0] }.sorted()
    }

    static func mentionsSizeLimit(_ message: String) -> Bool {
        ["16 MiB", "16384 KiB", "16777216", "16,777,216"].contains { message.contains($0) }
    }

    /// A dossier file in the current format, as someone might write it by hand.
    static func dossier(_ code: String, sessions: [String] = [], applications: [String] = [], history: [String] = []) -> String {
        func list(_ items: [String]) -> String { items.isEmpty ? "[]" : "[\n    " + items.joined(separator: ",\n    ") + "\n  ]" }
        return """
        {
          "format": 1,
          "code": "\(code)",
          "team": "zorg-veiligheid",
          "contacts": [],
          "sessions": \(list(sessions)),
          "applications": \(list(applications)),
          "history": \(list(history))
        }

        """
    }

    /// A draft application on one line, for `dossier(…applications:)`.
    static func application(requestedCents: String = "500000", start: String = "2023-11-01", end: String = "2024-01-31") -> String {
        #"{"id": "a1", "title": "Training", "actionLines": ["wijkteams"], "team": "zorg-veiligheid", "requestedCents": \#(requestedCents), "plannedStart": "\#(start)", "plannedEnd": "\#(end)", "status": "draft", "steps": {"draft": "2023-10-02"}}"#
    }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
