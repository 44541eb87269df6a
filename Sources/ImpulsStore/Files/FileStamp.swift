#if canImport(Glibc)
import Glibc
#endif

/// What a file's metadata says about its content without reading it, as git's index keeps it:
/// size, modification time to the nanosecond, and inode. Equal stamps are taken to mean equal
/// bytes, except for a file changed within the same clock tick as the stamp was kept (see
/// `FolderSummary`'s racy rule).
struct FileStamp: Hashable, Sendable {
    let size: Int64
    /// Seconds and nanoseconds since 1970.
    let seconds: Int64
    let nanoseconds: Int64
    let inode: UInt64

    init(size: Int64, seconds: Int64, nanoseconds: Int64, inode: UInt64) {
        self.size = size
        self.seconds = seconds
        self.nanoseconds = nanoseconds
        self.inode = inode
    }

    init(_ info: stat) {
        self.init(size: Int64(info.st_size), seconds: Int64(info.st_mtim.tv_sec), nanoseconds: Int64(info.st_mtim.tv_nsec),
                  inode: UInt64(info.st_ino))
    }

    /// A regular file's stamp, not following a link; nil for anything else or nothing.
    static func of(_ path: String) -> FileStamp? {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return FileStamp(info)
    }

    /// The modification time is earlier than `moment`'s.
    func modified(before moment: FileStamp) -> Bool {
        (seconds, nanoseconds) < (moment.seconds, moment.nanoseconds)
    }
}
