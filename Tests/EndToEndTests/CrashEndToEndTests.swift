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
        // strace counts each system call separately, so each kind is swept on its own.
        for round in 0..<max(1, soak) {
            for call in ["write", "fsync", "rename", "unlink"] {
                var k = 1
                while true {
                    let summary = "crash round \(round) at \(call) \(k)"
                    let result = try runProgram([CrashEndToEndTests.strace!, "-f", "-o", "/dev/null",
                                                 "-e", "trace=\(call)", "-e", "inject=\(call):signal=KILL:when=\(k)",
                                                 Binary.path, "session", "add", "GM0080", "--summary", summary], environment: env)
                    if result.status == 0 { acknowledged.append(summary) } else { killed += 1 }
                    let check = try run(["check"], environment: env)
                    #expect(check.status == 0, "after a kill at \(call) \(k): \(check.err)")
                    let file = try String(contentsOfFile: data + "/dossiers/GM0080.json", encoding: .utf8)
                    for done in acknowledged { #expect(file.contains(done), "acknowledged change lost: \(done)") }
                    if result.status == 0 { break }
                    k += 1
                }
            }
        }
        #expect(killed >= 4, "the sweep reached the save")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: data + "/dossiers").filter { $0.hasPrefix(".impuls-tmp") }
        // The next writer sweeps what a killed one left behind.
        #expect(try run(["session", "add", "GM0080", "--summary", "after"], environment: env).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: data + "/dossiers").filter { $0.hasPrefix(".impuls-tmp") }.isEmpty)
        _ = leftovers
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
