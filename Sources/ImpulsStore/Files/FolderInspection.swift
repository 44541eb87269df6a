#if canImport(Glibc)
import Glibc
#endif
import ImpulsCore

/// What is at a data folder's path and what state the folder is in, for `impuls doctor` and
/// `impuls sync --clone`: looked at, never changed (no lock file or folder is made).
public enum FolderInspection: Sendable, Equatable {
    /// Nothing there. `ancestor` is the nearest path above that exists: a new folder can be made
    /// when it is a folder this user may write in.
    case missing(ancestor: String, ancestorIsFolder: Bool, ancestorWritable: Bool)
    /// Something that is not a folder (a link to a folder counts as a folder).
    case notAFolder
    case folder

    public static func inspect(_ path: String) -> FolderInspection {
        switch FileIO.kind(path) {
        case .missing:
            var ancestor = FileIO.parentDirectory(path)
            while FileIO.kind(ancestor) == .missing, ancestor != "/" { ancestor = FileIO.parentDirectory(ancestor) }
            return .missing(ancestor: ancestor, ancestorIsFolder: FileIO.isDirectory(ancestor), ancestorWritable: access(ancestor, W_OK) == 0)
        case .regular, .other: return FileIO.isDirectory(path) ? .folder : .notAFolder
        case .directory, .inaccessible: return .folder
        }
    }

    /// True when nothing is at `path` or it is an empty folder (where a clone may go).
    public static func isMissingOrEmpty(_ path: String) -> Bool {
        FileIO.kind(path) == .missing || ((try? FileIO.list(path)) ?? ["x"]).isEmpty
    }

    /// Whether a file exists at `path` (for the sample config beside an installed binary).
    public static func exists(_ path: String) -> Bool { FileIO.exists(path) }
}

extension DataFolder {
    /// Whether this user may write the folder and its dossiers folder.
    public var isWritable: Bool {
        access(path, W_OK) == 0 && (!FileIO.exists(dossiersPath) || access(dossiersPath, W_OK) == 0)
    }

    /// Whether the folder is a git work tree (shared with a team).
    public var isSharedThroughGit: Bool { FileIO.exists(path + "/.git") }

    /// The folder's format (`impuls.json`); a folder impuls has not written to yet has the current one.
    public var folderVersion: Int {
        guard let bytes = try? FileIO.read(path + "/impuls.json", limit: 1 << 16), let root = try? JSONParser.parse(bytes),
              let reader = try? JSONObjectReader(root, path: ""), let version = try? reader.optionalInt("version") else { return 1 }
        return version
    }

    /// The format a dossier's file was written in (0: the prototype's, without a `format` key).
    public func formatVersion(of code: MunicipalityCode) -> Int {
        guard let root = try? JSONParser.parse(bytes(of: code)), let reader = try? JSONObjectReader(root, path: "") else {
            return DossierFormat.currentVersion
        }
        return ((try? reader.optionalInt("format")) ?? nil) ?? 0
    }

    /// A dossier file's bytes as they are on disk (to point at a line in it); empty when it cannot be read.
    public func bytes(of code: MunicipalityCode) -> [UInt8] { ((try? readDossierFile(file(for: code))) ?? nil) ?? [] }

    /// Whether no process holds the folder's lock (asked a few times over two seconds, as a save
    /// holds it only for a moment). The lock file is not created, and a link is not followed.
    public var lockIsFree: Bool {
        let fd = open(path + "/.impuls.lock", O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return true }
        defer { close(fd) }
        for _ in 0..<20 {
            if flock(fd, LOCK_SH | LOCK_NB) == 0 {
                flock(fd, LOCK_UN)
                return true
            }
            usleep(100_000)
        }
        return false
    }
}
