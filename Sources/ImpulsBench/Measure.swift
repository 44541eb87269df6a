#if canImport(Glibc)
import Glibc
#endif

/// Milliseconds on the monotonic clock.
func now() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) * 1000 + Double(t.tv_nsec) / 1_000_000
}

/// Median and 95th percentile of a set of timings (ms).
func summary(_ samples: [Double]) -> (median: Double, p95: Double) {
    guard !samples.isEmpty else { return (.nan, .nan) }
    let sorted = samples.sorted()
    return (sorted[sorted.count / 2], sorted[min(sorted.count - 1, Int(Double(sorted.count) * 0.95))])
}

/// Median and 95th percentile in milliseconds of `runs` timings of `body`.
func measure(_ runs: Int, _ body: () -> Void) -> (median: Double, p95: Double) {
    summary((0..<runs).map { _ in
        let start = now()
        body()
        return now() - start
    })
}

/// A finished program: wall time and CPU time (ms), peak resident memory (KiB), exit status.
struct ProcessRun {
    let ms: Double
    let cpuMs: Double
    let maxRSSKiB: Int
    let status: Int32
}

/// Runs a program to its end, its output thrown away.
func runProcess(_ argv: [String], environment: [String]) -> ProcessRun {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var cArgs = argv.map { strdup($0) } + [nil]
    var cEnv = environment.map { strdup($0) } + [nil]
    defer { for p in cArgs + cEnv { free(p) }; posix_spawn_file_actions_destroy(&actions) }
    var pid: pid_t = 0
    let start = now()
    guard posix_spawn(&pid, argv[0], &actions, nil, &cArgs, &cEnv) == 0 else { return ProcessRun(ms: 0, cpuMs: 0, maxRSSKiB: 0, status: -1) }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0, errno == EINTR {}
    let wall = now() - start
    func ms(_ t: timeval) -> Double { Double(t.tv_sec) * 1000 + Double(t.tv_usec) / 1000 }
    return ProcessRun(ms: wall, cpuMs: ms(usage.ru_utime) + ms(usage.ru_stime), maxRSSKiB: Int(usage.ru_maxrss), status: status)
}

/// Times a whole program `runs` times: median/p95 wall time, median CPU time.
func measureProcess(_ runs: Int, _ argv: [String], environment: [String]) -> (wall: (median: Double, p95: Double), cpu: Double) {
    let results = (0..<runs).map { _ in runProcess(argv, environment: environment) }
    return (summary(results.map(\.ms)), summary(results.map(\.cpuMs)).median)
}

/// The flag that makes the bench a small go-between for `peakMemory`.
let peakMemoryFlag = "--peak-memory-of"

/// A program's peak resident memory (KiB), the most of `runs` runs. Linux counts a child's peak from
/// the memory of whoever spawned it (a spawned child shares its parent's pages until it execs), and
/// this bench holds whole demo folders: so the program is started by a fresh, small copy of the
/// bench (`peakMemoryOf`), which writes the figure to a file.
func peakMemory(_ runs: Int, _ argv: [String], environment: [String]) -> Int {
    let file = "/tmp/impuls-bench-peak-\(getpid())"
    defer { unlink(file) }
    return (0..<runs).map { _ -> Int in
        _ = runProcess([CommandLine.arguments[0], peakMemoryFlag, file] + argv, environment: environment)
        let fd = open(file, O_RDONLY)
        guard fd >= 0 else { return 0 }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 32)
        let n = read(fd, &buffer, buffer.count)
        return n > 0 ? Int(String(decoding: buffer[0..<n], as: UTF8.self).filter(\.isNumber)) ?? 0 : 0
    }.max() ?? 0
}

/// The go-between: runs `argv` (with this process's environment) and writes its peak memory to `file`.
func peakMemoryOf(file: String, _ argv: [String]) -> Never {
    var environment: [String] = []
    var entry = environ
    while let pointer = entry.pointee { environment.append(String(cString: pointer)); entry += 1 }
    let run = runProcess(argv, environment: environment)
    if let handle = fopen(file, "w") { fputs("\(run.maxRSSKiB)\n", handle); fclose(handle) }
    exit(run.status == 0 ? 0 : 1)
}

/// Milliseconds with two decimals.
func ms(_ value: Double) -> String {
    guard value.isFinite else { return "–" }
    let hundredths = Int((value * 100).rounded())
    let fraction = String(hundredths % 100)
    return "\(hundredths / 100).\(fraction.count == 1 ? "0" + fraction : fraction)"
}
