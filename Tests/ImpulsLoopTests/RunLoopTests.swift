import Testing
import ImpulsCore
@testable import ImpulsUI

let loopToday = CalendarDay(parsing: "2023-10-16")!
let fryslan = Region(name: "Fryslân", selector: .provinces(["Fryslân"]))

func emptyState(_ dossiers: [MunicipalityCode: Dossier] = [:]) -> AppState {
    AppState(columns: 80, rows: 24, language: .nl,
             caseload: Caseload(dossiers: dossiers, today: loopToday, laptop: "0123456789abcdef"), regions: [fryslan])
}

/// The run loop driven by a scripted terminal: keys in, screens out, without a pseudo-terminal.
@Suite struct RunLoopTests {
    @Test func scriptedKeysMoveTheSelectionAndCtrlCEndsTheLoop() {
        let device = ScriptedTerminal([.key(.down), .key(.down), .key(.control("c")), .key(.down)])
        let end = RunLoop.run(terminal: device, state: emptyState(), clock: { Timestamp(milliseconds: 0) })
        #expect(end.home.list.selection == 2)
        #expect(device.stopped)
        #expect(device.screen.contains("Fryslân"), "drawn after each key: \(device.screen)")
        #expect(device.screens.count == 3, "the first screen and one after each of the two moves")
    }

    @Test func aWatchIsAskedEachTimeTheLoopWakesAndItsEventsAreHandledLikeAKey() {
        var changed = false
        let device = ScriptedTerminal([.meanwhile { changed = true }, .key(.control("c"))])
        var checks = 0
        let watch = Watch(descriptors: { [42] }) { _ in
            checks += 1
            guard changed else { return [] }
            changed = false
            return [.saveFailed(MunicipalityCode("GM0060")!, error: .conflict(file: "x"), current: nil)]
        }
        let end = RunLoop.run(terminal: device, state: emptyState(), clock: { Timestamp(milliseconds: 0) }, watch: watch)
        #expect(checks == 2)
        #expect(device.wokenOn.allSatisfy { $0 == [42] })
        #expect(device.screens.count == 2, "drawn once at the start and once for the watch's event")
        #expect(device.screens.last != device.screens.first, "the watch's event reached the update (its message shows)")
        #expect(end.message == nil, "Ctrl-C clears the message line")
    }
}
