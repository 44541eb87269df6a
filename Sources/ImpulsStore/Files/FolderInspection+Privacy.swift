#if canImport(Glibc)
import Glibc
#endif

extension FolderInspection {
    /// The files and folders under `path` (links not followed) that anyone but their owner may
    /// read, write or enter, by path relative to `path`; at most `limit` looked at. Of `.git` only
    /// what holds dossiers' bytes counts unless `everything`: the folder, its objects and its index
    /// (a plain `git pull` writes FETCH_HEAD, which holds none, as the umask says).
    public static func readableByOthers(in path: String, limit: Int, everything: Bool = false) -> [String] {
        var found: [String] = []
        var seen = 0
        func walk(_ relative: String) {
            guard seen < limit, let names = try? FileIO.list(relative.isEmpty ? path : path + "/" + relative) else { return }
            for name in names.sorted() {
                seen += 1
                let child = relative.isEmpty ? name : relative + "/" + name
                if !everything, relative == ".git", name != "objects", name != "index" { continue }
                var info = stat()
                guard lstat(path + "/" + child, &info) == 0 else { continue }
                let kind = info.st_mode & S_IFMT
                if kind == S_IFLNK { continue }
                if info.st_mode & 0o077 != 0 { found.append(child) }
                if kind == S_IFDIR { walk(child) }
            }
        }
        walk("")
        return found
    }
}

extension TeamSync {
    /// A folder shared by an impuls before files were kept private through git (its `.git` open to
    /// others) is made private once: every file and folder loses the bits for group and others.
    func makePrivateOnce() {
        var info = stat()
        guard lstat(folder.path + "/.git", &info) == 0, info.st_mode & 0o077 != 0 else { return }
        _ = try? git.run(["config", "core.sharedRepository", "0600"])
        for relative in FolderInspection.readableByOthers(in: folder.path, limit: 1_000_000, everything: true) {
            var entry = stat()
            let full = folder.path + "/" + relative
            if lstat(full, &entry) == 0 { chmod(full, entry.st_mode & 0o700) }
        }
    }
}
