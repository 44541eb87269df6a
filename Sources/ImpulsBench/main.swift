// impuls-bench: measures what users wait for, at each demo scale, on the release build.
// Usage: impuls-bench --impuls PATH [--scales national,stress] [--runs N] [--json FILE]
// Each figure is a median over repeated runs; targets are those of the performance issues. Taskwarrior
// is measured in the same run at the same record count, so the comparison holds on any machine.
#if canImport(Glibc)
import Glibc
#endif
import ImpulsCore
import ImpulsStore
import ImpulsUI

if CommandLine.arguments.count > 3, CommandLine.arguments[1] == peakMemoryFlag {
    peakMemoryOf(file: CommandLine.arguments[2], Array(CommandLine.arguments[3...]))
}

struct Options {
    var impuls = ".build/release/impuls"
    var scales: [DemoGenerator.Scale] = [.region, .national, .stress]
    var runs = 21
    var json: String?

    init(_ arguments: [String]) {
        var i = 1
        while i < arguments.count {
            let value = i + 1 < arguments.count ? arguments[i + 1] : ""
            switch arguments[i] {
            case "--impuls": impuls = value
            case "--scales": scales = value.split(separator: ",").compactMap { DemoGenerator.Scale(rawValue: String($0)) }
            case "--runs": runs = max(3, Int(value) ?? runs)
            case "--json": json = value
            default: break
            }
            i += 2
        }
    }
}

/// One line of the table; `target` is a ceiling in the row's unit.
struct Row {
    let scale: String
    let name: String
    let median: Double
    let p95: Double
    var target: Double?
    var unit = "ms"
}

/// The real interface in a pseudo-terminal: its first screen, then `keys` letters typed into a new
/// session's summary (Enter opens the first dossier, `n` the form), then Ctrl-S. Under `slowFsync`
/// the program runs under strace with every fsync delayed by 20 ms, a slow laptop disk.
func interface(_ impuls: String, folder: String, environment: [String], keys: Int, slowFsync: Bool)
    -> (first: Double?, opened: Double?, keys: [Double], save: Double?, saved: Bool) {
    let typed = String((0..<keys).map { Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8($0 % 26))) })
    var argv = [impuls, "--data-dir", folder]
    if slowFsync {
        argv = ["/usr/bin/strace", "-f", "--seccomp-bpf", "-o", "/dev/null", "-e", "trace=fsync,fdatasync",
                "-e", "inject=fsync:delay_enter=20000", "-e", "inject=fdatasync:delay_enter=20000"] + argv
    }
    // COLORFGBG says the background as many terminals do; without it impuls asks the terminal
    // (OSC 11), and this pseudo-terminal, unlike a real one, never answers.
    guard let terminal = PseudoTerminal(argv, environment: environment + ["TERM=xterm-256color", "COLORFGBG=0;15"]) else { return (nil, nil, [], nil, false) }
    defer {
        terminal.finish()
        unlink(folder + "/.draft.json")
    }
    let first = terminal.firstScreen()
    // Enter, sent the moment the first screen is there: answered once the dossiers are read whole.
    guard terminal.respond(to: "\r") != nil else { return (first, nil, [], nil, false) }
    let opened = terminal.lastOutputSinceStart()
    guard terminal.respond(to: "n") != nil else { return (first, opened, [], nil, false) }
    let timings = typed.compactMap { terminal.respond(to: String($0)) }
    let save = terminal.respond(to: "\u{13}")
    let saved = (try? DataFolder(path: folder, readOnly: true).loadAll().dossiers.values.contains {
        $0.dossier.sessions.contains { $0.summary == typed }
    }) ?? false
    return (first, opened, timings, save, saved)
}

let options = Options(CommandLine.arguments)
let today = CalendarDay(parsing: "2023-10-16")!
let environment = ["IMPULS_TODAY=2023-10-16", "HOME=/nonexistent", "LANG=C.UTF-8", "PATH=/usr/bin:/bin"]
var rows: [Row] = []
var notes: [String] = []
let base = "/tmp/impuls-bench-\(getpid())"

// The yardstick: taskwarrior's `task count` over 7,000 tasks, about the national folder's records.
var taskCount: Double?
if let program = Taskwarrior.find(), let taskwarrior = Taskwarrior(program: program, folder: base + "-task", count: 7_000) {
    let timing = measureProcess(max(5, options.runs / 2), taskwarrior.count, environment: taskwarrior.environment)
    taskCount = timing.wall.median
    rows.append(Row(scale: "taskwarrior", name: "whole process: task count (7,000 tasks; CPU \(ms(timing.cpu)) ms)",
                    median: timing.wall.median, p95: timing.wall.p95))
    _ = runProcess(["/bin/rm", "-rf", taskwarrior.folder], environment: environment)
}
let slowDisk = access("/usr/bin/strace", X_OK) == 0
if !slowDisk { notes.append("strace is not installed: the keystroke on a slow-fsync disk is left out.") }

for scale in options.scales {
    let folderPath = base + "-" + scale.rawValue
    let made = runProcess([options.impuls, "demo", "--scale", scale.rawValue, "--output", folderPath], environment: environment)
    guard made.status == 0 else { print("impuls-bench: could not write the \(scale.rawValue) demo (is --impuls right?)"); exit(2) }
    // The folder just written is still being written back to the disk: measure after that, not
    // alongside it (the kernel's writeback took CPU from the first measurements).
    sync()
    let runs = scale == .stress ? max(5, options.runs / 3) : options.runs
    let folder = try! DataFolder(path: folderPath)
    func add(_ name: String, _ timing: (median: Double, p95: Double), target: Double? = nil, unit: String = "ms") {
        rows.append(Row(scale: scale.rawValue, name: name, median: timing.median, p95: timing.p95, target: target, unit: unit))
    }

    // In process, to see where time goes (no targets).
    var contents = folder.loadAll()
    add("load the whole folder", measure(runs) { contents = folder.loadAll() })
    add("read the rows of the first screen (a preview)", measure(runs) { _ = folder.loadRows(today: today, summary: .unused) })
    add("the same rows from a warm summary (no file changed)", measure(runs) { _ = folder.loadRows(today: today) })
    let dossiers = contents.dossiers.mapValues(\.dossier)
    let caseload = Caseload(dossiers: dossiers, today: today, actor: "bench")
    let regions = Region.provinces()
    add("status report, all regions", measure(runs) { _ = StatusReport.make(dossiers: Array(dossiers.values), regions: regions, rules: .scheme, today: today) })
    var state = AppState(columns: 80, rows: 24, language: .nl, caseload: caseload, regions: [nil] + regions.map(Optional.some))
    add("render the region view", measure(runs) { _ = Render.screen(state) })
    _ = Update.apply(.key(.character("/")), to: &state)
    var letters = Array("sudwestfryslan")
    add("filter keystroke (update + render)", measure(runs * 3) {
        if letters.isEmpty {
            letters = Array("sudwestfryslan")
            for _ in 0..<14 { _ = Update.apply(.key(.backspace), to: &state) }
        }
        _ = Update.apply(.key(.character(letters.removeFirst())), to: &state)
        _ = Render.screen(state)
    })
    _ = Update.apply(.key(.escape), to: &state)

    // Save one session to the largest dossier, with fsync, through the storage layer.
    let largest = contents.dossiers.values.max { $0.dossier.sessions.count < $1.dossier.sessions.count }!
    var stored = largest
    var counter = 0
    add("save one session (\(largest.dossier.sessions.count) in the dossier, fsync)", measure(runs) {
        counter += 1
        let session = AdviceSession(id: "bench\(counter)", date: today, kind: .call, summary: "Benchmark")
        let next = try! stored.dossier.addingSession(session, context: ChangeContext(rules: .scheme, today: today, actor: "bench"))
        let revision = try! folder.save(next, expected: stored.revision).revision
        stored = StoredDossier(dossier: next, revision: revision)
    }, target: 10)

    // The real program, as users run it.
    let status = measureProcess(max(5, runs / 2), [options.impuls, "status", "--all", "--format", "json", "--data-dir", folderPath], environment: environment)
    let statusTarget: Double? = scale == .national ? taskCount.map { 0.4 * $0 } : scale == .stress ? 150 : nil
    add("whole process: impuls status --all (CPU \(ms(status.cpu)) ms)", status.wall, target: statusTarget)
    if scale == .national, let taskCount {
        notes.append("national status --all takes \(ms(status.wall.median / taskCount * 100))% of taskwarrior's task count (target ≤ 40%).")
    }
    let peak = peakMemory(3, [options.impuls, "status", "--all", "--format", "json", "--data-dir", folderPath], environment: environment)
    rows.append(Row(scale: scale.rawValue, name: "peak memory of impuls status --all", median: Double(peak) / 1024, p95: .nan,
                    target: scale == .stress ? 60 : scale == .national ? 50 : nil, unit: "MB"))

    var firsts: [Double] = []
    var openings: [Double] = []
    var keys: [Double] = []
    var allSaved = true
    for _ in 0..<max(3, runs / 4) {
        let run = interface(options.impuls, folder: folderPath, environment: environment, keys: 30, slowFsync: false)
        if let first = run.first { firsts.append(first) }
        if let opened = run.opened { openings.append(opened) }
        keys += run.keys
        allSaved = allSaved && run.saved
    }
    add("interface: first screen in a terminal", summary(firsts), target: scale == .national ? 30 : nil)
    add("interface: a dossier open, Enter sent at the first screen (from the start)", summary(openings))
    add("interface: keystroke in a form (\(keys.count) keys)", summary(keys), target: 2)
    if !allSaved { notes.append("\(scale.rawValue): a session typed in the interface was not found in the folder afterwards.") }
    if slowDisk {
        let slow = interface(options.impuls, folder: folderPath, environment: environment, keys: 60, slowFsync: true)
        add("interface: keystroke, fsync delayed 20 ms (\(slow.keys.count) keys)", summary(slow.keys), target: 2)
        if let save = slow.save { add("interface: Ctrl-S on that disk (shows the delay is real)", (save, .nan)) }
        if !slow.saved { notes.append("\(scale.rawValue): the session typed under strace was not saved.") }
    }
    _ = runProcess(["/bin/rm", "-rf", folderPath], environment: environment)
}

// The table.
print("| scale | measurement | median | p95 | target |")
print("|---|---|---:|---:|---:|")
for row in rows {
    let verdict = row.target.map { row.median <= $0 ? "≤ \(ms($0)) \(row.unit) ✓" : "≤ \(ms($0)) \(row.unit) ✗" } ?? ""
    print("| \(row.scale) | \(row.name) | \(ms(row.median)) \(row.unit) | \(row.p95.isNaN ? "" : ms(row.p95) + " " + row.unit) | \(verdict) |")
}
for note in notes { print("\n" + note) }

if let path = options.json {
    let items: [JSONNode] = rows.map { row in
        .object([("scale", .string(row.scale)), ("measurement", .string(row.name)), ("unit", .string(row.unit)),
                 ("median", JSONNode(.number(ms(row.median)))),
                 ("p95", row.p95.isNaN ? nil : JSONNode(.number(ms(row.p95)))),
                 ("target", row.target.map { JSONNode(.number(ms($0))) }),
                 ("met", row.target.map { JSONNode(.bool(row.median <= $0)) })])
    }
    try! OutputFile.write(JSONWriter.write(.array(items)), to: path, mode: 0o644)
}
