import ImpulsCore
@testable import ImpulsUI

/// A terminal for the run loop in tests: keys and other happenings from a script, each screen
/// drawn kept as text. When the script is done the device reports a hang-up, which ends the loop.
final class ScriptedTerminal: TerminalDevice {
    enum Step {
        /// A key typed.
        case key(Key)
        /// Something happens meanwhile (a file written by another process); the read then ends
        /// without a key, as when a watched descriptor became readable.
        case meanwhile(() -> Void)
    }

    var size: (columns: Int, rows: Int)
    let isUnicode = true
    private var script: [Step]
    /// Every screen drawn, first to last.
    private(set) var screens: [String] = []
    /// The descriptors each read was asked to wake on.
    private(set) var wokenOn: [[Int32]] = []
    private(set) var stopped = false
    private var done = false

    init(columns: Int = 80, rows: Int = 24, _ script: [Step]) {
        size = (columns, rows)
        self.script = script
    }

    var screen: String { screens.last ?? "" }
    var terminationSignal: Int32? { done ? 1 : nil }

    func draw(_ grid: CellGrid) { screens.append(grid.text) }

    func readKey(waitingAtMost milliseconds: Int32, wakingOn descriptors: [Int32]) -> Key? {
        wokenOn.append(descriptors)
        guard !script.isEmpty else {
            done = true
            return nil
        }
        switch script.removeFirst() {
        case .key(let key): return key
        case .meanwhile(let happen):
            happen()
            return nil
        }
    }

    func suspend() -> (columns: Int, rows: Int)? { nil }
    func stop() { stopped = true }
}
