import Testing
import ImpulsCore
@testable import ImpulsUI

@Suite struct ScreenTests {
    static let sizes = [(80, 24), (46, 20), (120, 40)]

    @Test(arguments: Language.allCases)
    func goldenScreens(language: Language) {
        for (columns, rows) in ScreenTests.sizes {
            let suffix = "\(columns)x\(rows)-\(language.rawValue)"
            var s = fixtureState(columns: columns, rows: rows, language: language)
            assertGolden("region-\(suffix)", Render.screen(s))
            selectRow(named: "Ameland", in: &s)
            _ = press(.enter, to: &s)
            assertGolden("dossier-\(suffix)", Render.screen(s))
            _ = press(.tab, .enter, to: &s)
            assertGolden("sessions-\(suffix)", Render.screen(s))
            _ = press(.tab, to: &s)
            assertGolden("application-\(suffix)", Render.screen(s))
            _ = press(.escape, .character("g"), to: &s)
            assertGolden("agenda-\(suffix)", Render.screen(s))
            _ = press(.escape, .character("?"), to: &s)
            assertGolden("help-\(suffix)", Render.screen(s))
            _ = press(.escape, .character("D"), to: &s)
            assertGolden("dashboard-\(suffix)", Render.screen(s))
            _ = press(.escape, .character("/"), to: &s)
            type("sudwest", into: &s)
            assertGolden("filter-\(suffix)", Render.screen(s))
        }
    }

    @Test func rowsAreExactlyAsWideAsTheWindowAtEverySize() {
        for columns in [40, 41, 46, 63, 79, 80, 81, 99, 120, 300] {
            for rows in [12, 13, 24, 40] {
                var s = fixtureState(columns: columns, rows: rows)
                for keys in [[Key](), [.enter], [.enter, .tab, .enter], [.character("g")], [.character("?")]] {
                    _ = press(.escape, .escape, to: &s)
                    for key in keys { _ = press(key, to: &s) }
                    let grid = Render.screen(s)
                    for y in 0..<rows { #expect(DisplayWidth.of(grid.line(y)) == columns, "\(columns)×\(rows) \(keys) row \(y)") }
                }
            }
        }
    }

    @Test func everySizeRendersWithoutCrashing() {
        for columns in [0, 1, 39, 40, 46, 80, 300] {
            for rows in [0, 1, 11, 12, 24, 60] {
                let grid = Render.screen(fixtureState(columns: columns, rows: rows))
                #expect(grid.width == columns && grid.height == rows)
            }
        }
    }

    @Test func wideCharactersNeverCrossTheEdge() {
        var grid = CellGrid(width: 5, height: 1)
        grid.put("ab東京", x: 0, y: 0)
        #expect(grid.line(0) == "ab東…", "京 does not fit: cut, and marked")
        grid.put("x", x: 3, y: 0)
        #expect(grid.line(0) == "ab x…")
    }

    @Test func textCutAtAnEdgeEndsInAnEllipsis() {
        var grid = CellGrid(width: 12, height: 4)
        grid.put("Voorbeeld training privacy sturen", x: 1, y: 0)
        #expect(grid.line(0) == " Voorbeeld …")
        grid.put("Voorbeeld training", x: 0, y: 1, limit: 6)
        #expect(grid.line(1) == "Voorb…      ", "at a column's limit too")
        grid.put("kort      ", x: 0, y: 2, limit: 6)
        #expect(grid.line(2) == "kort        ", "only spaces cut off: no mark")
        grid.put("ab東京x", x: 0, y: 3, limit: 5)
        #expect(grid.line(3) == "ab東…       ", "a wide character's right half never keeps the mark from its column")
        var wide = CellGrid(width: 4, height: 1)
        wide.put("東京東", x: 0, y: 0)
        #expect(wide.line(0) == "東… ", "the mark goes over a wide character's left half")
    }

    @Test func unreadableDossiersShowWithTheirReason() {
        var s = fixtureState()
        let row = s.home.rows.first { $0.municipality.code.rawValue == "GM0090" }
        #expect(row?.unreadable != nil)
        #expect(Render.screen(s).text.contains("onleesbaar"))
        selectRow(where: { $0.municipality.code.rawValue == "GM0090" }, in: &s)
        _ = press(.enter, to: &s)
        let text = Render.screen(s).text
        #expect(text.contains("GM0090.json:12:7"))
    }
}
