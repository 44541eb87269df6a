#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ImpulsCore

/// Low-level file access through POSIX calls: reading whole files, and the durable write path
/// (temporary file, short-write loop, fsync, rename, fsync of the folder).
enum FileIO {
    /// Why a system call failed, with `errno`'s text.
    struct Failure: Error, Sendable, CustomStringConvertible {
        let operation: String
        let path: String
        let code: Int32
        var description: String { "\(operation) \(path): \(String(cString: strerror(code)))" }
        var isNotFound: Bool { code == ENOENT }
    }

    /// The whole file, refusing files over `limit` bytes and anything that is not a regular file
    /// (a FIFO, a device, a folder: opened without blocking, then refused). With `followLinks`
    /// false, a symbolic link is refused too (data files are never links: writes would replace them).
    static func read(_ path: String, limit: Int = 64 << 20, followLinks: Bool = true) throws -> [UInt8] {
        try readStamped(path, limit: limit, followLinks: followLinks).bytes
    }

    /// The same, with the stamp of the file the bytes were read from (taken before reading).
    static func readStamped(_ path: String, limit: Int = 64 << 20, followLinks: Bool = true) throws -> (bytes: [UInt8], stamp: FileStamp) {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | (followLinks ? 0 : O_NOFOLLOW))
        guard fd >= 0 else {
            if errno == ELOOP, !followLinks { throw NotRegularFile(path: path) }
            throw Failure(operation: "open", path: path, code: errno)
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw Failure(operation: "stat", path: path, code: errno) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw NotRegularFile(path: path) }
        let size = Int(info.st_size)
        if size > limit { throw FileTooLarge(bytes: size, limit: limit) }
        var failure: Failure?
        // Read into the array's own memory, uninitialized: no zeroing of what is overwritten at once.
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            var done = 0
            while done < size {
                let n = Glibc.read(fd, buffer.baseAddress! + done, size - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = Failure(operation: "read", path: path, code: errno)
                    break
                }
                if n == 0 { break }
                done += n
            }
            initialized = done
        }
        if let failure { throw failure }
        return (bytes, FileStamp(info))
    }

    /// What a failed read or write means for the user, as a problem with a file: the file the
    /// error names itself, else `file`.
    static func issue(for error: any Error, file: String) -> FileIssue {
        switch error {
        case let failure as Failure:
            switch failure.code {
            case ENOENT: return FileIssue(file: failure.path, problem: .notFound)
            case EACCES, EPERM: return FileIssue(file: failure.path, problem: .permissionDenied)
            case EISDIR: return FileIssue(file: failure.path, problem: .isFolder)
            default: return FileIssue(file: failure.path, problem: .systemCall(failure.operation, String(cString: strerror(failure.code))))
            }
        case let notRegular as NotRegularFile:
            return FileIssue(file: notRegular.path, problem: kind(notRegular.path) == .directory ? .isFolder : .notRegularFile)
        case let missing as MissingFolder: return FileIssue(file: missing.path, problem: .folderNotFound)
        case let tooLarge as FileTooLarge: return FileIssue(file: file, problem: .tooLarge(bytes: tooLarge.bytes, limit: tooLarge.limit))
        case let issue as FileIssue: return issue
        default: return FileIssue(file: file, problem: .unreadable("\(error)"))
        }
    }

    /// A path that is a folder, FIFO, device, socket or (where links are not followed) a link.
    struct NotRegularFile: Error, Sendable {
        let path: String
    }

    /// The folder a file was to be written into is not there: the folder as the path names it.
    struct MissingFolder: Error, Sendable {
        let path: String
    }

    struct FileTooLarge: Error, Sendable {
        let bytes: Int
        let limit: Int
    }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    /// What is at a path, without following a final symbolic link.
    enum Kind: Sendable, Equatable {
        case missing, regular, directory, other
        /// The path could not be looked at (permission, I/O); `errno` says why.
        case inaccessible(Int32)
    }

    static func kind(_ path: String) -> Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return errno == ENOENT || errno == ENOTDIR ? .missing : .inaccessible(errno) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regular
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Creates the folder and its parents as needed, each new one with `mode`.
    static func makeDirectory(_ path: String, mode: mode_t = 0o700) throws {
        if isDirectory(path) { return }
        let parent = parentDirectory(path)
        if parent != path, !parent.isEmpty, !isDirectory(parent) { try makeDirectory(parent, mode: mode) }
        if mkdir(path, mode) != 0, errno != EEXIST { throw Failure(operation: "mkdir", path: path, code: errno) }
    }

    static func parentDirectory(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }

    /// Names in a folder, without `.` and `..`, sorted.
    static func list(_ path: String) throws -> [String] {
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
    /// fsync of the folder. The temporary file gets `mode` before the rename. Only a regular file
    /// (or nothing) is replaced: a folder, FIFO, device or link at `path` is refused.
    ///
    /// Throws when nothing was written. Once the rename has happened the new content is in place,
    /// so a failure to sync the folder after it is returned, not thrown: the write happened, only
    /// its survival of a power cut is unconfirmed.
    ///
    /// With `durable` false the fsyncs are left out: the file still never holds a mix (the rename is
    /// atomic) and survives a killed process (the page cache has it), but not a power cut — right
    /// for a draft of what is being typed, which must never make typing wait for the disk.
    @discardableResult
    static func writeAtomically(_ bytes: [UInt8], to path: String, mode: mode_t = 0o600, durable: Bool = true) throws -> FileIssue? {
        switch kind(path) {
        case .missing, .regular: break
        case .directory, .other: throw NotRegularFile(path: path)
        case .inaccessible(let code): throw Failure(operation: "stat", path: path, code: code)
        }
        let folder = parentDirectory(path)
        let name = path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
        let temporary = folder + "/" + temporaryPrefix + name + "." + String(getpid()) + "." + String(UInt32.random(in: 0...UInt32.max), radix: 16)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode)
        // A failure here is the folder's (missing, not writable): named as the user gave it, never by the temporary name.
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw MissingFolder(path: folder) }
            throw Failure(operation: "create", path: folder, code: code)
        }
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
            if durable, fsync(fd) != 0 { throw Failure(operation: "fsync", path: temporary, code: errno) }
            closed = true
            if close(fd) != 0 { throw Failure(operation: "close", path: temporary, code: errno) }
            if rename(temporary, path) != 0 { throw Failure(operation: "rename", path: path, code: errno) }
        } catch {
            unlink(temporary)
            throw error
        }
        guard durable else { return nil }
        do {
            try syncDirectory(folder)
            return nil
        } catch {
            return issue(for: error, file: folder)
        }
    }

    /// Temporary files start with this; `sweepTemporaryFiles` removes the ones a killed process left.
    static let temporaryPrefix = ".impuls-tmp-"

    static func syncDirectory(_ path: String) throws {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(operation: "open", path: path, code: errno) }
        defer { close(fd) }
        if fsync(fd) != 0 { throw Failure(operation: "fsync", path: path, code: errno) }
    }

    /// Removes temporary files left in `folder` by a process that died mid-save.
    @discardableResult
    static func sweepTemporaryFiles(in folder: String) -> Int {
        guard let names = try? list(folder) else { return 0 }
        var removed = 0
        for name in names where name.hasPrefix(temporaryPrefix) {
            if unlink(folder + "/" + name) == 0 { removed += 1 }
        }
        return removed
    }

    static func remove(_ path: String) throws {
        if unlink(path) != 0, errno != ENOENT { throw Failure(operation: "unlink", path: path, code: errno) }
    }
}
