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

/// The state the interface opens on over `store`'s folder, with `code`'s row selected (as the
/// adviser left it).
func openedState(_ store: DossierStore, selecting code: MunicipalityCode) throws -> AppState {
    let contents = store.loadAll()
    var state = AppState(columns: 80, rows: 24, language: .nl,
                         caseload: Caseload(dossiers: contents.dossiers.mapValues(\.dossier), today: loopToday, laptop: "0123456789abcdef"),
                         regions: [fryslan])
    guard let row = state.home.rows.firstIndex(where: { $0.municipality.code == code }) else { return state }
    for _ in 0..<row { _ = Update.apply(.key(.down), to: &state) }
    return state
}
