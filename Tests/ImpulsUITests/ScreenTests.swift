import Testing
import ImpulsCore
@testable import ImpulsUI

@Suite struct ScreenTests {
    func state(columns: Int = 80, rows: Int = 24, language: Language = .nl) -> AppState {
        AppState(columns: columns, rows: rows, language: language, title: "Fryslân",
                 municipalities: Region(name: "Fryslân", selector: .provinces(["Fryslân"])).members())
    }

    @Test func regionListAt80x24() {
        let grid = Render.screen(state())
        let lines = grid.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 24)
        #expect(lines[0] == " impuls · Fryslân                                                  18 gemeenten")
        #expect(lines[1].hasPrefix(" Naam"))
        #expect(lines[2].hasPrefix(" Achtkarspelen"))
        #expect(grid.text.contains("Súdwest-Fryslân"))
        #expect(lines[23].contains("q stoppen"))
        for y in 0..<24 { #expect(DisplayWidth.of(grid.line(y)) == 80) }
    }

    @Test func movingScrollsAndStaysInBounds() {
        var s = state(rows: 12)
        for _ in 0..<30 { _ = Update.apply(.key(.down), to: &s) }
        #expect(s.selection == 17)
        #expect(s.scroll == 18 - s.listHeight)
        _ = Update.apply(.key(.home), to: &s)
        #expect(s.selection == 0 && s.scroll == 0)
        _ = Update.apply(.key(.character("k")), to: &s)
        #expect(s.selection == 0)
        #expect(Update.apply(.key(.character("q")), to: &s) == [.quit])
        #expect(Update.apply(.key(.control("c")), to: &s) == [.quit])
    }

    @Test func tooSmallWindowShowsANotice() {
        let grid = Render.screen(state(columns: 30, rows: 8, language: .en))
        #expect(grid.text.contains("Window too small"))
    }

    @Test func wideCharactersNeverCrossTheEdge() {
        var grid = CellGrid(width: 5, height: 1)
        grid.put("ab東京", x: 0, y: 0)
        #expect(grid.line(0) == "ab東 ")
        grid.put("x", x: 3, y: 0)
        #expect(grid.line(0) == "ab x ")
    }

    @Test func everySizeRendersWithoutCrashing() {
        for columns in [0, 1, 39, 40, 46, 80, 300] {
            for rows in [0, 1, 11, 12, 24, 60] {
                let grid = Render.screen(state(columns: columns, rows: rows))
                #expect(grid.width == columns && grid.height == rows)
            }
        }
    }
}
