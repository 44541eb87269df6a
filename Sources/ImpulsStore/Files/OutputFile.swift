#if canImport(Glibc)
import Glibc
#endif
import ImpulsCore

/// Files the user names on the command line: an export or report to write, an export to read, the
/// versions git hands the merge driver. Writes are atomic and replace only a regular file (never a
/// device, pipe, link or folder); every failure is a `FileIssue` naming the file.
public enum OutputFile {
    /// Writes `bytes` to `path` (temporary file, fsync, rename, fsync of the folder). Returns a
    /// warning when the content is in place but syncing the folder failed.
    @discardableResult
    public static func write(_ bytes: [UInt8], to path: String, mode: UInt32 = 0o600) throws(FileIssue) -> FileIssue? {
        do { return try FileIO.writeAtomically(bytes, to: path, mode: mode_t(mode)) } catch { throw FileIO.issue(for: error, file: path) }
    }

    /// The bytes of the file at `path`, refused when over `limit`.
    public static func read(_ path: String, limit: Int) throws(FileIssue) -> [UInt8] {
        do { return try FileIO.read(path, limit: limit) } catch { throw FileIO.issue(for: error, file: path) }
    }
}
