import Dispatch
import Synchronization
import ImpulsStore
import ImpulsUI

/// A sync on a thread of its own, beside the interface: its steps and its end (in words) are posted
/// to the loop's inbox; `stop` asks it to end at its next safe point (a running fetch or push is
/// ended), with nothing half done.
final class BackgroundSync: Sendable {
    private let stopping = Atomic<Bool>(false)

    private init() {}

    static func start(_ sync: TeamSync, words: @escaping @Sendable (Result<TeamSync.Report, TeamSync.Failure>) -> String,
                      inbox: Inbox) -> BackgroundSync {
        let job = BackgroundSync()
        var sync = sync
        sync.isCancelled = { job.stopping.load(ordering: .relaxed) }
        sync.progress = { step in inbox.post(.syncStep(step)) }
        let started = sync
        DispatchQueue.global().async {
            let outcome = Result { () throws(TeamSync.Failure) in try started.sync() }
            inbox.post(.synced(message: words(outcome)))
        }
        return job
    }

    func stop() { stopping.store(true, ordering: .relaxed) }
}
