import ImpulsCore
import ImpulsText
import ImpulsStore
import ImpulsUI

/// Carries out what the interface asks for — a save, a draft, a sync — through the storage door,
/// and answers with the event that says how it went (the update function never touches a file).
struct EffectRunner {
    let store: DossierStore
    let workspace: Workspace
    var language: Language { workspace.language }

    func perform(_ effect: Effect) -> [Event] {
        switch effect {
        case .keepDraft(let draft):
            // A draft that cannot be kept must not stop the typing; the save itself reports problems.
            try? store.keepDraft(draft)
            return []
        case .save(let dossier):
            switch store.save(dossier) {
            case .saved(let unconfirmed):
                return [.saved(dossier.code, unconfirmed: unconfirmed)]
            case .failed(let error, let current):
                return [.saveFailed(dossier.code, error: error, current: current)]
            }
        case .sync:
            return [sync()]
        case .quit, .suspend:
            return []
        }
    }

    /// Shares the folder; git must not ask for a password while the interface owns the terminal.
    private func sync() -> Event {
        let message: String
        if let missing = SyncCommand.adviserMissing(workspace.config, configFile: workspace.configFile) {
            message = missing
        } else {
            switch Result(catching: { () throws(TeamSync.Failure) in try SyncCommand.teamSync(workspace, interactive: false).sync() }) {
            case .success(let report):
                message = (SyncCommand.summary(report, language: language) + SyncCommand.shortfall(report, language: language)).joined(separator: " · ")
            case .failure(let error):
                message = SyncCommand.failure(error, language).message
            }
        }
        let contents = store.loadAll()
        return .synced(message: message, dossiers: contents.dossiers.mapValues(\.dossier), unreadable: contents.unreadable)
    }
}
