#if canImport(Glibc)
import Glibc
#endif

/// Which files of a folder (the dossiers folder) changed since it was last asked: through inotify
/// on Linux, or — where inotify cannot be had (no instance or watch left, the folder not there
/// yet) — by comparing each file's size, modification time (in nanoseconds) and inode, at most
/// once a second. It tells names only; what changed is for `DossierStore.rereadChanged` to read.
public final class FolderWatch {
    public let path: String
    /// inotify's descriptor: readable when something changed, so a loop blocked in `poll()` on it
    /// wakes. Nil when the stat-based check is used (then `changes` is asked after each wake).
    public private(set) var descriptor: Int32?
    /// What each file looked like at the last check (the stat-based way).
    private var stamps: [String: Stamp] = [:]
    private var lastScan: ContinuousClock.Instant
    /// How often the stat-based check looks at the folder.
    public static let scanInterval: Duration = .seconds(1)

    /// What the stat-based check compares.
    struct Stamp: Equatable {
        let size: Int64
        /// Seconds and nanoseconds apart: a time set far ahead by hand (`touch -d 3000-01-01`)
        /// would overflow them as one count of nanoseconds.
        let seconds: Int64
        let nanoseconds: Int64
        let inode: UInt64
    }

    /// Watches `path`; with `inotify` false (or inotify unavailable) by the stat-based check.
    public init(path: String, inotify: Bool = true, now: ContinuousClock.Instant = .now) {
        self.path = path
        lastScan = now
        if inotify, let fd = FolderWatch.startInotify(path) {
            descriptor = fd
        } else {
            stamps = scan()
        }
    }

    deinit { if let descriptor { close(descriptor) } }

    /// Whether inotify is in use (else the stat-based check).
    public var usesInotify: Bool { descriptor != nil }

    // inotify's event bits (sys/inotify.h).
    private static let closeWrite: UInt32 = 0x0000_0008, movedFrom: UInt32 = 0x0000_0040, movedTo: UInt32 = 0x0000_0080
    private static let create: UInt32 = 0x0000_0100, delete: UInt32 = 0x0000_0200, deleteSelf: UInt32 = 0x0000_0400
    private static let moveSelf: UInt32 = 0x0000_0800, overflow: UInt32 = 0x0000_4000, ignored: UInt32 = 0x0000_8000

    private static func startInotify(_ path: String) -> Int32? {
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { return nil }   // EMFILE: the user's instances are used up
        let mask = closeWrite | movedTo | delete | movedFrom | create | deleteSelf | moveSelf
        guard inotify_add_watch(fd, path, mask) >= 0 else {   // ENOSPC: the watch limit; ENOENT: no folder yet
            close(fd)
            return nil
        }
        return fd
    }

    /// The names of the files that changed, were added or removed since the last call; nil when
    /// that cannot be told (inotify's queue overflowed): then every file may have changed.
    /// Without inotify the folder is looked at only when `scanInterval` has passed since the last look.
    public func changes(now: ContinuousClock.Instant = .now) -> Set<String>? {
        guard let fd = descriptor else { return scanChanges(now: now) }
        var names: Set<String> = []
        var lost = false, gone = false
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            guard count > 0 else { break }   // EAGAIN: nothing more
            var offset = 0
            buffer.withUnsafeBytes { raw in
                // struct inotify_event { int wd; uint32_t mask, cookie, len; char name[]; }
                while offset + 16 <= count {
                    let mask = raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
                    let length = Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                    let nameBytes = raw[(offset + 16)..<min(count, offset + 16 + length)].prefix { $0 != 0 }
                    if mask & FolderWatch.overflow != 0 { lost = true }
                    if mask & (FolderWatch.ignored | FolderWatch.deleteSelf | FolderWatch.moveSelf) != 0 { gone = true }
                    if !nameBytes.isEmpty { names.insert(String(decoding: nameBytes, as: UTF8.self)) }
                    offset += 16 + length
                }
            }
        }
        if gone {
            // The folder itself went (moved, removed, unmounted): from now on, the stat-based check.
            close(fd)
            descriptor = nil
            stamps = scan()
            lastScan = now
        }
        return lost || gone ? nil : names
    }

    private func scanChanges(now: ContinuousClock.Instant) -> Set<String>? {
        guard now - lastScan >= FolderWatch.scanInterval else { return [] }
        lastScan = now
        let next = scan()
        var names: Set<String> = []
        for (name, stamp) in next where stamps[name] != stamp { names.insert(name) }
        for name in stamps.keys where next[name] == nil { names.insert(name) }
        stamps = next
        return names
    }

    /// Each file of the folder with its stamp (none when the folder is not there).
    private func scan() -> [String: Stamp] {
        guard let dir = opendir(path) else { return [:] }
        defer { closedir(dir) }
        var stamps: [String: Stamp] = [:]
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            guard !name.hasPrefix("."), name.hasSuffix(".json") else { continue }
            var info = stat()
            guard stat(path + "/" + name, &info) == 0 else { continue }
            stamps[name] = Stamp(size: Int64(info.st_size),
                                 seconds: Int64(info.st_mtim.tv_sec), nanoseconds: Int64(info.st_mtim.tv_nsec),
                                 inode: UInt64(info.st_ino))
        }
        return stamps
    }
}
