import Foundation
import Testing

/// Kills `impuls` with SIGKILL at every system call that writes (write, fsync, rename, unlink), one
/// after the other, with strace's fault injection; then checks that every file is valid and every
/// acknowledged change is there. (openat is left out: the dynamic loader's hundreds of opens would
/// make the sweep long, and a kill at the temporary file's creation equals one at its first write.)
@Suite struct CrashEndToEndTests {
    static let strace = ["/usr/bin/strace", "/bin/strace"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: strace != nil, "needs strace"))
    func killedAtEverySystemCallOfASaveLosesNothing() throws {
        let home = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let data = home + "/data"
        let env = pinnedEnvironment(home: home, extra: ["IMPULS_DATA_DIR": data])
        #expect(try run(["demo", "--output", data], environment: env).status == 0)
        let soak = Int(ProcessInfo.processInfo.environment["IMPULS_SOAK"] ?? "1") ?? 1
        var acknowledged: [String] = []
        var killed = 0
        var leftBehind = 0
        // strace counts each system call separately, so each kind is swept on its own, up to the
        // first run that is not killed (a save has far fewer than 200 of each).
        for round in 0..<max(1, soak) {
            for call in ["write", "fsync", "rename", "unlink"] {
                var finished = false
                for k in 1...200 {
                    let summary = "crash round \(round) at \(call) \(k)"
                    let result = try runProgram([CrashEndToEndTests.strace!, "-f", "-o", "/dev/null",
                                                 "-e", "trace=\(call)", "-e", "inject=\(call):signal=KILL:when=\(k)",
                                                 Binary.path, "session", "add", "GM0080", "--summary", summary], environment: env)
                    if result.status == 0 { acknowledged.append(summary) } else { killed += 1 }
                    let temporary = try FileManager.default.contentsOfDirectory(atPath: data + "/dossiers").filter { $0.hasPrefix(".impuls-tmp") }
                    if result.status == 0 {
                        #expect(temporary.isEmpty, "the save that went through swept what the killed ones left: \(temporary)")
                    } else if !temporary.isEmpty {
                        leftBehind += 1
                    }
                    let check = try run(["check"], environment: env)
                    #expect(check.status == 0, "after a kill at \(call) \(k): \(check.err)")
                    let file = try String(contentsOfFile: data + "/dossiers/GM0080.json", encoding: .utf8)
                    for done in acknowledged { #expect(file.contains(done), "acknowledged change lost: \(done)") }
                    if result.status == 0 { finished = true; break }
                }
                #expect(finished, "a save under strace was still killed at its 200th \(call)")
            }
        }
        #expect(killed >= 4, "the sweep reached the save")
        #expect(leftBehind > 0, "some kill left a temporary file behind, so the sweeps above had one to remove")
    }

    static var soak: Int { max(1, Int(ProcessInfo.processInfo.environment["IMPULS_SOAK"] ?? "1") ?? 1) }

    /// `impuls …` under strace, killed with SIGKILL at the `k`th `call`; with a deadline.
    static func killed(at call: String, _ k: Int, _ arguments: [String], environment: [String: String],
                       sourceLocation: SourceLocation = #_sourceLocation) -> Outcome {
        runBounded([strace!, "-f", "-o", "/dev/null", "-e", "trace=\(call)", "-e", "inject=\(call):signal=KILL:when=\(k)", Binary.path] + arguments,
                   environment: environment, timeout: 60, killExpected: true, sourceLocation: sourceLocation)
    }

    /// An import that changes three dossiers, killed at every write, fsync, rename and unlink in
    /// turn: right after the kill `check` finds all three old or all three new, or says an import
    /// was interrupted (exit 2, "import"); once the next writing command has run, all three are old
    /// or all three new and `check` is content.
    @Test(.enabled(if: strace != nil, "needs strace"))
    func anImportKilledAtEverySystemCallIsAllOrNothing() throws {
        let w = Workbench()
        let codes = ["GM0014", "GM0080", "GM0344"]
        for code in codes { #expect(w.run("session", "add", code, "--summary", "old \(code)").status == 0) }
        // The export: the same three dossiers, each with one more session.
        let source = w.home + "/source"
        try FileManager.default.copyItem(atPath: w.data, toPath: source)
        var sourceEnv = w.env
        sourceEnv["IMPULS_DATA_DIR"] = source
        for code in codes { #expect(impuls(["session", "add", code, "--summary", "new \(code)"], sourceEnv).status == 0) }
        let export = w.home + "/export.json"
        #expect(impuls(["export", "--output", export], sourceEnv).status == 0)
        let pristine = w.home + "/pristine"
        try FileManager.default.copyItem(atPath: w.data, toPath: pristine)

        /// "old", "new", or which dossiers are new when they disagree.
        func state() -> String {
            let new = codes.map { w.contents(w.file($0))?.contains("\"new \($0)\"") == true }
            if new.allSatisfy({ $0 }) { return "new" }
            if new.allSatisfy({ !$0 }) { return "old" }
            return "mixed: new " + zip(codes, new).filter(\.1).map(\.0).joined(separator: ", ")
        }
        var killed = 0
        for _ in 0..<CrashEndToEndTests.soak {
            for call in ["write", "fsync", "rename", "unlink"] {
                for k in 1...200 {
                    try? FileManager.default.removeItem(atPath: w.data)
                    try FileManager.default.copyItem(atPath: pristine, toPath: w.data)
                    let result = CrashEndToEndTests.killed(at: call, k, ["import", export], environment: w.env)
                    if result.status == 0 {
                        #expect(state() == "new", "an acknowledged import is all there")
                        #expect(w.run("check").status == 0)
                        break
                    }
                    killed += 1
                    let check = w.run("check")
                    let found = state()
                    if check.status == 0 {
                        #expect(found == "old" || found == "new", "after a kill at \(call) \(k), check is content with \(found)")
                    } else {
                        #expect(check.status == 2 && check.err.contains("import"),
                                "after a kill at \(call) \(k): check says an import was interrupted, or all is well: status \(check.status): \(check.errHead)")
                    }
                    let next = w.run("session", "add", "GM0363", "--summary", "the next writer")
                    #expect(next.status == 0, "after a kill at \(call) \(k), the next writer works: \(next.errHead)")
                    let settled = state()
                    #expect(settled == "old" || settled == "new", "after a kill at \(call) \(k) and the next write: \(settled)")
                    let recheck = w.run("check")
                    #expect(recheck.status == 0, "after a kill at \(call) \(k) and the next write: \(recheck.errHead)")
                }
            }
        }
        #expect(killed >= 6, "the sweep reached the import's writes")
    }

    /// `application advance --to submitted` killed at every write, fsync, rename and unlink in turn:
    /// the file is always whole, the draft or the submitted application, and an acknowledged step is there.
    @Test(.enabled(if: strace != nil, "needs strace"))
    func aStepKilledAtEverySystemCallLeavesTheApplicationWhole() throws {
        let w = Workbench()
        #expect(w.run("application", "new", "GM0080", "--title", "Training", "--amount", "5000", "--start", "2023-11-01",
                      "--end", "2024-01-31", "--action-line", "wijkteams").status == 0)
        let file = w.file("GM0080")
        let draft = try Data(contentsOf: URL(fileURLWithPath: file))
        var killed = 0
        for _ in 0..<CrashEndToEndTests.soak {
            for call in ["write", "fsync", "rename", "unlink"] {
                for k in 1...200 {
                    try draft.write(to: URL(fileURLWithPath: file))
                    let result = CrashEndToEndTests.killed(at: call, k, ["application", "advance", "GM0080", "--to", "submitted"], environment: w.env)
                    let check = w.run("check")
                    #expect(check.status == 0, "after a kill at \(call) \(k): \(check.errHead)")
                    let text = w.contents(file) ?? ""
                    let submitted = text.contains("\"status\": \"submitted\"")
                    let isDraft = text.contains("\"status\": \"draft\"")
                    if result.status == 0 {
                        #expect(submitted && !isDraft, "an acknowledged step is saved")
                        break
                    }
                    killed += 1
                    #expect(submitted != isDraft, "after a kill at \(call) \(k) the application is the draft or submitted, whole")
                }
            }
        }
        #expect(killed >= 4, "the sweep reached the save")
        #expect(w.run("session", "add", "GM0080", "--summary", "after").status == 0)
        #expect(w.temporaryFiles().isEmpty, "the next writer sweeps what a killed one left")
    }

    @Test(.enabled(if: strace != nil, "needs strace"))
    func aFailingFsyncIsReportedNotSwallowed() throws {
        let home = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let data = home + "/data"
        let env = pinnedEnvironment(home: home, extra: ["IMPULS_DATA_DIR": data])
        #expect(try run(["session", "add", "GM0080", "--summary", "first"], environment: env).status == 0)
        let before = try String(contentsOfFile: data + "/dossiers/GM0080.json", encoding: .utf8)
        let result = try runProgram([CrashEndToEndTests.strace!, "-f", "-o", "/dev/null", "-e", "trace=fsync", "-e", "inject=fsync:error=EIO",
                              Binary.path, "session", "add", "GM0080", "--summary", "second"], environment: env)
        #expect(result.status == 2)
        #expect(result.err.contains("fsync"))
        #expect(try String(contentsOfFile: data + "/dossiers/GM0080.json", encoding: .utf8) == before)
    }
}
