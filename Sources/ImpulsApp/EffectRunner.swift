import ImpulsCore
import ImpulsStore
import ImpulsUI

/// Carries out what the interface asks for — a save, a draft, a sync — through the storage door,
/// and answers with the event that says how it went (the update function never touches a file).
/// A sync runs on another thread and posts its steps and its end to `inbox`.
public final class EffectRunner {
    let store: DossierStore
    let inbox: Inbox
    /// The folder as the interface follows it (nil: several folders, read-only).
    let followed: FollowedFolder?
    /// Asked at each `S`: the sync to run, or why none may.
    let setUpSync: () -> SyncSetup
    private var running: BackgroundSync?

    /// A sync to start, with how its outcome is said; or why it may not run (said as its outcome).
    public enum SyncSetup {
        case ready(TeamSync, words: @Sendable (Result<TeamSync.Report, TeamSync.Failure>) -> String)
        case refused(String)
    }

    public init(store: DossierStore, inbox: Inbox, followed: FollowedFolder?, sync: @escaping () -> SyncSetup) {
        self.store = store
        self.inbox = inbox
        self.followed = followed
        self.setUpSync = sync
    }

    public func perform(_ effect: Effect, _ state: AppState) -> [Event] {
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
            switch setUpSync() {
            case .refused(let why): return [.synced(message: why)]
            case .ready(let sync, let words): running = BackgroundSync.start(sync, words: words, inbox: inbox)
            }
            return []
        case .cancelSync:
            running?.stop()
            return []
        case .rereadAfterSync:
            running = nil
            return followed?.afterSync(state) ?? []
        case .quit, .suspend:
            return []
        }
    }
}
