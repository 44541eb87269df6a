import Foundation
import Testing

/// Two advisers each start an application for Leeuwarden offline (issue 26): after syncing, the
/// dossier holds both with a blocking notice that sync, `check`, `status` and `dossier show` name;
/// a step must say which application it is about; withdrawing the one chosen by its title resolves
/// the notice; the folder exports and imports meanwhile.
@Suite(.enabled(if: SyncTools.git != nil, "needs git"))
struct TwoOpenApplicationsEndToEndTests {
    static func new(_ team: SyncTeam, _ person: String, at time: String, _ title: String) -> Outcome {
        team.impuls(person, at: time, "application", "new", "GM0080", "--title", title, "--amount", "5000",
                    "--start", "2023-11-01", "--end", "2023-12-31", "--action-line", "wijkteams")
    }

    @Test func twoApplicationsStartedOfflineBlockUntilTheOneChosenByTitleIsWithdrawn() throws {
        let team = SyncTeam.started()
        #expect(Self.new(team, "alice", at: "10:00", "Buurtteams versterken").status == 0)
        #expect(Self.new(team, "bob", at: "11:00", "Wijkgericht werken").status == 0)
        let first = team.impuls("alice", at: "12:00", "sync")
        #expect(first.status == 0, "\(first.out)\(first.errHead)")
        let bob = team.impuls("bob", at: "12:01", "sync")
        #expect(bob.status == 0, "\(bob.out)\(bob.errHead)")
        #expect(bob.out.contains("BLOCKING — two applications are open"), "sync does not name the clash:\n\(bob.out)")
        let alice = team.impuls("alice", at: "12:02", "sync")
        #expect(alice.out.contains("BLOCKING — two applications are open"), "\(alice.out)")
        team.expectInSync(["alice", "bob"], checkClean: false)

        for person in ["alice", "bob"] {
            let open = team.notices(person).filter { $0["kind"] as? String == "two-open" && $0["resolved"] as? Bool != true }
            #expect(open.count == 1 && open.first?["blocking"] as? Bool == true, "\(person): \(team.notices(person))")
            // check names the notice, and no rule problem beside it.
            let check = team.impuls(person, at: "12:03", "check")
            #expect(check.status == 2, "\(person): \(check.out)")
            let problems = check.err.split(separator: "\n").filter { !$0.hasSuffix(" problem") && !$0.hasSuffix(" problems") }
            #expect(problems.count == 1 && problems[0].contains("BLOCKING — two applications are open"), "\(person): \(check.err)")
        }
        let status = team.impuls("alice", at: "12:04", "status", "--all", "--format", "json")
        let total = (try JSONSerialization.jsonObject(with: Data(status.out.utf8)) as? [String: Any])?["total"] as? [String: Any]
        #expect(((total?["behind"] as? [String: Any])?["openNotices"] as? [String]) == ["GM0080"], "\(status.out.prefix(400))")
        #expect(team.impuls("alice", at: "12:04", "dossier", "show", "GM0080").out.contains("BLOCKING — two applications are open"))

        // A step that two applications could take, without saying which: refused, with both listed.
        let unnamed = team.impuls("alice", at: "12:05", "application", "advance", "GM0080", "--to", "submitted")
        #expect(unnamed.status == 1, "\(unnamed.out)\(unnamed.err)")
        #expect(unnamed.err.contains("--application") && unnamed.err.contains("Buurtteams versterken") && unnamed.err.contains("Wijkgericht werken"),
                "\(unnamed.err)")
        let missed = team.impuls("alice", at: "12:05", "application", "advance", "GM0080", "--application", "plan", "--to", "withdrawn", "--note", "x")
        #expect(missed.status == 1 && missed.err.contains("Buurtteams versterken") && missed.err.contains("Wijkgericht werken"), "\(missed.err)")
        let blocked = team.impuls("alice", at: "12:05", "application", "advance", "GM0080", "--application", "wijk", "--to", "submitted")
        #expect(blocked.status == 1 && blocked.err.contains("withdraw one first"), "\(blocked.err)")

        // The folder exports, and the export imports: into the same folder and into a new one.
        let exportFile = team.root + "/export.json"
        let export = team.impuls("alice", at: "12:06", "export", "--output", exportFile)
        #expect(export.status == 0, "\(export.out)\(export.err)")
        let back = team.impuls("alice", at: "12:06", "import", exportFile)
        #expect(back.status == 0, "\(back.out)\(back.err)")
        try team.writeConfig("carol")
        let elsewhere = team.impuls("carol", at: "12:06", "import", exportFile)
        #expect(elsewhere.status == 0, "\(elsewhere.out)\(elsewhere.err)")
        #expect(team.notices("carol").contains { $0["kind"] as? String == "two-open" && $0["blocking"] as? Bool == true })

        // Withdrawn by a start of its title: that one, and the notice resolved.
        let withdrawn = team.impuls("alice", at: "13:00", "application", "advance", "GM0080", "--application", "BUURT",
                                    "--to", "withdrawn", "--note", "dubbel")
        #expect(withdrawn.status == 0, "\(withdrawn.out)\(withdrawn.err)")
        #expect(withdrawn.out.contains("Buurtteams versterken"), "\(withdrawn.out)")
        let statuses = Dictionary(uniqueKeysWithValues: (team.dossier("alice")["applications"] as? [[String: Any]] ?? [])
            .compactMap { a in (a["title"] as? String).map { ($0, a["status"] as? String ?? "") } })
        #expect(statuses == ["Buurtteams versterken": "withdrawn", "Wijkgericht werken": "draft"], "\(statuses)")
        #expect(team.impuls("alice", at: "13:01", "sync").status == 0)
        let after = team.impuls("bob", at: "13:02", "sync")
        #expect(after.status == 0 && !after.out.contains("BLOCKING"), "\(after.out)")
        team.expectInSync(["alice", "bob"])
        // Now one application can be submitted: no name needed.
        #expect(team.impuls("bob", at: "13:03", "application", "advance", "GM0080", "--to", "submitted").status == 0)
    }
}
