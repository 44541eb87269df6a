import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes an executable script (mode 0755) through a close-on-exec descriptor. Tests run in
/// parallel and start processes all the time: a child started while the script is open for writing
/// would inherit that descriptor, and exec of the script then fails with "Text file busy".
func writeScript(_ text: String, to path: String) throws {
    try writeExecutable(Array(text.utf8), to: path)
}

/// Any executable (a copy of a binary) written the same way.
func writeExecutable(_ bytes: [UInt8], to path: String) throws {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
    guard fd >= 0 else { throw CocoaError(.fileWriteUnknown) }
    defer { close(fd) }
    var written = 0
    while written < bytes.count {
        let n = bytes[written...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        if n < 0 { if errno == EINTR { continue }; throw CocoaError(.fileWriteUnknown) }
        written += n
    }
    guard fchmod(fd, 0o755) == 0 else { throw CocoaError(.fileWriteUnknown) }
}

/// The pid strace's `inject=…:signal=SIGSTOP` stopped, read from its log (`-o log`); nil when none
/// stopped within `seconds`.
func stoppedByStrace(log: String, seconds: Double = 20) -> pid_t? {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        let lines = ((try? String(contentsOfFile: log, encoding: .utf8)) ?? "").split(separator: "\n")
        if let line = lines.first(where: { $0.hasSuffix("--- stopped by SIGSTOP ---") }) { return pid_t(line.prefix { $0 != " " }) }
        usleep(20_000)
    }
    return nil
}
