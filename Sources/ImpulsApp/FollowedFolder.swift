import ImpulsCore
import ImpulsStore
import ImpulsUI

/// The data folder as an open interface follows it: what another process changes shows at once
/// (the folder watch); while a sync runs, what it changes is only noted — git writes files in
/// place, so they are read once it has ended, quietly (its summary says what came in).
public final class FollowedFolder {
    let watch: FolderWatch
    let store: DossierStore
    /// Files changed while a sync ran (nil: any may have).
    private var duringSync: Set<String>? = []

    public init(watch: FolderWatch, store: DossierStore) {
        self.watch = watch
        self.store = store
    }

    /// The loop's watch: woken by inotify's descriptor, asked each time the loop wakes.
    public var loopWatch: Watch {
        Watch(descriptors: { [watch] in watch.descriptor.map { [$0] } ?? [] }) { [self] state in check(state) }
    }

    func check(_ state: AppState) -> [Event] {
        let names = watch.changes()
        if state.sync != nil {
            duringSync = FollowedFolder.union(duringSync, names)
            return []
        }
        return FollowedFolder.events(store.rereadChanged(names, holding: state.formDossier), quietly: false)
    }

    /// After a sync: only the files it changed are read again (every file where no inotify tells which).
    func afterSync(_ state: AppState) -> [Event] {
        let names = watch.usesInotify ? FollowedFolder.union(duringSync, watch.changes()) : nil
        duringSync = []
        return FollowedFolder.events(store.rereadChanged(names, holding: state.formDossier), quietly: true)
    }

    private static func union(_ a: Set<String>?, _ b: Set<String>?) -> Set<String>? {
        guard let a, let b else { return nil }
        return a.union(b)
    }

    /// What came in, as the interface's event (none when nothing did).
    static func events(_ changes: DossierStore.OutsideChanges, quietly: Bool) -> [Event] {
        changes.isEmpty ? [] : [.changedOutside(changed: changes.changed, removed: changes.removed, unreadable: changes.unreadable, quietly: quietly)]
    }
}
