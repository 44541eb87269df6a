#if canImport(Glibc)
import Glibc
#endif
import ImpulsCore

/// Where a data folder may be made: never `/` or a system folder, and never in a folder that
/// already holds something other than what a data folder holds. `DataFolder.init` asks before it
/// makes or writes anything; the command line asks too, to name where a refused path was given.
public enum DataFolderPlace {
    /// Folders that are never a data folder themselves (folders inside some of them may be: `/var/tmp/x`, `/root/x`).
    static let systemFolders: Set<String> = [
        "/", "/bin", "/boot", "/dev", "/etc", "/home", "/lib", "/lib32", "/lib64", "/libx32", "/proc", "/root", "/run",
        "/sbin", "/sys", "/tmp", "/usr", "/var", "/var/tmp",
    ]
    /// Folders nothing inside of which is a data folder.
    static let systemTrees = ["/bin", "/boot", "/dev", "/etc", "/lib", "/lib32", "/lib64", "/libx32", "/proc", "/sbin", "/sys", "/usr"]

    /// What impuls itself and git put in a data folder besides `impuls.json` and `dossiers/`.
    static let ownEntries: Set<String> = [".git", ".gitattributes", ".gitignore", ".impuls.lock", ".draft.json", ".impuls-journal.json", ".impuls-cache"]

    /// The folder `path` names, links and `..` resolved, when that is `/` or a system folder or
    /// inside one; nil when a data folder may be there.
    public static func systemFolder(_ path: String) -> String? {
        let resolved = resolve(path)
        if systemFolders.contains(resolved) || systemTrees.contains(where: { resolved.hasPrefix($0 + "/") }) { return resolved }
        return nil
    }

    /// An entry of the existing folder `path` that no data folder holds (the first by name), for
    /// a folder without `impuls.json`: nil when the folder is empty or holds only a `dossiers`
    /// folder (what a folder of an older impuls, or a team repository made by hand, may hold),
    /// git's files (a fresh clone) and impuls's own hidden files (a first start killed before
    /// `impuls.json` was written). Nil too when the folder cannot be listed: making the data
    /// folder then fails with the reason.
    static func foreignEntry(in path: String) -> String? {
        guard let names = try? FileIO.list(path) else { return nil }
        return names.first { name in
            if name == "dossiers" { return !FileIO.isDirectory(path + "/dossiers") }
            return !ownEntries.contains(name) && !name.hasPrefix(FileIO.temporaryPrefix)
        }
    }

    /// The absolute path with links resolved as far as it exists, and `.` and `..` taken out of
    /// the part that does not exist yet.
    static func resolve(_ path: String) -> String {
        var absolute = path
        if !path.hasPrefix("/"), let cwd = getcwd(nil, 0) {
            absolute = String(cString: cwd) + "/" + path
            free(cwd)
        }
        var existing = absolute.split(separator: "/").map(String.init)
        var rest: [String] = []
        var base = "/"
        while true {
            if let real = realpath("/" + existing.joined(separator: "/"), nil) {
                base = String(cString: real)
                free(real)
                break
            }
            guard let last = existing.popLast() else { break }
            rest.insert(last, at: 0)
        }
        var parts = base.split(separator: "/").map(String.init)
        for part in rest where part != "." {
            if part == ".." { _ = parts.popLast() } else { parts.append(part) }
        }
        return "/" + parts.joined(separator: "/")
    }
}
