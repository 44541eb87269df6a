import ImpulsCore

/// Who made what a sync brought in, as the dossiers' histories say — not who made the commits: a
/// merge commit (a team lead's sync that only merged) changes nothing of its own, and a commit may
/// carry several people's work.
extension TeamSync {
    /// For each dossier of `paths` (as the merge left them), the authors of the history entries it
    /// did not have at `before` (this laptop's last commit; "" when there was none).
    func authorsOfIncoming(_ paths: [String], since before: String) throws -> [MunicipalityCode: [String]] {
        var authors: [MunicipalityCode: [String]] = [:]
        for path in paths {
            guard let code = TeamSync.code(of: path),
                  let bytes = try? FileIO.read(folder.path + "/" + path, limit: DataFolder.maximumFileSize, followLinks: false),
                  let now = try? DossierFormat.decode(bytes, fileCode: code, file: path) else { continue }
            let had = before.isEmpty ? nil : try show(before, path).flatMap { try? DossierFormat.decode($0, fileCode: code, file: path) }
            let known = Set(had?.history.map(\.id) ?? [])
            authors[code] = Set(now.history.filter { !known.contains($0.id) }.map(\.by)).sorted()
        }
        return authors
    }
}
