#if !IMPULS_FUZZ
#if canImport(Glibc)
import Glibc
#endif

/// `impuls-fuzz [--must-load] FILE...`: runs the fuzzer's properties on each file, as the normal
/// build's replayer of the seed corpus and of saved crashes. Exits 0 when all hold; otherwise 1,
/// with the file and the violated property on standard error. `--must-load`: each file must also
/// load as a dossier. A file that traps or runs longer than
/// `$IMPULS_FUZZ_TIMEOUT` seconds (default 10) ends the program, naming the file.
@main
enum Replayer {
    static func main() {
        var files = Array(CommandLine.arguments.dropFirst())
        let mustLoad = files.first == "--must-load"
        if mustLoad { files.removeFirst() }
        guard !files.isEmpty else {
            report("usage: impuls-fuzz [--must-load] FILE...")
            exit(2)
        }
        let timeout = CommandLine.environmentInt("IMPULS_FUZZ_TIMEOUT") ?? 10
        Watchdog.install()
        var failures = 0
        for file in files {
            guard let bytes = readFile(file) else {
                report("\(file): cannot be read")
                failures += 1
                continue
            }
            Watchdog.watch(file, seconds: timeout)
            let violation = Properties.check(bytes)
            Watchdog.stop()
            if let violation {
                report("\(file): \(violation)")
                failures += 1
            } else if mustLoad, !Properties.loads(bytes) {
                report("\(file): does not load as a dossier (--must-load)")
                failures += 1
            }
        }
        print("impuls-fuzz: \(files.count - failures) of \(files.count) files hold every property")
        exit(failures == 0 ? 0 : 1)
    }

    /// A line on standard error.
    static func report(_ line: String) {
        var text = line + "\n"
        text.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
    }

    static func readFile(_ path: String) -> [UInt8]? {
        guard let f = fopen(path, "rb") else { return nil }
        defer { fclose(f) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buffer, 1, buffer.count, f)
            if n > 0 { bytes.append(contentsOf: buffer[0..<n]) }
            if n < buffer.count { return ferror(f) == 0 ? bytes : nil }
        }
    }
}

extension CommandLine {
    static func environmentInt(_ name: String) -> Int? {
        getenv(name).flatMap { Int(String(cString: $0)) }
    }
}
#endif
