#if canImport(Glibc)
import Glibc
#endif
import ImpulsCore
import ImpulsStore
import ImpulsApp
@testable import ImpulsUI

/// The interface wired as `impuls` wires it — the loop, the folder followed, the effects through the
/// store, a sync beside the work — on a scripted terminal.
struct Interface {
    let store: DossierStore
    let inbox = Inbox()
    /// What `S` starts (none: a sync is refused with this message).
    var sync: (() -> EffectRunner.SyncSetup)? = nil

    func run(_ device: ScriptedTerminal, _ state: AppState) -> AppState {
        let followed = FollowedFolder(watch: FolderWatch(path: store.folder.dossiersPath), store: store)
        let runner = EffectRunner(store: store, inbox: inbox, followed: followed, sync: sync ?? { .refused("geen synchronisatie") })
        return RunLoop.run(terminal: device, state: state, clock: { Timestamp(milliseconds: 0) }, watch: followed.loopWatch, inbox: inbox) {
            runner.perform($0, $1)
        }
    }
}

/// A fresh folder under /tmp.
func temporaryFolder(_ name: String = "impuls-loop") -> String {
    var template = Array("/tmp/\(name)-XXXXXX".utf8CString)
    return template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
}
