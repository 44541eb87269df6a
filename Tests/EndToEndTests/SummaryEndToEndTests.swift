import Foundation
import Testing

/// Issue #32: the folder's summary (`.impuls-cache/summary`) only spares reading unchanged files.
/// `status` and `report` print the same with it, without it and with it damaged; a read-only run
/// never writes it; and a sync never shares it.
@Suite struct SummaryEndToEndTests {
    @Test func deletingOrDamagingTheSummaryChangesNoOutput() throws {
        let w = Workbench()
        #expect(w.run("demo", "--scale", "region", "--output", w.data).status == 0)
        let summary = w.data + "/.impuls-cache/summary"
        let page = w.home + "/report.html"
        func outputs() -> [String] {
            [w.run("status", "--all").out, w.run("status", "--all", "--format", "json").out,
             w.run("report", "--all", "--output", page).status == 0 ? w.contents(page) ?? "" : "report failed"]
        }

        let first = outputs()
        #expect(FileManager.default.fileExists(atPath: summary), "status writes the summary")
        #expect(outputs() == first, "with a warm summary")
        try FileManager.default.removeItem(atPath: summary)
        #expect(outputs() == first, "after the summary was deleted")
        w.write("not a summary", to: summary)
        #expect(outputs() == first, "with a damaged summary")
        // A dossier changed: read again, and the output follows it.
        #expect(w.run("session", "add", "GM0014", "--summary", "one more").status == 0)
        let changed = outputs()
        try FileManager.default.removeItem(atPath: summary)
        #expect(outputs() == changed)
    }

    @Test func aReadOnlyRunNeverWritesTheSummary() throws {
        let w = Workbench()
        #expect(w.run("demo", "--scale", "region", "--output", w.data).status == 0)
        let before = w.snapshot()
        #expect(w.run("status", "--all", "--read-only").status == 0)
        #expect(w.run("report", "--all", "--read-only", "--output", w.home + "/report.html").status == 0)
        #expect(w.snapshot() == before, "a read-only run changed the folder")
    }

    @Test(.enabled(if: SyncTools.git != nil, "needs git"))
    func aSyncNeverSharesTheSummary() throws {
        let team = SyncTeam.started()
        // A clone whose .gitignore an older impuls wrote, without the summary's line.
        let ignore = team.folder("alice") + "/.gitignore"
        let old = try String(contentsOfFile: ignore, encoding: .utf8).replacingOccurrences(of: ".impuls-cache/\n", with: "")
        try old.write(toFile: ignore, atomically: true, encoding: .utf8)
        #expect(team.git("alice", "add", ".gitignore").status == 0)
        #expect(team.git("alice", "-c", "user.name=a", "-c", "user.email=a@example.invalid", "commit", "--quiet", "-m", "old ignore").status == 0)
        for person in ["alice", "bob"] {
            #expect(team.impuls(person, at: "10:00", "status").status == 0)
            #expect(FileManager.default.fileExists(atPath: team.folder(person) + "/.impuls-cache/summary"), "\(person)")
        }
        #expect(team.impuls("alice", at: "10:01", "session", "add", "GM0080", "--summary", "later").status == 0)
        #expect(team.impuls("alice", at: "10:02", "status").status == 0)
        for (person, time) in [("alice", "10:03"), ("bob", "10:04"), ("alice", "10:05")] {
            let synced = team.impuls(person, at: time, "sync")
            #expect(synced.status == 0, "\(synced.out)\(synced.errHead)")
        }
        for person in ["alice", "bob"] {
            let tracked = team.git(person, "log", "--all", "--name-only", "--format=").out
            #expect(!tracked.contains(".impuls-cache"), "\(person): \(tracked)")
            #expect(team.git(person, "check-ignore", "--quiet", ".impuls-cache/summary").status == 0, "\(person)")
        }
        #expect(try String(contentsOfFile: ignore, encoding: .utf8).contains(".impuls-cache/\n"), "the sync mends the ignore file")
        #expect(!team.run([SyncTools.git!, "-C", team.remote, "log", "--all", "--name-only", "--format="]).out.contains(".impuls-cache"))
        team.expectInSync(["alice", "bob"])
    }
}
