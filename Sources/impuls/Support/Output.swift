#if canImport(Glibc)
import Glibc
#endif
import ImpulsCore

/// Writing to stdout and stderr (whole, through write(2), so nothing is lost to buffering).
enum Output {
    static func error(_ text: String) {
        writeAll(2, "impuls: " + text.replacingNewlines(with: "\nimpuls: ") + "\n")
    }

    static func warning(_ text: String) { writeAll(2, "impuls: " + text + "\n") }

    static func write(_ text: String) { writeAll(1, text) }

    private static func writeAll(_ fd: Int32, _ text: String) {
        let bytes = Array(text.utf8)
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, bytes.count - done) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { return }
            done += n
        }
    }
}

extension String {
    func replacingNewlines(with replacement: String) -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
