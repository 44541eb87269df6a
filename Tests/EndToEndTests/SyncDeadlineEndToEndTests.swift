import Foundation
import Testing
import ImpulsTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// A team repository that stops answering (a hotel wifi, a VPN that dropped), imitated by a local
/// server that accepts the connection and never says a word: `sync` ends as offline at the config's
/// `syncTimeoutSeconds`, or at Ctrl-C, with its git ended, the lock free and nothing half done.
@Suite(.enabled(if: SyncTools.git != nil, "needs git"))
struct SyncDeadlineEndToEndTests {
    @Test func aRemoteThatNeverAnswersEndsAsOfflineAtTheDeadline() throws {
        let team = SyncTeam.started()
        let server = try SilentServer()
        defer { server.stop() }
        try #"{"adviser": "Alice", "language": "en", "syncTimeoutSeconds": 2}"#.write(toFile: team.config("alice"), atomically: false, encoding: .utf8)
        #expect(team.git("alice", "remote", "set-url", "origin", "git://127.0.0.1:\(server.port)/team.git").status == 0)
        #expect(team.impuls("alice", at: "10:00", "session", "add", "GM0080", "--summary", "offline work").status == 0)

        let started = Date()
        let sync = team.impuls("alice", at: "10:01", "sync")
        let took = Date().timeIntervalSince(started)
        #expect(sync.status == 4, "\(sync.out)\(sync.errHead)")
        #expect(sync.err.contains("gave no answer within 2 s"), "\(sync.err)")
        #expect(took < 10, "took \(took) s")
        expectSettled(team, "alice")
    }

    @Test func ctrlCEndsASyncThatWaitsCleanly() throws {
        let team = SyncTeam.started()
        let server = try SilentServer()
        defer { server.stop() }
        #expect(team.git("alice", "remote", "set-url", "origin", "git://127.0.0.1:\(server.port)/team.git").status == 0)
        #expect(team.impuls("alice", at: "10:00", "session", "add", "GM0080", "--summary", "offline work").status == 0)
        let sync = try BoundedChild([Binary.path, "sync", "--config", team.config("alice"), "--data-dir", team.folder("alice")],
                                    environment: team.environment(at: "10:01"), timeout: 30)
        #expect(waitFor(seconds: 10) { processRunning(argument: "fetch", under: team.root) }, "the fetch never started")
        kill(-sync.pid, SIGINT)   // as the terminal sends it: to the whole foreground group
        let outcome = sync.wait()
        #expect(outcome.status == 130, "\(outcome.out)\(outcome.errHead)")
        #expect(outcome.err.contains("sync stopped; nothing was left half done"), "\(outcome.err)")
        expectSettled(team, "alice")
    }

    /// Over ssh, in the shell: the deadline ends git and the ssh it started (which, in impuls's own
    /// process group so that it may ask for a passphrase, a kill of git alone left running).
    @Test func theDeadlineEndsTheSshAFetchStartedToo() throws {
        let team = SyncTeam.started()
        let bin = team.root + "/bin"
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        try writeScript("#!/bin/bash\n# an ssh to a host that never answers\nexec -a impuls-slow-ssh sleep 60\n", to: bin + "/ssh")
        try #"{"adviser": "Alice", "language": "en", "syncTimeoutSeconds": 2}"#.write(toFile: team.config("alice"), atomically: false, encoding: .utf8)
        #expect(team.git("alice", "remote", "set-url", "origin", "ssh://slowhost/" + team.remote).status == 0)
        let path = bin + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let sync = team.impuls("alice", at: "10:01", "sync", extra: ["PATH": path])
        #expect(sync.status == 4, "\(sync.out)\(sync.errHead)")
        #expect(waitFor(seconds: 3) { !processRunning(argument: "impuls-slow-ssh", under: "") }, "the ssh was left running")
    }

    /// In the interface, `S` gives the keys back at once, the header says the step, and `X` stops
    /// a sync that waits for an answer: no git left running, the lock free, nothing half done.
    @Test func theInterfaceSyncsBesideTheWorkAndXStopsIt() throws {
        let team = SyncTeam.started()
        let server = try SilentServer()
        defer { server.stop() }
        try #"{"adviser": "Alice", "language": "nl", "regions": ["Fryslân"]}"#.write(toFile: team.config("alice"), atomically: false, encoding: .utf8)
        #expect(team.git("alice", "remote", "set-url", "origin", "git://127.0.0.1:\(server.port)/team.git").status == 0)
        #expect(team.impuls("alice", at: "10:00", "session", "add", "GM0080", "--summary", "offline work").status == 0)
        let session = try TmuxSession(command: [Binary.path, "--config", team.config("alice"), "--data-dir", team.folder("alice")],
                                      environment: team.environment(at: "10:01"), folder: team.root)
        defer { session.close() }
        try session.waitFor(text: "Achtkarspelen")
        try session.send("S")
        try session.waitFor(text: "Synchroniseren: ophalen… (X stopt)")
        #expect(waitFor(seconds: 10) { processRunning(argument: "fetch", under: team.root) }, "the fetch runs")
        // A key while the fetch waits: answered at once.
        var answers: [Double] = []
        for key in ["/", "A", "m", "e", "l"] {
            let before = try session.screen()
            let sent = Date()
            try session.send(key)
            try session.waitFor("the key's answer", seconds: 5) { $0 != before }
            answers.append(Date().timeIntervalSince(sent))
        }
        print("key during a sync: answered in \(answers.map { Int($0 * 1000) }) ms (tmux capture polled every 50 ms included)")
        #expect(answers.max()! < 1)
        let filtered = try session.screen()
        #expect(filtered.contains("Synchroniseren: ophalen") && filtered.contains("Ameland") && !filtered.contains("Achtkarspelen"),
                "still syncing, the list filtered: \(filtered)")
        try session.send("Enter")   // the filter kept; the keys are the list's again
        try session.send("X")
        let stopped = try session.waitFor(text: "sync gestopt", seconds: 10)
        #expect(!stopped.contains("Synchroniseren"), "\(stopped)")
        expectSettled(team, "alice")
        try session.send("q")
        #expect(try session.exitStatus() == 0)
    }

    /// A deadline typed by hand as large as it goes is no overflow (it trapped once).
    @Test func doctorTakesAnyTimeout() throws {
        let team = SyncTeam.started()
        let doctor = team.impuls("alice", at: "10:00", "doctor", "--timeout", String(Int.max))
        #expect(doctor.status == 0 || doctor.status == 1, "\(doctor.out)\(doctor.errHead)")
        #expect(doctor.out.contains("reachable"), "\(doctor.out)")
    }

    /// No git left running in the folder, no merge or lock left, the local work committed, and a
    /// save goes through at once.
    private func expectSettled(_ team: SyncTeam, _ person: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(waitFor(seconds: 3) { !processRunning(argument: "fetch", under: team.root) }, "a git fetch was left running", sourceLocation: sourceLocation)
        for leftover in ["MERGE_HEAD", "index.lock"] {
            #expect(!FileManager.default.fileExists(atPath: team.folder(person) + "/.git/" + leftover), "\(leftover)", sourceLocation: sourceLocation)
        }
        #expect(team.git(person, "status", "--porcelain").out.isEmpty, sourceLocation: sourceLocation)
        #expect(team.git(person, "log", "-1", "--format=%s").out.contains("Leeuwarden"), "the local work was committed", sourceLocation: sourceLocation)
        let started = Date()
        #expect(team.impuls(person, at: "10:05", "session", "add", "GM0080", "--summary", "after").status == 0, sourceLocation: sourceLocation)
        #expect(Date().timeIntervalSince(started) < 5, "the folder's lock was still held", sourceLocation: sourceLocation)
    }
}

