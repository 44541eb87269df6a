import Testing
import ImpulsCore
@testable import ImpulsUI

/// Issue #25: no cell of the grid ever holds a control character, so `Terminal.draw` can never hand
/// the terminal an escape sequence from a file: a tab or line break is a space, any other control
/// character is shown as its escape.
@Suite struct GridControlCharacterTests {
    static func controls(_ grid: CellGrid) -> [UInt32] {
        grid.cells.compactMap(\.character).flatMap(\.unicodeScalars).map(\.value).filter { $0 < 0x20 || (0x7F...0x9F).contains($0) }
    }

    @Test func escapesAreShownAndNeverHeld() {
        var grid = CellGrid(width: 60, height: 4)
        grid.put("Piet\u{1B}]0;pwned\u{07}", x: 0, y: 0)
        grid.put("x\u{9B}2J\u{85}y\u{7F}", x: 0, y: 1)
        grid.put("a\tb\nc\r\nd", x: 0, y: 2)
        grid.put("é\u{1B}[2J", x: 0, y: 3, limit: 8)
        #expect(Self.controls(grid) == [])
        #expect(grid.line(0).hasPrefix(#"Piet\u{1B}]0;pwned\u{7}"#))
        #expect(grid.line(1).hasPrefix(#"x\u{9B}2J\u{85}y\u{7F}"#), "C1 controls are not joined to the cell before them")
        #expect(grid.line(2).hasPrefix("a b c d "), "a tab, a line break and CR LF are one space each")
        #expect(grid.line(3).hasPrefix(#"é\u{1B}…"#), "an escape is cut like other text")
    }
}
