import Foundation
import Testing

/// An open interface follows its folder: what another process writes shows within a second or
/// two, and an idle interface uses no CPU while it waits (blocked in poll(), no busy loop).
@Suite struct FolderWatchEndToEndTests {
    @Test func aSessionLoggedInAnotherProcessShowsInTheOpenInterfaceWithin2Seconds() throws {
        let (home, env) = try testHome(language: "nl", regions: ["Fryslân", "Groningen"])
        defer { try? FileManager.default.removeItem(atPath: home) }
        let session = try TmuxSession(command: [Binary.path], environment: env, folder: home)
        defer { session.close() }
        try session.waitFor(text: "Achtkarspelen")
        let message = "Ameland bijgewerkt buiten impuls"
        var seconds: [Double] = [], fromStart: [Double] = []
        for run in 1...10 {
            // Any key clears the message line, so each run's message is seen anew.
            try session.send("Down")
            try session.waitFor("the message line cleared") { !$0.contains(message) }
            let started = Date()
            #expect(try self.run(["session", "add", "ameland", "--summary", "Gebeld, ronde \(run)"], environment: env).status == 0)
            let written = Date()
            try session.waitFor(message, seconds: 5) { $0.contains(message) }
            seconds.append(Date().timeIntervalSince(written))
            fromStart.append(Date().timeIntervalSince(started))
        }
        // Seen on the screen through tmux's capture, polled every 50 ms: the figures include that.
        func figures(_ values: [Double]) -> (median: Double, p95: Double) {
            let sorted = values.sorted()
            return ((sorted[4] + sorted[5]) / 2, sorted[9])
        }
        let (median, p95) = figures(seconds), (medianStart, p95Start) = figures(fromStart)
        print("outside write → screen over 10 runs: from the command's exit median \(Int(median * 1000)) ms, p95 (max of 10) \(Int(p95 * 1000)) ms;"
              + " from the command's start median \(Int(medianStart * 1000)) ms, p95 \(Int(p95Start * 1000)) ms")
        #expect(median < 2 && p95 < 2)
        try session.send("q")
        #expect(try session.exitStatus() == 0)
    }

    @Test func anIdleInterfaceUsesNoCPU() throws {
        let (home, env) = try testHome(language: "nl", regions: ["Fryslân", "Groningen"])
        defer { try? FileManager.default.removeItem(atPath: home) }
        let session = try TmuxSession(command: [Binary.path], environment: env, folder: home)
        defer { session.close() }
        try session.waitFor(text: "Achtkarspelen")
        let shell = try session.tmux(["list-panes", "-F", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let pid = try spawn(["/usr/bin/pgrep", "-P", shell, "impuls"], readOutput: true).trimmingCharacters(in: .whitespacesAndNewlines)
        Thread.sleep(forTimeInterval: 1)   // the dossiers read whole after the first screen
        let before = try ticks(pid)
        Thread.sleep(forTimeInterval: 10)
        let used = try ticks(pid) - before
        let hz = Double(sysconf(Int32(_SC_CLK_TCK)))
        print("idle interface over 10 s: \(used) ticks (utime+stime) = \(String(format: "%.2f", Double(used) / hz / 10 * 100)) % CPU")
        #expect(Double(used) / hz < 0.1, "at most 1 % of a core while idle")
        try session.send("q")
        #expect(try session.exitStatus() == 0)
    }

    /// utime + stime from /proc/PID/stat (fields 14 and 15, counted after the command's parenthesis).
    func ticks(_ pid: String) throws -> Int {
        let stat = try String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)
        let fields = stat[stat.range(of: ")")!.upperBound...].split(separator: " ")
        return Int(fields[11])! + Int(fields[12])!
    }

    @discardableResult
    func run(_ arguments: [String], environment: [String: String]) throws -> (status: Int32, out: String, err: String) {
        try EndToEndTests.run(arguments, environment: environment)
    }
}
