import ImpulsCore

/// Erasures that reach every copy (issue 30). A team's `erasures.json` names each erasure without
/// its text (`ErasureRecord`). Whenever this laptop's branch or the team's lacks an erasure the
/// other has, that side's whole history is rewritten: every dossier of every commit that mentions
/// an erased text is scrubbed (`Dossier.scrubbed(of:)`), everything else of the commit — author,
/// dates, message, the other files — kept. The rewrite is a function of the commits and the
/// erasures only, so every laptop rewriting the same commits makes the same ones: the shared part
/// of two rewritten histories is the same commits, and work not yet shared (rewritten too) merges
/// onto it by meaning as usual. The team's branch, rewritten here, is pushed with a lease on the tip
/// that was fetched. Old commits are then dropped from this clone (reflogs expired, objects pruned).
extension TeamSync {
    static let rewriteSource = "refs/impuls/erase-source"
    static let rewriteResult = "refs/impuls/erase-result"
    static let remoteBranchRef = "refs/remotes/" + remote + "/" + branch

    /// The erasures `revision` holds.
    func erasures(at revision: String) throws -> [ErasureRecord] {
        guard let bytes = try show(revision, ErasureFile.path) else { return [] }
        return ErasureFile.decode(bytes) ?? []
    }

    /// Brings this branch and the fetched team branch to the same erasures before they are merged.
    /// Returns the team tip fetched when the team's branch was rewritten here (the push then leases
    /// on it), nil when it was not.
    func reconcileErasures(_ report: inout Report) throws -> String? {
        let remoteTip = try git.run(["rev-parse", "--verify", "--quiet", TeamSync.remoteBranchRef]).output.trimmingSpaces
        let local = try erasures(at: "HEAD")
        let team = remoteTip.isEmpty ? [] : try erasures(at: TeamSync.remoteBranchRef)
        let all = Array(Set(local + team))
        let ids = { (records: [ErasureRecord]) in Set(records.map(\.id)) }
        var lease: String?
        // A drop of old commits that a killed sync did not finish is finished now.
        var rewrote = FileIO.kind(dropPendingPath) != .missing
        // What this branch's history was rewritten for is kept beside it: an erasure committed
        // here by a `privacy erase` killed before its rewrite is still carried out. Each side is
        // rewritten only for the erasures it lacks: what was added after an erasure it already
        // carried out (the same name again, legitimately) stays.
        let applied = appliedErasures()
        let pendingHere = all.filter { !applied.contains($0.id) }
        if !pendingHere.isEmpty, try git.run(["rev-parse", "--verify", "--quiet", "HEAD"]).succeeded {
            try noteDropPending()
            report.draftRemoved = try moveBranch(to: try rewritten("HEAD", erasing: pendingHere), erasing: pendingHere) || report.draftRemoved
            report.erasedHere = Array(ids(all).subtracting(ids(local))).sorted()
            try noteApplied(ids(all))
            rewrote = true
        }
        let pendingTeam = all.filter { !ids(team).contains($0.id) }
        if !remoteTip.isEmpty, !pendingTeam.isEmpty {
            try noteDropPending()
            let tip = try rewritten(TeamSync.remoteBranchRef, erasing: pendingTeam)
            try git.run(["update-ref", TeamSync.remoteBranchRef, tip])
            lease = remoteTip
            rewrote = true
        }
        if rewrote {
            try dropOldCommits()
            // The summary names advisers: made anew from the scrubbed dossiers by the next reading.
            FolderSummary.remove(in: folder.path)
        }
        return lease
    }

    /// After `privacy erase` in a shared folder: commits the erasure (the scrubbed dossiers and
    /// `erasures.json`), rewrites this branch's history and the fetched team branch's with every
    /// erasure the folder records, and drops the old commits. The next sync shares it.
    public func eraseHistory() throws(Failure) -> Report {
        try locked { sync throws -> Report in
            var report = Report()
            guard FileIO.isDirectory(folder.path + "/.git") else { return report }
            try sync.registerDriver()
            try sync.commitLocalChanges(&report)
            let all = Array(Set(folder.erasures() + (try sync.erasures(at: "HEAD"))))
            // Only what this branch (and the team's, as fetched) was not rewritten for yet: see `reconcileErasures`.
            let applied = sync.appliedErasures()
            let pending = all.filter { !applied.contains($0.id) }
            guard !pending.isEmpty, try sync.git.run(["rev-parse", "--verify", "--quiet", "HEAD"]).succeeded else {
                if FileIO.kind(sync.dropPendingPath) != .missing { try sync.dropOldCommits() }
                return report
            }
            try sync.noteDropPending()
            _ = try sync.moveBranch(to: try sync.rewritten("HEAD", erasing: pending), erasing: pending)
            try sync.noteApplied(Set(all.map(\.id)))
            if try sync.git.run(["rev-parse", "--verify", "--quiet", TeamSync.remoteBranchRef]).succeeded {
                let team = Set(try sync.erasures(at: TeamSync.remoteBranchRef).map(\.id))
                let pendingTeam = all.filter { !team.contains($0.id) }
                if !pendingTeam.isEmpty {
                    try sync.git.run(["update-ref", TeamSync.remoteBranchRef, try sync.rewritten(TeamSync.remoteBranchRef, erasing: pendingTeam)])
                }
            }
            try sync.dropOldCommits()
            return report
        }
    }

    var appliedPath: String { folder.path + "/.git/impuls-erasures-applied" }

    /// The erasures this branch's history was rewritten for.
    func appliedErasures() -> Set<String> {
        guard let bytes = try? FileIO.read(appliedPath, limit: 1 << 20) else { return [] }
        return Set(String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init))
    }

    func noteApplied(_ ids: Set<String>) throws {
        try FileIO.writeAtomically(Array((ids.sorted().joined(separator: "\n") + "\n").utf8), to: appliedPath)
    }

    /// A clone's history is the team's, rewritten for every erasure the team records: noted as
    /// such, so that its first sync does not erase again what was added after them.
    static func noteClonedErasures(in path: String) throws {
        let git = Git(folder: path, interactive: false)
        let shown = try git.run(["show", "HEAD:" + ErasureFile.path])
        let ids = shown.succeeded ? (ErasureFile.decode(Array(shown.output.utf8)) ?? []).map(\.id).sorted() : []
        try FileIO.writeAtomically(Array((ids.joined(separator: "\n") + "\n").utf8), to: path + "/.git/impuls-erasures-applied")
    }

    /// The branch (and the files) at `commit`, rewritten for `records`: every change is committed
    /// but what the commit step held back (a dossier that does not load), which would stop the
    /// reset: such a file has the committed copy put back for it, and is written again after the
    /// move, scrubbed of the texts as text. Files never shared (the open form, damaged copies moved
    /// aside, files impuls does not commit) are cleaned the same way.
    /// True when the open form (draft) was removed.
    private func moveBranch(to commit: String, erasing records: [ErasureRecord]) throws -> Bool {
        let held = try git.run(["diff", "--name-only", "HEAD"]).output.split(separator: "\n").map(String.init)
        var kept: [(path: String, bytes: [UInt8])] = []
        for path in held {
            guard let bytes = try? FileIO.read(folder.path + "/" + path, limit: 1 << 26, followLinks: false) else { continue }
            kept.append((path, bytes))
            try git.run(["checkout", "--quiet", "HEAD", "--", path])
        }
        let moved = try git.run(["reset", "--keep", "--quiet", commit])
        for (path, bytes) in kept { try FileIO.writeAtomically(TeamSync.scrubbed(bytes, erasing: records) ?? bytes, to: folder.path + "/" + path) }
        guard moved.succeeded else { throw Failure.git(step: "reset", detail: TeamSync.firstLine(moved.error)) }
        return try scrubUnshared(erasing: records)
    }

    /// The files here that no commit holds: the open form goes when it names an erased text (it
    /// cannot be scrubbed field by field); damaged copies moved aside, an import's journal and
    /// files impuls does not commit are scrubbed as text.
    private func scrubUnshared(erasing records: [ErasureRecord]) throws -> Bool {
        var draftRemoved = false
        if let draft = folder.readDraft(), !TeamSync.texts(of: records, in: draft).isEmpty {
            try? FileIO.remove(folder.draftPath)
            draftRemoved = true
        }
        var paths = try git.run(["ls-files", "-z", "--others", "--exclude-standard"]).output.split(separator: "\0").map(String.init)
        paths += ((try? FileIO.list(folder.path + "/.impuls-damaged")) ?? []).map { ".impuls-damaged/" + $0 }
        // An import's journal that opening the folder could not finish (it stays until it can) holds dossiers too.
        paths.append(".impuls-journal.json")
        for path in paths {
            let full = folder.path + "/" + path
            guard FileIO.kind(full) == .regular, let bytes = try? FileIO.read(full, limit: 1 << 26, followLinks: false),
                  let clean = TeamSync.scrubbed(bytes, erasing: records) else { continue }
            try FileIO.writeAtomically(clean, to: full)
        }
        return draftRemoved
    }

    /// `revision`'s history with every dossier scrubbed of `records`' texts; the new tip.
    func rewritten(_ revision: String, erasing records: [ErasureRecord]) throws -> String {
        try git.run(["update-ref", TeamSync.rewriteSource, revision])
        defer { _ = try? git.run(["update-ref", "-d", TeamSync.rewriteSource]) }
        let exported = try git.run(["fast-export", "--reencode=no", "--signed-tags=strip", "--tag-of-filtered-object=drop", TeamSync.rewriteSource])
        guard exported.succeeded else { throw Failure.git(step: "fast-export", detail: TeamSync.firstLine(exported.error)) }
        let stream = HistoryStream.rewrite(exported.outputBytes, ref: (TeamSync.rewriteSource, TeamSync.rewriteResult)) { blob in
            TeamSync.scrubbed(blob, erasing: records)
        }
        let imported = try git.run(["fast-import", "--quiet", "--force", "--done"], input: stream + Array("done\n".utf8))
        guard imported.succeeded else { throw Failure.git(step: "fast-import", detail: TeamSync.firstLine(imported.error)) }
        let tip = try git.run(["rev-parse", "--verify", TeamSync.rewriteResult]).output.trimmingSpaces
        try git.run(["update-ref", "-d", TeamSync.rewriteResult])
        return tip
    }

    /// A file's bytes with the texts of `records` erased (nil: it mentions none of them). A dossier
    /// is scrubbed as a dossier (a contact it names goes whole); anything else has each mention replaced.
    static func scrubbed(_ bytes: [UInt8], erasing records: [ErasureRecord]) -> [UInt8]? {
        let texts = TeamSync.texts(of: records, in: bytes)
        let purges = records.compactMap(\.purge)
        guard !texts.isEmpty || !purges.isEmpty else { return nil }
        if let node = try? JSONParser.parse(bytes), let dossier = try? DossierFormat.decode(node: node) {
            var scrubbed = texts.reduce(dossier) { $0.scrubbed(of: $1) }
            if purges.contains(where: { $0.codes.contains(dossier.code) }) { scrubbed = scrubbed.purgedOfPersons() }
            return scrubbed == dossier ? nil : DossierFormat.encode(scrubbed)
        }
        guard !texts.isEmpty else { return nil }
        var text = String(decoding: bytes, as: UTF8.self)
        for personal in texts { text = personal.replacing(in: text) ?? text }
        return Array(text.utf8)
    }

    /// The texts of `records` that `bytes` mention, also where JSON escapes a tab in one
    /// (`Pieter\tPost`: a tab folds to a space, as in the dossier's own text). The file is folded
    /// once (and once more unescaped, when it has an escaped tab), whatever the number of records.
    static func texts(of records: [ErasureRecord], in bytes: [UInt8]) -> [PersonalText] {
        let searched = records.filter { $0.purge == nil }
        guard !searched.isEmpty else { return [] }
        let folded = ErasureRecord.folded(bytes)
        let backslash = UInt8(ascii: "\\"), t = UInt8(ascii: "t")
        let hasTab = bytes.indices.dropLast().contains { bytes[$0] == backslash && bytes[$0 + 1] == t }
        let unescaped = hasTab ? ErasureRecord.folded(unescapingTabs(bytes)) : nil
        return searched.compactMap { record in record.find(inFolded: folded) ?? unescaped.flatMap { record.find(inFolded: $0) } }
    }

    /// `bytes` with each `\t` escape written as the tab it stands for.
    private static func unescapingTabs(_ bytes: [UInt8]) -> [UInt8] {
        let backslash = UInt8(ascii: "\\"), t = UInt8(ascii: "t")
        var unescaped: [UInt8] = []
        unescaped.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == backslash, i + 1 < bytes.count {
                unescaped.append(bytes[i + 1] == t ? 0x09 : bytes[i])
                if bytes[i + 1] != t { unescaped.append(bytes[i + 1]) }
                i += 2
            } else {
                unescaped.append(bytes[i])
                i += 1
            }
        }
        return unescaped
    }

    /// Old commits leave this clone: reflogs expired, unreachable objects pruned (and the refs a
    /// killed rewrite left removed).
    func dropOldCommits() throws {
        for file in ["ORIG_HEAD", "FETCH_HEAD"] { try? FileIO.remove(folder.path + "/.git/" + file) }
        for ref in [TeamSync.rewriteSource, TeamSync.rewriteResult] { try git.run(["update-ref", "-d", ref]) }
        try git.run(["reflog", "expire", "--expire=now", "--expire-unreachable=now", "--all"])
        let gc = try git.run(["gc", "--prune=now", "--quiet"])
        guard gc.succeeded else { throw Failure.git(step: "gc", detail: TeamSync.firstLine(gc.error)) }
        try FileIO.remove(dropPendingPath)
    }

    /// Set before a history is rewritten, removed once its old commits are dropped: a sync killed
    /// in between leaves it, and the next one drops them (nothing else would tell it to).
    var dropPendingPath: String { folder.path + "/.git/impuls-erasures-drop" }

    func noteDropPending() throws {
        try FileIO.writeAtomically([], to: dropPendingPath)
    }
}

/// A `git fast-export` stream with its blobs passed through a function, and its ref renamed: what
/// `git fast-import` makes the rewritten history from.
enum HistoryStream {
    static func rewrite(_ stream: [UInt8], ref: (from: String, to: String), blob change: ([UInt8]) -> [UInt8]?) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(stream.count)
        var i = 0
        var inBlob = false
        func line(at start: Int) -> (text: ArraySlice<UInt8>, next: Int) {
            var end = start
            while end < stream.count, stream[end] != 0x0A { end += 1 }
            return (stream[start..<end], min(end + 1, stream.count))
        }
        while i < stream.count {
            let (text, next) = line(at: i)
            let words = String(decoding: text, as: UTF8.self)
            // A count is git's, but a stream is never trusted to index with: a negative one is not data.
            if words.hasPrefix("data "), let count = Int(words.dropFirst(5)), count >= 0 {
                let end = count > stream.count - next ? stream.count : next + count   // never past the stream, never overflowing
                let payload = Array(stream[next..<end])
                let written = inBlob ? (change(payload) ?? payload) : payload
                out += Array("data \(written.count)\n".utf8) + written
                i = end
                inBlob = false
                continue
            }
            if words == "blob" { inBlob = true }
            if words == "commit " + ref.from || words == "reset " + ref.from {
                out += Array((words.hasPrefix("commit") ? "commit " : "reset ").utf8) + Array(ref.to.utf8) + [0x0A]
            } else {
                out += text + [0x0A]
            }
            i = next
        }
        return out
    }
}
