#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ImpulsCore

/// Low-level file access through POSIX calls: reading whole files, and the durable write path
/// (temporary file, short-write loop, fsync, rename, fsync of the folder).
public enum FileIO {
    /// Why a system call failed, with `errno`'s text.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let operation: String
        public let path: String
        public let code: Int32
        public var description: String { "\(operation) \(path): \(String(cString: strerror(code)))" }
        public var isNotFound: Bool { code == ENOENT }
    }

    /// The whole file, refusing files over `limit` bytes.
    public static func read(_ path: String, limit: Int = 64 << 20) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(operation: "open", path: path, code: errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw Failure(operation: "stat", path: path, code: errno) }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw Failure(operation: "read", path: path, code: EISDIR) }
        let size = Int(info.st_size)
        if size > limit { throw FileTooLarge(bytes: size, limit: limit) }
        var bytes = [UInt8](repeating: 0, count: size)
        var done = 0
        while done < size {
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + done, size - done) }
            if n < 0 {
                if errno == EINTR { continue }
                throw Failure(operation: "read", path: path, code: errno)
            }
            if n == 0 { break }
            done += n
        }
        if done < size { bytes.removeLast(size - done) }
        return bytes
    }

    public struct FileTooLarge: Error, Sendable {
        public let bytes: Int
        public let limit: Int
    }

    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    public static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Creates the folder and its parents as needed, each new one with `mode`.
    public static func makeDirectory(_ path: String, mode: mode_t = 0o700) throws {
        if isDirectory(path) { return }
        let parent = parentDirectory(path)
        if parent != path, !parent.isEmpty, !isDirectory(parent) { try makeDirectory(parent, mode: mode) }
        if mkdir(path, mode) != 0, errno != EEXIST { throw Failure(operation: "mkdir", path: path, code: errno) }
    }

    public static func parentDirectory(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }

    /// Names in a folder, without `.` and `..`, sorted.
    public static func list(_ path: String) throws -> [String] {
        guard let dir = opendir(path) else { throw Failure(operation: "opendir", path: path, code: errno) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// Writes `bytes` to `path` so that afterwards the file holds either its old content or all
    /// of the new, never a mix, even if the process is killed or the machine loses power:
    /// a temporary file in the same folder, every byte written, fsync, rename over the target,
    /// fsync of the folder. The temporary file gets `mode` before the rename.
    public static func writeAtomically(_ bytes: [UInt8], to path: String, mode: mode_t = 0o600) throws {
        let folder = parentDirectory(path)
        let name = path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
        let temporary = folder + "/" + temporaryPrefix + name + "." + String(getpid()) + "." + String(UInt32.random(in: 0...UInt32.max), radix: 16)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { throw Failure(operation: "create", path: temporary, code: errno) }
        var closed = false
        defer {
            if !closed { close(fd) }
        }
        do {
            if fchmod(fd, mode) != 0 { throw Failure(operation: "chmod", path: temporary, code: errno) }
            var done = 0
            while done < bytes.count {
                let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, bytes.count - done) }
                if n < 0 {
                    if errno == EINTR { continue }
                    throw Failure(operation: "write", path: temporary, code: errno)
                }
                if n == 0 { throw Failure(operation: "write", path: temporary, code: EIO) }
                done += n
            }
            if fsync(fd) != 0 { throw Failure(operation: "fsync", path: temporary, code: errno) }
            closed = true
            if close(fd) != 0 { throw Failure(operation: "close", path: temporary, code: errno) }
            if rename(temporary, path) != 0 { throw Failure(operation: "rename", path: path, code: errno) }
        } catch {
            unlink(temporary)
            throw error
        }
        try syncDirectory(folder)
    }

    /// Temporary files start with this; `sweepTemporaryFiles` removes the ones a killed process left.
    public static let temporaryPrefix = ".impuls-tmp-"

    public static func syncDirectory(_ path: String) throws {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(operation: "open", path: path, code: errno) }
        defer { close(fd) }
        if fsync(fd) != 0 { throw Failure(operation: "fsync", path: path, code: errno) }
    }

    /// Removes temporary files left in `folder` by a process that died mid-save.
    @discardableResult
    public static func sweepTemporaryFiles(in folder: String) -> Int {
        guard let names = try? list(folder) else { return 0 }
        var removed = 0
        for name in names where name.hasPrefix(temporaryPrefix) {
            if unlink(folder + "/" + name) == 0 { removed += 1 }
        }
        return removed
    }

    public static func remove(_ path: String) throws {
        if unlink(path) != 0, errno != ENOENT { throw Failure(operation: "unlink", path: path, code: errno) }
    }

    /// A value of the environment, nil when unset or empty.
    public static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        let text = String(cString: value)
        return text.isEmpty ? nil : text
    }

    /// `~` and `~/…` expanded with `$HOME`.
    public static func expandHome(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home = environment("HOME") else { return path }
        return home + path.dropFirst()
    }
}
