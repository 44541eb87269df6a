import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `impuls doctor` (#19): exit 0 on a good setup, 1 with each problem named and what to do.
@Suite struct DoctorEndToEndTests {
    /// A home with a config (English, an adviser) and a demo data folder.
    struct Setup {
        let home = temporaryFolder()
        var config: String { home + "/.config/impuls/config.json" }
        var data: String { home + "/data" }

        init(language: String = "en", sourceLocation: SourceLocation = #_sourceLocation) throws {
            try FileManager.default.createDirectory(atPath: home + "/.config/impuls", withIntermediateDirectories: true)
            try "{\"adviser\": \"Anne de Vries\", \"language\": \"\(language)\", \"dataDir\": \"\(home)/data\"}\n"
                .write(toFile: config, atomically: true, encoding: .utf8)
            let demo = impuls(["demo", "--output", data], environment, sourceLocation: sourceLocation)
            #expect(demo.status == 0, sourceLocation: sourceLocation)
        }

        var environment: [String: String] { pinnedEnvironment(home: home) }

        func doctor(_ arguments: [String] = [], extra: [String: String] = [:], sourceLocation: SourceLocation = #_sourceLocation) -> Outcome {
            impuls(["doctor"] + arguments, environment.merging(extra) { $1 }, sourceLocation: sourceLocation)
        }

        func remove() {
            chmod(data, 0o700)
            try? FileManager.default.removeItem(atPath: home)
        }
    }

    static func problems(_ outcome: Outcome) -> [String] {
        outcome.out.split(separator: "\n").map(String.init).filter { $0.hasPrefix("problem ") || $0.hasPrefix("probleem ") }
    }

    @Test func aGoodSetupIsAllWellWithEveryCheckOnALine() throws {
        let setup = try Setup()
        defer { setup.remove() }
        let result = setup.doctor()
        #expect(result.status == 0, "\(result.out)\n\(result.err)")
        #expect(DoctorEndToEndTests.problems(result).isEmpty)
        let lines = result.out.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("impuls ") == true && lines.first?.contains("(commit ") == true)
        for expected in ["ok       terminal: TERM=xterm-256color, terminfo found, cursor addressable",
                         "ok       locale: C.UTF-8 (UTF-8)", "ok       colours: 256",
                         "ok       config: \(setup.config) (valid; language en)",
                         "ok       data folder: \(setup.data), writable, 30 dossiers, folder format 1",
                         "ok       lock: free", "ok       files: all 30 dossier files read",
                         "ok       team: this folder is not shared (to share it: impuls sync --init --remote URL)",
                         "ok       today: 2023-10-16 (from IMPULS_TODAY)", "all well"] {
            #expect(lines.contains(expected), "doctor says '\(expected)':\n\(result.out)")
        }
        #expect(lines.contains { $0.hasPrefix("ok       git: git version ") })
        #expect(lines.contains { $0.hasPrefix("note     window: no terminal here") }, "without a terminal the size is a note, not a problem")
    }

    @Test func aSharedFolderHasItsRemoteReachableAndTheDriverRegistered() throws {
        let setup = try Setup()
        defer { setup.remove() }
        let remote = setup.home + "/team.git"
        #expect(runBounded(["/usr/bin/git", "init", "--quiet", "--bare", remote], environment: setup.environment).status == 0)
        #expect(impuls(["sync", "--init", "--remote", remote], setup.environment).status == 0)
        let good = setup.doctor()
        #expect(good.status == 0, "\(good.out)")
        #expect(good.out.contains("ok       team: \(remote) reachable\n"))
        #expect(good.out.contains("ok       team: impuls's merge driver registered\n"))

        // A team repository that does not answer: named within the deadline, the git it started killed.
        _ = runBounded(["/usr/bin/git", "-C", setup.data, "config", "remote.origin.uploadpack", "sleep 30; git-upload-pack"], environment: setup.environment)
        // A driver registered by an impuls that is no longer there.
        _ = runBounded(["/usr/bin/git", "-C", setup.data, "config", "merge.impuls.driver", "'/gone/impuls' merge-driver %O %A %B %P"], environment: setup.environment)
        let started = Date()
        let broken = setup.doctor(["--timeout", "1"])
        #expect(Date().timeIntervalSince(started) < 8)
        #expect(broken.status == 1)
        #expect(DoctorEndToEndTests.problems(broken) == [
            "problem  team: \(remote) gave no answer within 1 s — check the network or VPN; your work stays committed locally",
            "problem  team: the merge driver calls an impuls that is no longer there (/gone/impuls) — run impuls sync once with this impuls",
        ])
        #expect(broken.err.contains("2 problems"))

        // No team repository at all.
        _ = runBounded(["/usr/bin/git", "-C", setup.data, "remote", "remove", "origin"], environment: setup.environment)
        let noRemote = setup.doctor()
        #expect(DoctorEndToEndTests.problems(noRemote).first?.contains("has no team repository — connect one: impuls sync --init --remote URL") == true)
    }

    @Test func aBrokenConfigIsNamedWithItsFileLineAndKey() throws {
        let setup = try Setup()
        defer { setup.remove() }
        try "{\n  \"language\": \"en\",\n  \"rules\": {\"maximumAmount\": -5}\n}\n".write(toFile: setup.config, atomically: true, encoding: .utf8)
        let result = setup.doctor()
        #expect(result.status == 1)
        let problems = DoctorEndToEndTests.problems(result)
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("probleem config: \(setup.config):3:") == true, "\(result.out)")
        #expect(problems.first?.contains("rules.maximumAmount") == true)
        #expect(result.out.contains("let op   gegevensmap: niet gecontroleerd, de config moet eerst kloppen"))
        #expect(result.err.contains("1 probleem"))
    }

    @Test func aDataFolderThatCannotBeUsedIsNamed() throws {
        let setup = try Setup()
        defer { setup.remove() }
        // A file where the folder should be (what root, who may write anywhere, can still get wrong).
        let file = setup.home + "/not-a-folder"
        #expect(FileManager.default.createFile(atPath: file, contents: Data("x".utf8)))
        let notAFolder = setup.doctor(["--data-dir", file])
        #expect(notAFolder.status == 1)
        #expect(DoctorEndToEndTests.problems(notAFolder) == [
            "problem  data folder: \(file) is not a folder — move that file aside or choose another folder (dataDir in the config, or --data-dir)"])
        let below = setup.doctor(["--data-dir", file + "/data"])
        #expect(DoctorEndToEndTests.problems(below).first?.hasPrefix("problem  data folder: \(file) is not a folder") == true)
        // A folder that does not exist yet is made at the first change: a note, not a problem.
        let missing = setup.doctor(["--data-dir", setup.home + "/new"])
        #expect(missing.status == 0)
        #expect(missing.out.contains("note     data folder: \(setup.home)/new does not exist yet"))
        // Folders read together must all be there.
        let together = setup.doctor(["--data-dir", setup.data, "--data-dir", setup.home + "/new"])
        #expect(together.status == 1)
        #expect(DoctorEndToEndTests.problems(together) == [
            "problem  data folder: \(setup.home)/new does not exist — check the path (--data-dir, or dataDirs in the config)"])
        #expect(together.out.contains("ok       data folder: \(setup.data), 30 dossiers (read only)"))

        // An unreadable dossier file and a held lock.
        try "{".write(toFile: setup.data + "/dossiers/GM0014.json", atomically: true, encoding: .utf8)
        let holder = try BoundedChild(["/usr/bin/flock", setup.data + "/.impuls.lock", "sleep", "4"], environment: setup.environment, timeout: 10)
        // Until flock holds it (a fixed pause raced it on a busy machine).
        let held = waitFor(seconds: 5) {
            runBounded(["/usr/bin/flock", "--nonblock", setup.data + "/.impuls.lock", "true"], environment: setup.environment).status != 0
        }
        #expect(held, "flock took the lock")
        let unreadable = setup.doctor()
        _ = holder.wait()
        #expect(unreadable.status == 1)
        let problems = DoctorEndToEndTests.problems(unreadable)
        #expect(problems.contains { $0.hasPrefix("problem  lock: \(setup.data)/.impuls.lock is held by another process") })
        #expect(problems.contains { $0.hasPrefix("problem  files: 1 cannot be read — \(setup.data)/dossiers/GM0014.json:") })
    }

    /// Doctor runs as nobody when the tests run as root (who may write anywhere), with setpriv.
    static let canDropRoot = getuid() != 0 || access("/usr/bin/setpriv", X_OK) == 0

    @Test(.enabled(if: canDropRoot, "as root, needs setpriv to run doctor as nobody"))
    func aDataFolderThatIsReadOnlyForTheUserIsNamed() throws {
        let setup = try Setup()
        defer { setup.remove() }
        var argv = [Binary.path, "doctor"]
        // nobody runs a copy of its own in a folder anyone may enter: the checkout may be in a
        // folder others cannot (root's home, a mktemp -d folder), and make test passes there too.
        let copy = getuid() == 0 ? try ReachableCopy(of: Binary.path) : nil
        defer { copy?.remove() }
        if let copy {
            let nobody = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
            let reachable = runBounded(nobody + ["/bin/test", "-x", copy.binary], environment: setup.environment)
            try #require(reachable.status == 0, "nobody cannot run the copy \(copy.binary)")
            #expect(runBounded(["/bin/chown", "-R", "65534:65534", setup.home], environment: setup.environment).status == 0)
            argv = nobody + [copy.binary, "doctor"]
        }
        chmod(setup.data, 0o500)
        let readOnly = runBounded(argv, environment: setup.environment)
        #expect(readOnly.status == 1)
        #expect(DoctorEndToEndTests.problems(readOnly) == [
            "problem  data folder: \(setup.data) is read-only for you, nothing can be saved — give yourself write permission (chmod -R u+w) or look with impuls --read-only"])
    }

    @Test func aTerminalThatCannotDrawALocaleWithoutUTF8AndABadTodayAreNamed() throws {
        let setup = try Setup()
        defer { setup.remove() }
        let dumb = setup.doctor(extra: ["TERM": "dumb"])
        #expect(dumb.status == 1)
        #expect(DoctorEndToEndTests.problems(dumb) == [
            "problem  terminal: TERM=dumb cannot move the cursor, so the interface cannot be drawn — use a terminal such as xterm-256color; the commands (impuls status, …) still work"])
        let unknown = setup.doctor(extra: ["TERM": "no-such-terminal"])
        #expect(DoctorEndToEndTests.problems(unknown).first?.hasPrefix("problem  terminal: TERM=no-such-terminal is unknown here (no terminfo entry)") == true)
        var unset = setup.environment
        unset["TERM"] = nil
        let noTerm = impuls(["doctor"], unset)
        #expect(DoctorEndToEndTests.problems(noTerm).first?.hasPrefix("problem  terminal: TERM is not set") == true)

        let ascii = setup.doctor(extra: ["LANG": "C", "LC_ALL": "C"])
        #expect(ascii.status == 1)
        #expect(DoctorEndToEndTests.problems(ascii).first?.hasPrefix("problem  locale: C gives ANSI_X3.4-1968, not UTF-8") == true, "\(ascii.out)")
        let missingLocale = setup.doctor(extra: ["LANG": "xx_XX.UTF-8", "LC_ALL": "xx_XX.UTF-8"])
        #expect(DoctorEndToEndTests.problems(missingLocale).first?.hasPrefix("problem  locale: xx_XX.UTF-8 is not installed here") == true)

        let noColour = setup.doctor(extra: ["NO_COLOR": "1"])
        #expect(noColour.status == 0)
        #expect(noColour.out.contains("ok       colours: off (NO_COLOR is set)"))

        let badDay = setup.doctor(extra: ["IMPULS_TODAY": "2023-02-30"])
        #expect(badDay.status == 1)
        #expect(DoctorEndToEndTests.problems(badDay) == ["problem  today: IMPULS_TODAY='2023-02-30' is not a date YYYY-MM-DD — fix or unset it"])
    }

    @Test func inATerminalItSaysTheWindowSize() throws {
        let setup = try Setup(language: "nl")
        defer { setup.remove() }
        let session = try TmuxSession(command: [Binary.path, "doctor"], environment: setup.environment, columns: 100, rows: 30, folder: setup.home)
        defer { session.close() }
        try session.waitFor(text: "alles in orde")
        #expect(try session.screen().contains("ok       venster: 100×30"))
        #expect(try session.exitStatus() == 0)
    }
}
