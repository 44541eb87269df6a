// impuls-bench: measures what users wait for, at each demo scale, on the release build.
// Usage: impuls-bench --impuls PATH [--scales national,stress] [--runs N] [--json FILE]
#if canImport(Glibc)
import Glibc
#endif
import ImpulsCore
import ImpulsStore
import ImpulsUI

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

func now() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) * 1000 + Double(t.tv_nsec) / 1_000_000
}

/// Median and 95th percentile in milliseconds of `runs` timings of `body`.
func measure(_ runs: Int, _ body: () -> Void) -> (median: Double, p95: Double) {
    var times: [Double] = []
    for _ in 0..<runs {
        let start = now()
        body()
        times.append(now() - start)
    }
    times.sort()
    return (times[times.count / 2], times[min(times.count - 1, Int(Double(times.count) * 0.95))])
}

/// Runs a program to its end; returns its wall time (ms) and peak resident memory (KiB).
func runProcess(_ argv: [String], environment: [String]) -> (ms: Double, maxRSSKiB: Int, status: Int32) {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var cArgs = argv.map { strdup($0) } + [nil]
    var cEnv = environment.map { strdup($0) } + [nil]
    defer { for p in cArgs + cEnv { free(p) }; posix_spawn_file_actions_destroy(&actions) }
    var pid: pid_t = 0
    let start = now()
    guard posix_spawn(&pid, argv[0], &actions, nil, &cArgs, &cEnv) == 0 else { return (0, 0, -1) }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0, errno == EINTR {}
    return (now() - start, Int(usage.ru_maxrss), status)
}

struct Row {
    let scale: String
    let name: String
    let median: Double
    let p95: Double
    let target: Double?
}

let options = Options(CommandLine.arguments)
let today = CalendarDay(parsing: "2023-10-16")!
let environment = ["IMPULS_TODAY=2023-10-16", "HOME=/nonexistent", "LANG=C.UTF-8", "PATH=/usr/bin:/bin"]
var rows: [Row] = []
var memory: [(String, Int)] = []
let base = "/tmp/impuls-bench-\(getpid())"

for scale in options.scales {
    let folderPath = base + "-" + scale.rawValue
    let made = runProcess([options.impuls, "demo", "--scale", scale.rawValue, "--output", folderPath], environment: environment)
    guard made.status == 0 else { print("impuls-bench: could not write the \(scale.rawValue) demo (is --impuls right?)"); exit(2) }
    let runs = scale == .stress ? max(5, options.runs / 3) : options.runs
    let folder = try! DataFolder(path: folderPath)
    let national = scale != .region
    func add(_ name: String, _ timing: (median: Double, p95: Double), target: Double? = nil) {
        rows.append(Row(scale: scale.rawValue, name: name, median: timing.median, p95: timing.p95, target: target))
    }

    var contents = folder.loadAll()
    add("load the whole folder", measure(runs) { contents = folder.loadAll() })
    let dossiers = contents.dossiers.mapValues(\.dossier)
    let caseload = Caseload(dossiers: dossiers, today: today, actor: "bench")
    let regions = Region.provinces()
    add("status report, all regions", measure(runs) { _ = StatusReport.make(dossiers: Array(dossiers.values), regions: regions, rules: .scheme, today: today) })

    var state = AppState(columns: 80, rows: 24, language: .nl, caseload: caseload, regions: [nil] + regions.map(Optional.some))
    add("render the region view", measure(runs) { _ = Render.screen(state) })
    add("first screen (load, rows, render)", measure(runs) {
        let loaded = folder.loadAll()
        let s = AppState(columns: 80, rows: 24, language: .nl,
                         caseload: Caseload(dossiers: loaded.dossiers.mapValues(\.dossier), today: today, actor: "bench"), regions: [nil])
        _ = Render.screen(s)
    }, target: national && scale == .national ? 100 : nil)

    _ = Update.apply(.key(.character("/")), to: &state)
    var letters = Array("sudwestfryslan")
    add("filter keystroke (update + render)", measure(runs * 3) {
        if letters.isEmpty {
            letters = Array("sudwestfryslan")
            for _ in 0..<14 { _ = Update.apply(.key(.backspace), to: &state) }
        }
        _ = Update.apply(.key(.character(letters.removeFirst())), to: &state)
        _ = Render.screen(state)
    }, target: scale == .national ? 5 : scale == .stress ? 16 : nil)
    _ = Update.apply(.key(.escape), to: &state)

    add("open a dossier (update + render)", measure(runs) {
        _ = Update.apply(.key(.enter), to: &state)
        _ = Render.screen(state)
        _ = Update.apply(.key(.escape), to: &state)
    })

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
    }, target: scale == .national ? 10 : nil)

    var peak = 0
    add("whole process: impuls status --all", measure(max(5, runs / 2)) {
        let result = runProcess([options.impuls, "status", "--all", "--format", "json", "--data-dir", folderPath], environment: environment)
        peak = max(peak, result.maxRSSKiB)
    }, target: scale == .national ? 80 : scale == .stress ? 600 : nil)
    memory.append((scale.rawValue, peak))
    _ = runProcess(["/bin/rm", "-rf", folderPath], environment: environment)
}

// The table.
print("| scale | measurement | median ms | p95 ms | target ms |")
print("|---|---|---:|---:|---:|")
func ms(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let fraction = String(hundredths % 100)
    return "\(hundredths / 100).\(fraction.count == 1 ? "0" + fraction : fraction)"
}
for row in rows {
    let verdict = row.target.map { row.median <= $0 ? "≤ \(Int($0)) ✓" : "≤ \(Int($0)) ✗" } ?? ""
    print("| \(row.scale) | \(row.name) | \(ms(row.median)) | \(ms(row.p95)) | \(verdict) |")
}
for (scale, kib) in memory {
    let target = scale == "national" ? " (target ≤ 50 MB \(kib <= 50 * 1024 ? "✓" : "✗"))" : ""
    print("| \(scale) | peak memory of impuls status --all | \(kib / 1024) MB | | \(target) |")
}

if let path = options.json {
    var items: [JSONNode] = rows.map { row in
        .object([("scale", .string(row.scale)), ("measurement", .string(row.name)), ("medianMs", JSONNode(.number(ms(row.median)))),
                 ("p95Ms", JSONNode(.number(ms(row.p95)))), ("targetMs", row.target.map { JSONNode(.number(String(Int($0)))) })])
    }
    items += memory.map { .object([("scale", .string($0.0)), ("measurement", .string("peak memory KiB, impuls status --all")), ("value", .int($0.1))]) }
    try! FileIO.writeAtomically(JSONWriter.write(.array(items)), to: path, mode: 0o644)
}
