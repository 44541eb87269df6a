#if canImport(Glibc)
import Glibc
#endif
import ImpulsCore

/// The second half of a sync: the team's branch merged with the driver, and the result checked.
/// A colleague's copy that cannot be used gives way to this laptop's, with a notice in the dossier
/// naming the commit and its author; the merge always completes, so the first healthy laptop
/// repairs the team repository with its push.
extension TeamSync {
    /// Merges the team's branch with the driver, noting in `report` what came in and whose changes it holds.
    func mergeRemote(_ report: inout Report) throws {
        let remoteBranch = TeamSync.remote + "/" + TeamSync.branch
        guard try git.run(["rev-parse", "--verify", "--quiet", remoteBranch]).succeeded else { return }
        if try git.run(["merge-base", "--is-ancestor", remoteBranch, "HEAD"]).succeeded { return }
        let tip = try shapedRemote(remoteBranch, &report)
        let related = try git.run(["merge-base", "HEAD", tip]).succeeded
        // What the team changed since we parted (two unrelated folders joining: everything that differs).
        let range = related ? ["HEAD..." + tip] : ["HEAD", tip]
        let incoming = try git.run(["diff", "--name-only", "--no-renames"] + range + ["--", "dossiers"]).output
            .split(separator: "\n").map(String.init).filter { TeamSync.code(of: $0) != nil }
        progress(.merging(dossiers: incoming.count))
        let before = try git.run(["rev-parse", "--verify", "--quiet", "HEAD"]).output.trimmingSpaces
        try moveAsideDamaged(incoming, &report)
        let merge = try commit(["merge", "--no-edit", "--quiet", "--allow-unrelated-histories", "-m", "Merge " + remoteBranch, tip], check: false)
        if !merge.succeeded {
            let unmerged = try unmergedPaths()
            guard !unmerged.isEmpty else {
                if FileIO.exists(folder.path + "/.git/MERGE_HEAD") { try git.run(["merge", "--abort"]) }
                throw Failure.git(step: "merge", detail: TeamSync.firstLine(merge.error.isEmpty ? merge.output : merge.error))
            }
            try resolve(unmerged, theirs: remoteBranch, worktreeMayHoldSaves: false, &report)
            try commit(["commit", "--no-edit", "--quiet"])
        }
        progress(.checking)
        if !before.isEmpty { try checkMerged(against: before, remote: remoteBranch, &report) }
        report.received = Array(Set(report.received + incoming.compactMap(TeamSync.code(of:)))).sorted()
        for (code, names) in try authorsOfIncoming(incoming, since: before) {
            report.authors[code] = Array(Set((report.authors[code] ?? []) + names)).sorted()
        }
    }

    func unmergedPaths() throws -> [String] {
        Array(Set(try git.run(["diff", "--name-only", "--diff-filter=U"]).output.split(separator: "\n").map(String.init))).sorted()
    }

    /// A damaged dossier here (held back from commits) that the team's work changes would stop the
    /// merge: it is moved to `.impuls-damaged/` (kept, never shared) and the last commit's copy put back.
    private func moveAsideDamaged(_ incoming: [String], _ report: inout Report) throws {
        for path in incoming {
            guard let code = TeamSync.code(of: path), FileIO.kind(folder.path + "/" + path) != .missing, !loads(path) else { continue }
            var aside = ".impuls-damaged/" + code.rawValue + "-" + TeamSync.wallClockStamp() + ".json"
            var n = 1
            while FileIO.kind(folder.path + "/" + aside) != .missing {
                n += 1
                aside = ".impuls-damaged/" + code.rawValue + "-" + TeamSync.wallClockStamp() + "-" + String(n) + ".json"
            }
            try FileIO.makeDirectory(folder.path + "/.impuls-damaged")
            guard rename(folder.path + "/" + path, folder.path + "/" + aside) == 0 else {
                throw FileIO.Failure(operation: "rename", path: folder.path + "/" + path, code: errno)
            }
            if let committed = try show("HEAD", path) { try FileIO.writeAtomically(committed, to: folder.path + "/" + path) }
            report.heldBack.removeAll { $0.file == folder.file(for: code) }
            report.movedAside.append((code, aside))
        }
    }

    /// Settles every unmerged path: dossiers by meaning, where a copy that cannot be used gives way
    /// to the other; folder files and anything else keep this laptop's copy. `worktreeMayHoldSaves`:
    /// a dossier saved during the unfinished merge is merged in too, so nothing saved is lost.
    func resolve(_ paths: [String], theirs revision: String, worktreeMayHoldSaves: Bool, _ report: inout Report) throws {
        for path in paths {
            let full = folder.path + "/" + path
            let ours = try show(":2", path), theirs = try show(":3", path)
            let origin = try commitInfo(revision, path)
            if let code = TeamSync.code(of: path) {
                var settled = try settle(code, path: path, base: show(":1", path), ours: ours, theirs: theirs, origin: origin, &report)
                if worktreeMayHoldSaves, let settledBytes = settled, let saved = try? FileIO.read(full, limit: DataFolder.maximumFileSize, followLinks: false),
                   saved != settledBytes, saved != ours, let savedDossier = decode(saved, code, path),
                   let merged = decode(settledBytes, code, path) {
                    settled = DossierFormat.encode(DossierMerge.merge(base: ours.flatMap { decode($0, code, path) }, ours: savedDossier, theirs: merged))
                }
                try place(settled, at: path)
            } else if path == ErasureFile.path {
                // Both laptops' records of erasures, as one (sorted: the same bytes on both).
                try place(ErasureFile.union(ours, theirs), at: path)
            } else {
                if theirs != nil, TeamSync.folderFiles.contains(path), ours != theirs {
                    report.keptOurs.append(KeptCopy(path: path, reason: .folderFile, commit: origin.commit, by: origin.author, noted: false))
                }
                try place(ours ?? theirs, at: path)
            }
        }
    }

    /// One dossier's copies settled: merged by meaning when all can be read; otherwise the copy
    /// that can be read, this laptop's first, with a notice when the team's was not taken.
    private func settle(_ code: MunicipalityCode, path: String, base: [UInt8]?, ours: [UInt8]?, theirs: [UInt8]?,
                        origin: (commit: String, author: String, at: Timestamp), _ report: inout Report) throws -> [UInt8]? {
        let oursDossier = ours.flatMap { decode($0, code, path) }
        let theirsProblem = theirs.map { problem($0, code, path) } ?? .removed
        switch (oursDossier, theirs.flatMap { decode($0, code, path) }) {
        case (let o?, let t?):
            let b = base.flatMap { decode($0, code, path) } ?? (base?.isEmpty == false ? DossierMerge.inferredBase(o, t) : nil)
            return DossierFormat.encode(DossierMerge.merge(base: b, ours: o, theirs: t))
        case (nil, let t?):
            return DossierFormat.encode(t)
        case (let o?, nil):
            report.keptOurs.append(KeptCopy(path: path, reason: theirsProblem, commit: origin.commit, by: origin.author, noted: true))
            return DossierFormat.encode(noting(o, .teamCopyKept(path: path, problem: theirsProblem, commit: origin.commit, by: origin.author, at: origin.at)))
        case (nil, nil):
            // Neither copy can be read: this laptop's bytes stay (nothing is thrown away); check names it.
            return ours
        }
    }

    /// After the merge: each dossier and folder file the merge changed is one this impuls can use,
    /// else this laptop's copy is put back (with a notice in the dossier) and committed.
    private func checkMerged(against before: String, remote: String, _ report: inout Report) throws {
        let changes = try git.run(["diff", "--name-status", "-z", "--no-renames", before, "HEAD"]).output.split(separator: "\0").map(String.init)
        var fixed: [String] = []
        var index = 0
        while index + 1 < changes.count {
            let (status, path) = (changes[index], changes[index + 1])
            index += 2
            let ours = try show(before, path)
            if let code = TeamSync.code(of: path) {
                guard let kept = ours.flatMap({ decode($0, code, path) }) else {
                    if status != "D", !loads(path) {
                        let origin = try commitInfo(remote, path)
                        let reason = (try show("HEAD", path)).map { self.problem($0, code, path) } ?? .unreadable
                        report.keptOurs.append(KeptCopy(path: path, reason: reason, commit: origin.commit, by: origin.author, noted: false))
                        try place(nil, at: path)
                        fixed.append(path)
                    }
                    continue
                }
                let problem: TeamCopyProblem
                if status == "D" {
                    // Left out for its shape (a folder or a link where the dossier was) is not a deletion.
                    problem = report.leftOut.contains { $0 == path || $0.hasPrefix(path + "/") } ? .unreadable : .removed
                } else if case .failure = folder.load(code) {
                    problem = (try show("HEAD", path)).map { self.problem($0, code, path) } ?? .unreadable
                } else if let merged = (try? folder.load(code).get())??.dossier,
                          let repair = DossierMerge.repairing(taken: merged, ours: kept, base: nil) {
                    // The merge by meaning says what was missing in its own notice (history-removed).
                    let origin = try commitInfo(remote, path)
                    report.keptOurs.append(KeptCopy(path: path, reason: .historyRemoved, commit: origin.commit, by: origin.author, noted: true))
                    try place(DossierFormat.encode(repair.dossier), at: path)
                    fixed.append(path)
                    continue
                } else {
                    continue
                }
                let repaired = kept
                let origin = try commitInfo(remote, path)
                report.keptOurs.append(KeptCopy(path: path, reason: problem, commit: origin.commit, by: origin.author, noted: true))
                let notice = Notice.teamCopyKept(path: path, problem: problem, commit: origin.commit, by: origin.author, at: origin.at)
                try place(DossierFormat.encode(noting(repaired, notice)), at: path)
                fixed.append(path)
            } else if TeamSync.folderFiles.contains(path), try !folderFileIsUsable(path) {
                let origin = try commitInfo(remote, path)
                report.keptOurs.append(KeptCopy(path: path, reason: .folderFile, commit: origin.commit, by: origin.author, noted: false))
                if let ours { try place(ours, at: path) } else { try place(nil, at: path) }
                fixed.append(path)
            }
        }
        guard !fixed.isEmpty else { return }
        try ensureFolderFiles()
        try git.run(["add", "--all", "--force", "--"] + fixed + TeamSync.folderFiles.filter { FileIO.exists(folder.path + "/" + $0) })
        let names = fixed.map { TeamSync.code(of: $0).map(TeamSync.name) ?? $0 }
        try commit(["commit", "--quiet", "--author", author + " <" + authorEmail() + ">", "-m",
                    "impuls: kept this laptop's copy where the team's could not be used — " + names.joined(separator: ", ")])
    }

    /// A folder file as the merge left it: `impuls.json` a regular file this impuls reads, and the
    /// attributes and ignores still merging and sharing dossiers.
    private func folderFileIsUsable(_ path: String) throws -> Bool {
        switch path {
        case "impuls.json":
            let entry = try git.run(["ls-tree", "HEAD", "--", path]).output
            guard entry.hasPrefix("100"), let bytes = try? FileIO.read(folder.path + "/" + path, limit: 1 << 16, followLinks: false) else { return false }
            return DataFolder.markerIsUsable(bytes)
        case ".gitattributes": return try mergesByMeaning()
        case ".gitignore": return try !ignoresShared()
        default: return true
        }
    }

    /// Writes (or with nil removes) a file of the folder as a settled merge leaves it, and stages it.
    private func place(_ bytes: [UInt8]?, at path: String) throws {
        let full = folder.path + "/" + path
        if let bytes {
            if FileIO.kind(full) == .directory { throw FileIO.NotRegularFile(path: full) }
            try FileIO.makeDirectory(FileIO.parentDirectory(full))
            try FileIO.writeAtomically(bytes, to: full)
            try git.run(["add", "--force", "--", path])
        } else {
            try git.run(["rm", "--quiet", "--force", "--ignore-unmatch", "--", path])
            if FileIO.kind(full) != .missing { try FileIO.remove(full) }
        }
    }

    /// The last commit of `revision` that touched `path`: its short id, author and moment.
    private func commitInfo(_ revision: String, _ path: String) throws -> (commit: String, author: String, at: Timestamp) {
        let line = try git.run(["log", "-1", "--format=%h%x09%an%x09%ct", revision, "--", path]).output.trimmingSpaces
        let parts = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3, let seconds = Int64(parts[2]) else { return ("?", "", Timestamp(milliseconds: 0)) }
        // A commit's date is whatever its maker wrote: one past year 292 million must not trap.
        let (milliseconds, overflow) = seconds.multipliedReportingOverflow(by: 1000)
        return (parts[0], parts[1], Timestamp(milliseconds: overflow ? (seconds < 0 ? .min : .max) : milliseconds))
    }

    /// `20231016-101500`, in UTC: names a file moved aside, so that later ones sort after it.
    static func wallClockStamp() -> String {
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(parts.tm_year + 1900)\(two(parts.tm_mon + 1))\(two(parts.tm_mday))-\(two(parts.tm_hour))\(two(parts.tm_min))\(two(parts.tm_sec))"
    }

    private func decode(_ bytes: [UInt8], _ code: MunicipalityCode, _ path: String) -> Dossier? {
        try? DossierFormat.decode(bytes, fileCode: code, file: path)
    }

    private func problem(_ bytes: [UInt8], _ code: MunicipalityCode, _ path: String) -> TeamCopyProblem {
        do {
            _ = try DossierFormat.decode(bytes, fileCode: code, file: path)
            return .unreadable
        } catch {
            if case .futureVersion = error.problem { return .newerFormat }
            return .unreadable
        }
    }

    private func noting(_ dossier: Dossier, _ notice: Notice) -> Dossier {
        var noted = dossier
        if !noted.notices.contains(where: { $0.id == notice.id }) { noted.notices.append(notice) }
        noted.keepCanonicalOrder()
        return noted
    }
}
