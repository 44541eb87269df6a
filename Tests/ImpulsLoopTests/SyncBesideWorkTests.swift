#if canImport(Glibc)
import Glibc
#endif
import Testing
import ImpulsCore
import ImpulsStore
import ImpulsApp
import ImpulsTestSupport
@testable import ImpulsUI

/// `S` runs the sync beside the work: the keys come back at once, the header says the step, `X`
/// stops it, a deadline ends it as offline, and a save meanwhile waits for it — through the loop as
/// `impuls` wires it, with real git and a real team repository (or one that never answers).
@Suite(.enabled(if: Git.executable != nil, "needs git"))
struct SyncBesideWorkTests {
    let ameland = MunicipalityCode("GM0060")!

    /// How the tests word a sync's outcome (the program's words are the shell's, tested end to end).
    static let words: @Sendable (Result<TeamSync.Report, TeamSync.Failure>) -> String = { outcome in
        switch outcome {
        case .failure(.cancelled): return "gestopt"
        case .failure(let failure): return "mislukt: \(failure)"
        case .success(let report):
            if let seconds = report.noAnswerWithin { return "geen antwoord binnen \(seconds) s" }
            return report.shared ? "gedeeld; binnengekomen: \(report.received.map(\.rawValue))" : "niet gedeeld"
        }
    }

    /// An adviser's shared folder with Ameland's dossier, its store, and the state the interface
    /// opens on with Ameland selected; `remote` is the team repository.
    func adviser(_ name: String, remote: String, clone: Bool = false) throws -> (path: String, store: DossierStore, state: AppState) {
        let path = temporaryFolder() + "/" + name
        if clone {
            try TeamSync.clone(remote, into: path, interactive: false)
        }
        let store = DossierStore(folder: try DataFolder(path: path))
        if !clone {
            guard case .saved = store.save(Dossier(code: ameland, adviser: name)) else { throw StoreError.conflict(file: path) }
            _ = try teamSync(path, name).initialize(remote: remote)
        }
        return (path, store, try openedState(store, selecting: ameland))
    }

    func teamSync(_ path: String, _ name: String, seconds: Int = 60) throws -> TeamSync {
        var sync = TeamSync(folder: try DataFolder(path: path), git: Git(folder: path, interactive: false), author: name, driverCommand: "false")
        sync.networkSeconds = seconds
        return sync
    }

    func interface(_ store: DossierStore, _ path: String, seconds: Int = 60) throws -> Interface {
        let sync = try teamSync(path, "Anne", seconds: seconds)
        return Interface(store: store, sync: { .ready(sync, words: SyncBesideWorkTests.words) })
    }

    @Test func aSyncThatNeverGetsAnAnswerLeavesTheKeysWorkingAndStopsCleanlyAtX() throws {
        let server = try SilentServer()
        defer { server.stop() }
        let (path, store, state) = try adviser("Anne", remote: "git://127.0.0.1:\(server.port)/team.git")
        let started = ContinuousClock.now
        let device = ScriptedTerminal([.key(.character("S")), .meanwhile { waitForFetch(path) }, .key(.up), .key(.character("X")),
                                       .meanwhile { usleep(100_000) }])
        let end = try interface(store, path).run(device, state)
        #expect(ContinuousClock.now - started < .seconds(10), "X ended the fetch")
        #expect(device.screens.contains { $0.contains("Synchroniseren: ophalen… (X stopt)") }, "the header says the step")
        #expect(device.screens.contains { $0.contains("Synchroniseren stopt") }, "and that it stops")
        #expect(end.sync == nil)
        #expect(end.message == "gestopt")
        // Nothing else changed: the state is the one the key alone makes.
        var expected = state
        _ = Update.apply(.key(.resize(columns: 80, rows: 24)), to: &expected)
        _ = Update.apply(.key(.up), to: &expected)
        expected.message = "gestopt"
        expected.caseload.now = Timestamp(milliseconds: 0)
        #expect(end == expected, "\(differences(end, expected))")
        expectSettled(path, store)
    }

    @Test func aSyncEndsAsOfflineAtItsDeadlineWhileTheKeysGoOn() throws {
        let server = try SilentServer()
        defer { server.stop() }
        let (path, store, state) = try adviser("Anne", remote: "git://127.0.0.1:\(server.port)/team.git")
        let device = ScriptedTerminal([.key(.character("S")), .meanwhile { waitForFetch(path) }, .key(.up), .key(.down),
                                       .meanwhile { usleep(2_500_000) }, .key(.up)])
        let end = try interface(store, path, seconds: 1).run(device, state)
        #expect(end.sync == nil)
        #expect(end.message == nil, "the last key cleared the message; it was said before")
        #expect(device.screens.contains { $0.contains("geen antwoord binnen 1 s") }, "\(device.screens.last ?? "")")
        expectSettled(path, store)
    }

    @Test func aSaveDuringASyncWaitsForItAndMeetsWhatItBroughtAsAConflict() throws {
        let team = temporaryFolder() + "/team.git"
        #expect(try ChildProcess.run([Git.executable!, "init", "--quiet", "--bare", "-b", "main", team], environment: []).succeeded)
        let (path, store, state) = try adviser("Anne", remote: team)
        _ = try teamSync(path, "Anne").sync()
        // Bert logs a session in Ameland and shares it.
        let bert = try adviser("Bert", remote: team, clone: true)
        let context = ChangeContext(rules: .scheme, today: loopToday, actor: "Bert", laptop: "fedcba9876543210")
        _ = try bert.store.update(ameland, empty: Dossier(code: ameland)) { d throws(Refusal) in
            try d.addingSession(AdviceSession(id: "bert", date: loopToday, kind: .call, summary: "Van Bert"), context: context)
        }
        #expect(try teamSync(bert.path, "Bert").sync().shared)
        // Anne's fetch takes a while, so her save comes while it runs.
        _ = try Git(folder: path, interactive: false).run(["config", "remote.origin.uploadpack", "sleep 2; git-upload-pack"])

        let device = ScriptedTerminal([.key(.character("S")), .key(.enter), .key(.character("n"))]
            + "Eigen notitie".map { .key(.character($0)) }
            + [.key(.control("s")), .key(.character("z")), .meanwhile { usleep(4_000_000) }, .meanwhile {}])
        let afterWait = try interface(store, path).run(device, state)
        #expect(device.screens.contains { $0.contains("Opslaan wacht tot de synchronisatie klaar is") }, "\(device.screens.last ?? "")")
        guard case .form(let form)? = afterWait.stack.last else {
            Issue.record("the form stays open after the conflict: \(device.screen)")
            return
        }
        #expect(form[SessionField.summary] == "Eigen notitie", "what was typed stays; the z typed while waiting was refused")
        #expect(form.failure != nil, "the save met Bert's session as a conflict: \(device.screen)")
        #expect(afterWait.caseload.dossiers[ameland]?.sessions.map(\.summary) == ["Van Bert"], "what the sync brought is shown")

        // Ctrl-S again writes both.
        let again = ScriptedTerminal([.key(.control("s"))])
        let end = try interface(store, path).run(again, afterWait)
        #expect(end.view == .dossier, "\(again.screen)")
        let onDisk = try #require(try DossierStore(folder: DataFolder(path: path)).load(ameland).get())
        #expect(Set(onDisk.sessions.map(\.summary)) == ["Van Bert", "Eigen notitie"])
    }

    /// No git left running in the folder, no merge or lock left, and a save goes through at once.
    private func expectSettled(_ path: String, _ store: DossierStore, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!gitRunning(in: path), "a git was left running", sourceLocation: sourceLocation)
        for leftover in ["MERGE_HEAD", "index.lock"] {
            #expect(access(path + "/.git/" + leftover, F_OK) != 0, "\(leftover)", sourceLocation: sourceLocation)
        }
        let started = ContinuousClock.now
        let folder = try! DataFolder(path: path)
        #expect((try? folder.withLock { true }) == true, sourceLocation: sourceLocation)
        #expect(ContinuousClock.now - started < .seconds(2), "the folder's lock was free", sourceLocation: sourceLocation)
    }
}

/// Waits (up to 10 s) until a git fetch runs for the folder at `path`.
func waitForFetch(_ path: String) {
    for _ in 0..<500 where !gitRunning(in: path, fetching: true) { usleep(20_000) }
}

/// Whether a git process runs with `path` on its command line (a fetch, when `fetching`).
func gitRunning(in path: String, fetching: Bool = false) -> Bool {
    guard let proc = opendir("/proc") else { return false }
    defer { closedir(proc) }
    while let entry = readdir(proc) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        guard Int(name) != nil, let fd = Optional(open("/proc/\(name)/cmdline", O_RDONLY)), fd >= 0 else { continue }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = read(fd, &buffer, buffer.count)
        close(fd)
        guard count > 0 else { continue }
        let arguments = buffer[0..<count].split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
        if arguments.first?.hasSuffix("git") == true, arguments.contains(path), !fetching || arguments.contains("fetch") { return true }
    }
    return false
}

/// The names of the top-level fields in which two states differ (a readable failure).
func differences(_ a: AppState, _ b: AppState) -> [String] {
    zip(Mirror(reflecting: a).children, Mirror(reflecting: b).children).compactMap { x, y in
        String(describing: x.value) == String(describing: y.value) ? nil : "\(x.label ?? "?"): \(x.value) ≠ \(y.value)"
    }
}
