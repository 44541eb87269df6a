#if canImport(Glibc)
import Glibc
#endif
import ImpulsCore

/// What an interrupted sync, a killed git, or a plain `git merge` or `git pull` without the driver
/// left behind, finished before anything else.
extension TeamSync {
    /// A rebase is abandoned, unmerged dossiers are merged from git's three stages together with
    /// anything saved into them meanwhile, and a merge whose commit is missing is committed. True
    /// when anything was repaired.
    func repair(_ report: inout Report) throws -> Bool {
        var repaired = removeStaleGitLocks()
        sweepMergeTemporaries()
        let gitDir = folder.path + "/.git"
        if FileIO.isDirectory(gitDir + "/rebase-merge") || FileIO.isDirectory(gitDir + "/rebase-apply") {
            // Aborting puts back the files as they were before the rebase: anything saved meanwhile
            // is kept aside and merged back in.
            let saved = loadableDossiers()
            try git.run(["rebase", "--abort"])
            try mergeBack(saved)
            repaired = true
        }
        let unmerged = try unmergedPaths()
        if !unmerged.isEmpty {
            let theirs = FileIO.exists(gitDir + "/MERGE_HEAD") ? "MERGE_HEAD" : "HEAD"
            try resolve(unmerged, theirs: theirs, worktreeMayHoldSaves: true, &report)
            repaired = true
        }
        if FileIO.exists(gitDir + "/MERGE_HEAD") {
            try commit(["commit", "--no-edit", "--quiet"])
            repaired = true
        }
        // A merge committed with conflict markers in it (git commit -a after a failed plain merge):
        // merge those dossiers again from the merge's two parents.
        if try git.run(["rev-parse", "--verify", "--quiet", "HEAD^2"]).succeeded {
            var fixed = false
            let base = try git.run(["merge-base", "HEAD^1", "HEAD^2"]).output.trimmingSpaces
            for path in try trackedDossiers() where !loads(path) {
                guard let code = TeamSync.code(of: path), let committed = try show("HEAD", path),
                      (try? DossierFormat.decode(committed, fileCode: code, file: path)) == nil,
                      let ours = try show("HEAD^1", path), let theirs = try show("HEAD^2", path) else { continue }
                let merged = try MergeDriver.merge(base: base.isEmpty ? nil : try show(base, path), ours: ours, theirs: theirs, path: path)
                try FileIO.writeAtomically(merged, to: folder.path + "/" + path)
                try git.run(["add", "--", path])
                fixed = true
            }
            if fixed {
                try commit(["commit", "--quiet", "-m", "impuls: dossiers merged again by meaning (the merge before had left conflict markers)"])
                repaired = true
            }
        }
        return repaired
    }

    /// Every dossier here that loads, as its bytes.
    private func loadableDossiers() -> [MunicipalityCode: [UInt8]] {
        var found: [MunicipalityCode: [UInt8]] = [:]
        for name in (try? FileIO.list(folder.dossiersPath)) ?? [] {
            guard let code = TeamSync.code(of: "dossiers/" + name),
                  let bytes = try? FileIO.read(folder.file(for: code), limit: DataFolder.maximumFileSize, followLinks: false),
                  (try? DossierFormat.decode(bytes, fileCode: code, file: name)) != nil else { continue }
            found[code] = bytes
        }
        return found
    }

    /// Dossiers kept aside merged by meaning with what is on disk now (the base their histories share).
    private func mergeBack(_ saved: [MunicipalityCode: [UInt8]]) throws {
        for (code, bytes) in saved.sorted(by: { $0.key < $1.key }) {
            let file = folder.file(for: code)
            let now = try? FileIO.read(file, limit: DataFolder.maximumFileSize, followLinks: false)
            guard now != bytes, let here = try? DossierFormat.decode(bytes, fileCode: code, file: file) else { continue }
            guard let now, let there = try? DossierFormat.decode(now, fileCode: code, file: file) else {
                try FileIO.writeAtomically(bytes, to: file)
                continue
            }
            let whole = DossierMerge.merge(base: DossierMerge.inferredBase(here, there), ours: here, theirs: there)
            try FileIO.writeAtomically(folder.encodeForSaving(whole), to: file)
        }
    }

    /// The temporary files git's merge gives the driver (`.merge_file_XXXXXX`), left behind when
    /// git was killed: removed when no git works in the folder.
    func sweepMergeTemporaries() {
        guard let names = try? FileIO.list(folder.path), names.contains(where: { $0.hasPrefix(".merge_file_") }),
              !TeamSync.gitIsRunning(in: folder.path) else { return }
        for name in names where name.hasPrefix(".merge_file_") && FileIO.kind(folder.path + "/" + name) == .regular {
            unlink(folder.path + "/" + name)
        }
    }

    /// Lock files a killed git left behind (`index.lock`, `HEAD.lock`, `refs/…/main.lock`) stop every
    /// later git command. They are removed only when no git process is working in this folder: the
    /// folder's lock already keeps other impuls syncs out (and their gits, which inherit it), and a
    /// person's own git shows in /proc.
    func removeStaleGitLocks() -> Bool {
        let gitDir = folder.path + "/.git"
        var locks: [String] = []
        func collect(_ dir: String, depth: Int) {
            guard depth < 6, let names = try? FileIO.list(dir) else { return }
            for name in names {
                let path = dir + "/" + name
                if name.hasSuffix(".lock"), FileIO.kind(path) == .regular { locks.append(path) }
                else if depth == 0 ? name == "refs" : FileIO.kind(path) == .directory { collect(path, depth: depth + 1) }
            }
        }
        collect(gitDir, depth: 0)
        guard !locks.isEmpty, !TeamSync.gitIsRunning(in: folder.path) else { return false }
        for lock in locks { unlink(lock) }
        return true
    }

    /// Is a git process working in `path` (its current folder there)?
    static func gitIsRunning(in path: String) -> Bool {
        guard let pids = try? FileIO.list("/proc") else { return false }
        let target = realPath(path)
        for pid in pids where pid.allSatisfy(\.isNumber) {
            guard let comm = try? FileIO.read("/proc/\(pid)/comm", limit: 256),
                  String(decoding: comm, as: UTF8.self).hasPrefix("git") else { continue }
            var buffer = [CChar](repeating: 0, count: 4096)
            let n = readlink("/proc/\(pid)/cwd", &buffer, buffer.count - 1)
            guard n > 0 else { continue }
            let cwd = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if cwd == target || cwd.hasPrefix(target + "/") { return true }
        }
        return false
    }

    static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
