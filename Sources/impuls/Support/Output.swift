#if canImport(Glibc)
import Glibc
#endif
import ImpulsCore
import ImpulsText
import ImpulsStore

/// Writing to stdout and stderr (whole, through write(2), so nothing is lost to buffering). A
/// progress line on the terminal is erased first, so the two never mix. Every text goes out with
/// its control characters escaped but line breaks and tabs (`\u{1B}`, not ESC): a summary or a
/// name from a file never drives the terminal. JSON has none to escape (`JSONWriter`).
enum Output {
    static func error(_ text: String) {
        Progress.interrupting { _ = writeAll(2, "impuls: " + text.replacingNewlines(with: "\nimpuls: ") + "\n") }
    }

    static func warning(_ text: String) { Progress.interrupting { _ = writeAll(2, "impuls: " + text + "\n") } }

    /// Writes to standard output; a failed write (a full disk, a closed pipe) ends the command
    /// with exit status 2 instead of leaving a truncated file behind a success.
    static func write(_ text: String) throws {
        try write(bytes: Array(text.escapingControlCharacters(keepingLinesAndTabs: true).utf8))
    }

    /// Writes bytes as they are: a file format that escapes its own text and needs its own line
    /// ends (an iCalendar file's CRLF). Fails as `write` does.
    static func write(bytes: [UInt8]) throws {
        var failure: Int32?
        Progress.interrupting { failure = writeAll(1, bytes) }
        if let code = failure {
            throw CommandFailure.usage(Message.outputFailed(String(cString: strerror(code))).text(ProcessEnvironment.language))
        }
    }

    /// nil when everything was written, else the `errno` of the failure.
    private static func writeAll(_ fd: Int32, _ text: String) -> Int32? {
        writeAll(fd, Array(text.escapingControlCharacters(keepingLinesAndTabs: true).utf8))
    }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Int32? {
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, bytes.count - done) }
            if n < 0, errno == EINTR { continue }
            if n < 0 { return errno }
            if n == 0 { return EIO }
            done += n
        }
        return nil
    }
}

extension String {
    func replacingNewlines(with replacement: String) -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
