#if canImport(Glibc)
import Glibc
#endif
import ImpulsCore

/// The first half of a sync: only what impuls wrote is committed. A dossier deleted without impuls
/// (impuls never deletes one) is put back from the last commit; one that does not load is held
/// back; files that are not impuls's are never shared.
extension TeamSync {
    /// The files of the folder that are shared besides the dossiers.
    static let folderFiles = ["impuls.json", ".gitattributes", ".gitignore", ErasureFile.path]

    /// Commits what changed locally, noting in `report` the municipalities with how many changes
    /// each, what was put back and what was held back.
    func commitLocalChanges(_ report: inout Report) throws {
        try ensureFolderFiles()
        try untrackForeignFiles(&report)
        var stage: [String] = []
        for (_, path) in try statusEntries() {
            if let code = TeamSync.code(of: path) {
                if FileIO.kind(folder.path + "/" + path) == .missing {
                    guard let bytes = try show("HEAD", path) else { continue }
                    try FileIO.writeAtomically(bytes, to: folder.path + "/" + path)
                    report.restored.append(code)
                    stage.append(path)
                } else if case .failure(let issue) = folder.load(code) {
                    if !report.heldBack.contains(where: { $0.file == issue.file }) { report.heldBack.append(issue) }
                    try unstage(path)
                } else {
                    if try rejoinCommittedHistory(code, path: path) { report.rejoined.append(code) }
                    stage.append(path)
                }
            } else if TeamSync.folderFiles.contains(path) {
                stage.append(path)
            }
        }
        let foreignStaged = try git.run(["diff", "--cached", "--quiet"]).status != 0
        guard !stage.isEmpty || foreignStaged else { return }
        let added = stage.isEmpty ? try git.run(["status", "--short"]) : try git.run(["add", "--force", "--"] + stage)
        guard added.succeeded else { throw Failure.git(step: "add", detail: TeamSync.firstLine(added.error)) }
        let changed = try git.run(["diff", "--cached", "--name-only"]).output.split(separator: "\n").map(String.init)
        guard !changed.isEmpty else { return }
        var summary: [(code: MunicipalityCode, changes: Int)] = []
        for path in changed {
            guard let code = TeamSync.code(of: path) else { continue }
            let now = (try? folder.load(code).get())??.dossier.history.map(\.id) ?? []
            var known = Set<String>()
            if let old = try show("HEAD", path), let dossier = try? DossierFormat.decode(old, fileCode: code, file: path) {
                known = Set(dossier.history.map(\.id))
            }
            summary.append((code, now.filter { !known.contains($0) }.count))
        }
        let names = summary.map { "\(TeamSync.name($0.code)) (\($0.changes))" }
        let message = "impuls: " + author + (names.isEmpty ? "" : " — " + names.joined(separator: ", "))
        try commit(["commit", "--quiet", "--author", author + " <" + authorEmail() + ">", "-m", message])
        report.committed += summary.filter { entry in !report.restored.contains(entry.code) || entry.changes > 0 }
    }

    /// A dossier here whose history lacks entries of its last commit (deleted by hand and made anew
    /// by the next save, or an old copy put back) is merged with that commit by meaning, with the
    /// base the two histories share: the work on both is kept, and no commit shrinks a history.
    /// True when it was.
    func rejoinCommittedHistory(_ code: MunicipalityCode, path: String) throws -> Bool {
        guard let committedBytes = try show("HEAD", path),
              let committed = try? DossierFormat.decode(committedBytes, fileCode: code, file: path),
              let stored = (try? folder.load(code).get()) ?? nil,
              !DossierMerge.keepsHistory(of: committed, in: stored.dossier) else { return false }
        let here = stored.dossier
        let whole = DossierMerge.merge(base: DossierMerge.inferredBase(here, committed), ours: here, theirs: committed)
        // The folder's lock is held already (a save would wait for it): written as a merge writes.
        try FileIO.writeAtomically(folder.encodeForSaving(whole), to: folder.file(for: code))
        return true
    }

    /// What git sees changed, untracked or ignored among the shared files, as (XY, path).
    func statusEntries() throws -> [(String, String)] {
        let status = try git.run(["status", "--porcelain=v1", "-z", "--untracked-files=all", "--ignored=matching", "--no-renames",
                                  "--", "dossiers"] + TeamSync.folderFiles)
        guard status.succeeded else { throw Failure.git(step: "status", detail: TeamSync.firstLine(status.error)) }
        return status.output.split(separator: "\0").compactMap { entry in
            entry.count > 3 ? (String(entry.prefix(2)), String(entry.dropFirst(3))) : nil
        }
    }

    /// Takes a file out of the index (a person's `git add` of a damaged dossier is not committed).
    func unstage(_ path: String) throws {
        if try git.run(["cat-file", "-e", "HEAD:" + path]).succeeded {
            try git.run(["reset", "--quiet", "HEAD", "--", path])
        } else {
            try git.run(["rm", "--cached", "--quiet", "--ignore-unmatch", "--", path])
        }
    }

    /// `.gitattributes` names the driver for dossiers and `.gitignore` keeps impuls's private files
    /// out, without ignoring anything that is shared; either is written or mended as needed.
    func ensureFolderFiles() throws {
        let attributes = folder.path + "/.gitattributes"
        if !FileIO.exists(attributes) {
            try FileIO.writeAtomically(Array(TeamSync.attributes.utf8), to: attributes)
        } else if !(try mergesByMeaning()) {
            var bytes = (try? FileIO.read(attributes, limit: 1 << 20)) ?? []
            if let last = bytes.last, last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
            try FileIO.writeAtomically(bytes + Array(TeamSync.attributes.utf8), to: attributes)
        }
        let ignore = folder.path + "/.gitignore"
        let current = FileIO.exists(ignore) ? String(decoding: (try? FileIO.read(ignore, limit: 1 << 20)) ?? [], as: UTF8.self) : ""
        if try !FileIO.exists(ignore) || ignoresShared() {
            try FileIO.writeAtomically(Array(TeamSync.ignored.utf8), to: ignore)
        } else {
            let lines = Set(current.split(separator: "\n").map { $0.trimmingSpaces })
            let missing = TeamSync.ignored.split(separator: "\n").map(String.init).filter { !lines.contains($0) }
            if !missing.isEmpty {
                let glue = current.isEmpty || current.hasSuffix("\n") ? "" : "\n"
                try FileIO.writeAtomically(Array((current + glue + missing.joined(separator: "\n") + "\n").utf8), to: ignore)
            }
        }
    }

    /// Does git give dossiers impuls's merge driver?
    func mergesByMeaning() throws -> Bool {
        try git.run(["check-attr", "merge", "--", "dossiers/GM0014.json"]).output.trimmingSpaces.hasSuffix(": merge: impuls")
    }

    /// Would git leave a dossier or a folder file out of a commit?
    func ignoresShared() throws -> Bool {
        // Exit 0 when any of them is ignored (with --quiet, git takes one path only).
        try !git.run(["check-ignore", "--no-index", "--", "dossiers/GM0014.json", "dossiers", "impuls.json", ".gitattributes"]).output.isEmpty
    }
}
