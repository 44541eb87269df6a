import ImpulsCore
import ImpulsText

extension Workspace {
    /// Applies `change` to the dossier as it was read (`read`), where a command found the record it
    /// names, and writes it only while the file still holds that dossier: a change made meanwhile
    /// (another impuls, a hand edit, a `git pull`) is a conflict, exit status 3, nothing written —
    /// never the change applied to a record that is no longer what the name found.
    @discardableResult
    func change(_ code: MunicipalityCode, asRead read: Dossier, _ change: (Dossier) throws(Refusal) -> Dossier) throws -> Dossier {
        var changedMeanwhile = false
        do {
            return try self.change(code) { current throws(Refusal) in
                guard current == read else {
                    changedMeanwhile = true
                    throw Refusal([])
                }
                return try change(current)
            }
        } catch let failure as CommandFailure where changedMeanwhile && failure.status == 1 {
            throw CommandFailure.store(.conflict(file: folder.file(for: code)), language: language)
        }
    }
}
