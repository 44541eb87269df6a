import Foundation
import Testing

/// Issue #25: `--read-only` holds for every command, not only the interface. A command that writes
/// refuses at once (exit status 2, saying why) and leaves every byte of the folder as it was — git's
/// history included; a command that only reads runs as before.
@Suite struct ReadOnlyEndToEndTests {
    static let refusal = "read-only (--read-only): this command writes data, so it was not run"

    /// Every command impuls lists in its help, as `impuls help` names it (`dossier show`): a new
    /// command fails here until the table below says whether it writes.
    static func listedCommands() -> Set<String> {
        func subcommands(_ path: [String]) -> [String] {
            let help = impuls(path + ["--help"], pinnedEnvironment(home: "/nonexistent")).out
            // Help is in the config's language (Dutch without a config), the headings too.
            guard let start = help.range(of: "SUBCOMMANDO'S:\n") ?? help.range(of: "SUBCOMMANDS:\n") else { return [] }
            let section = help[start.upperBound...].split(separator: "\n\n").first ?? ""
            return section.split(separator: "\n").compactMap { line in
                guard line.hasPrefix("  "), !line.hasPrefix("   ") else { return nil }
                return line.split(separator: " ").first.map(String.init)
            }
        }
        var leaves: Set<String> = []
        for name in subcommands([]) {
            let nested = subcommands([name])
            if nested.isEmpty { leaves.insert(name) } else { for sub in nested { leaves.insert(name + " " + sub) } }
        }
        return leaves
    }

    /// A folder worked in (an own session to undo, an open application, shared with git when git is
    /// here, one change not yet committed), an export from elsewhere to import, and the files a merge
    /// driver would be handed.
    final class Setup {
        let w = Workbench(config: #"{"adviser": "Anne de Vries", "language": "en"}"#)
        let hasGit = SyncTools.git != nil
        var export: String { w.home + "/other.json" }
        var ours: String { w.home + "/ours.json" }

        init(sourceLocation: SourceLocation = #_sourceLocation) {
            #expect(w.run("application", "new", "GM0014", "--title", "Toegang", "--amount", "5000", "--start", "2023-11-01",
                          "--end", "2024-01-31", "--action-line", "toegang").status == 0, sourceLocation: sourceLocation)
            #expect(w.run("session", "add", "GM0080", "--summary", "first").status == 0, sourceLocation: sourceLocation)
            for name in ["base", "ours"] { copy(w.file("GM0080"), to: name) }
            if hasGit { #expect(w.run("sync", "--init").status == 0, sourceLocation: sourceLocation) }
            #expect(w.run("session", "add", "GM0080", "--summary", "not committed yet").status == 0, sourceLocation: sourceLocation)
            copy(w.file("GM0080"), to: "theirs")
            var other = w.env
            other["IMPULS_DATA_DIR"] = w.home + "/other"
            #expect(impuls(["session", "add", "GM0034", "--summary", "from elsewhere"], other).status == 0, sourceLocation: sourceLocation)
            #expect(impuls(["export", "--output", export], other).status == 0, sourceLocation: sourceLocation)
        }

        private func copy(_ file: String, to name: String) {
            try? FileManager.default.copyItem(atPath: file, toPath: w.home + "/" + name + ".json")
        }

        /// Commits in the folder's git history (0 without git).
        func commits() -> Int {
            guard let git = SyncTools.git else { return 0 }
            return Int(runBounded([git, "-C", w.data, "rev-list", "--count", "HEAD"], environment: w.env).out.trimmed) ?? -1
        }
    }

    /// Each command that writes, as it would write here (each writes without `--read-only`, which
    /// `writingCommandsWriteWithoutTheFlag` checks), by the name its help lists it under.
    static func writing(_ s: Setup) -> [(command: String, arguments: [String])] {
        [
            ("session add", ["session", "add", "GM0080", "--summary", "second"]),
            ("application new", ["application", "new", "GM0080", "--title", "T", "--amount", "5000", "--start", "2023-11-01",
                                 "--end", "2024-01-31", "--action-line", "wijkteams"]),
            // The records of a dossier (#28): each after the one that makes what it works on.
            ("contact add", ["contact", "add", "GM0014", "--name", "Jan"]),
            ("contact edit", ["contact", "edit", "GM0014", "Jan", "--role", "wethouder"]),
            ("privacy erase", ["privacy", "erase", "wethouder", "--yes"]),
            ("contact remove", ["contact", "remove", "GM0014", "Jan"]),
            ("session add", ["session", "add", "GM0059", "--summary", "intake", "--date", "2023-10-02"]),
            ("session edit", ["session", "edit", "GM0059", "--latest", "--summary", "intake, corrected"]),
            ("follow-up add", ["follow-up", "add", "GM0059", "Bellen", "--due", "2023-10-30"]),
            ("follow-up done", ["follow-up", "done", "GM0059", "Bellen"]),
            ("follow-up undone", ["follow-up", "undone", "GM0059", "Bellen"]),
            ("follow-up edit", ["follow-up", "edit", "GM0059", "Bellen", "--text", "Mailen"]),
            ("follow-up remove", ["follow-up", "remove", "GM0059", "Mailen"]),
            ("session remove", ["session", "remove", "GM0059", "2023-10-02"]),
            ("application edit", ["application", "edit", "GM0014", "--title", "Toegang voor iedereen"]),
            ("application advance", ["application", "advance", "GM0014", "--to", "submitted"]),
            ("privacy purge", ["privacy", "purge", "--before", "2099-01-01", "--yes"]),
            ("dossier resolve", ["dossier", "resolve", "GM0080", "n1"]),
            ("notice resolve", ["notice", "resolve", "GM0080", "n1"]),
            ("undo", ["undo", "GM0080", "--yes"]),
            ("undo", ["undo", "GM0080", "--redo", "--yes"]),
            ("import", ["import", s.export]),
            ("sync", ["sync"]),
            ("sync", ["sync", "--init"]),
            ("sync", ["sync", "--clone", s.w.data, "--data-dir", s.w.home + "/clone"]),
            ("demo", ["demo", "--output", s.w.home + "/demo"]),
            ("merge-driver", ["merge-driver", s.w.home + "/base.json", s.ours, s.w.home + "/theirs.json", "dossiers/GM0080.json"]),
        ]
    }

    /// Each command that only reads the data folder, run with `--read-only` as it would run without.
    static func reading(_ s: Setup) -> [(command: String, arguments: [String])] {
        [
            ("regions", ["regions"]), ("municipalities", ["municipalities"]),
            ("dossier show", ["dossier", "show", "GM0080"]), ("status", ["status"]),
            ("report", ["report", "--output", s.w.home + "/report.html"]), ("check", ["check"]),
            ("export", ["export"]), ("import", ["import", s.export, "--dry-run"]), ("undo", ["undo", "GM0080"]),
            ("doctor", ["doctor"]), ("notice list", ["notice", "list"]),
            ("privacy find", ["privacy", "find", "committed"]), ("privacy export", ["privacy", "export", "committed", "--output", s.w.home + "/person.json"]),
            ("agenda", ["agenda"]), ("agenda", ["agenda", "--format", "ics", "--output", s.w.home + "/agenda.ics"]),
        ]
    }

    @Test func everyCommandIsKnownToWriteOrToOnlyRead() {
        let s = Setup()
        let classified = Set((Self.writing(s) + Self.reading(s)).map(\.command))
        let listed = Self.listedCommands()
        #expect(listed.count > 10, "impuls --help was read: \(listed)")
        #expect(listed.subtracting(classified).sorted() == [], "commands nobody said write or only read")
        #expect(classified.subtracting(listed).sorted() == [], "commands that are no longer there")
    }

    @Test func everyWritingCommandRefusesUnderReadOnlyAndChangesNoByte() {
        let s = Setup()
        for (index, (command, arguments)) in Self.writing(s).enumerated() {
            // The flag before the command (as for the interface) and after it: both count.
            let argv = index % 2 == 0 ? ["--read-only"] + arguments : arguments + ["--read-only"]
            let before = s.w.snapshot(), commits = s.commits()
            let ours = s.w.contents(s.ours)
            let result = s.w.run(argv)
            let shown = argv.joined(separator: " ")
            #expect(result.status == 2, "\(shown): status \(result.status): \(result.errHead)")
            #expect(result.err.contains(Self.refusal), "\(shown) says why: \(result.errHead)")
            #expect(result.out.isEmpty, "\(shown) says nothing done: \(result.out)")
            #expect(Workbench.differences(before, s.w.snapshot()) == [], "\(command): the folder is byte for byte as it was")
            #expect(s.commits() == commits, "\(command): no git commit")
            #expect(s.w.contents(s.ours) == ours, "\(command): the merge driver's OURS is as it was")
            for made in ["/clone", "/demo"] {
                #expect(!FileManager.default.fileExists(atPath: s.w.home + made), "\(command): \(made) was not made")
            }
        }
    }

    @Test func readingCommandsRunUnderReadOnlyAndChangeNoByte() {
        let s = Setup()
        for (command, arguments) in Self.reading(s) {
            let before = s.w.snapshot()
            let result = s.w.run(["--read-only"] + arguments)
            #expect(!result.err.contains(Self.refusal), "\(command) only reads: \(result.errHead)")
            if command != "doctor" { #expect(result.status == 0, "\(command): status \(result.status): \(result.errHead)") }
            #expect(Workbench.differences(before, s.w.snapshot()) == [], "\(command): the folder is byte for byte as it was")
        }
    }

    /// The refusals above are the flag's doing: the same commands write without it.
    @Test func writingCommandsWriteWithoutTheFlag() {
        let s = Setup()
        for (command, arguments) in Self.writing(s) where !["dossier resolve", "notice resolve", "sync"].contains(command) {
            let before = s.w.snapshot(), ours = s.w.contents(s.ours)
            let result = s.w.run(arguments)
            #expect(!result.err.contains(Self.refusal), "\(command): \(result.errHead)")
            let wrote = switch command {
            case "demo": FileManager.default.fileExists(atPath: s.w.home + "/demo")
            case "merge-driver": s.w.contents(s.ours) != ours
            default: Workbench.differences(before, s.w.snapshot()) != []
            }
            #expect(wrote, "\(command) wrote something: status \(result.status): \(result.errHead)")
        }
    }
}
