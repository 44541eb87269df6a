import Testing
import ImpulsCore
@testable import ImpulsUI

/// #18: the selected row in one style, column headers under one continuous rule, the header
/// naming the view that is on screen.
@Suite struct SelectionAndHeaderTests {
    /// The row of the grid that shows `text`.
    func row(_ grid: CellGrid, containing text: String) -> Int? {
        (0..<grid.height).first { grid.line($0).contains(text) }
    }

    func styles(_ grid: CellGrid, row y: Int, from x: Int = 0, to end: Int? = nil) -> Set<Style> {
        Set((x..<(end ?? grid.width)).map { grid[$0, y].style })
    }

    @Test func theSelectedRowIsOneStyleInEveryList() {
        var s = fixtureState(columns: 120, rows: 40)
        // Down to a row with a coloured status and an overdue follow-up.
        selectRow(where: { $0.status != nil && $0.overdueFollowUps > 0 }, in: &s)
        var grid = Render.screen(s)
        let name = s.home.rows[s.home.list.selection].municipality.name
        let y = row(grid, containing: name)!
        #expect(styles(grid, row: y) == [Style(bold: true, reverse: true)], "region view")

        _ = press(.character("g"), to: &s)  // the agenda: its first item, overdue (red when not selected)
        grid = Render.screen(s)
        #expect(styles(grid, row: 2) == [Style(bold: true, reverse: true)], "agenda")

        _ = press(.escape, .enter, .tab, .enter, to: &s)  // a dossier's sessions, the first selected
        grid = Render.screen(s)
        let selected = (0..<grid.height).filter { styles(grid, row: $0, from: 1, to: grid.width - 1).contains { $0.reverse } }
        #expect(selected.count >= 2, "the header bar and the selected session")
        for y in selected where y > Viewport.dossierHeaderLines && y < grid.height - 1 {
            #expect(styles(grid, row: y).count == 1, "dossier row \(y): \(grid.line(y))")
        }
    }

    @Test(arguments: [80, 46, 120])
    func columnHeadersAreOneContinuousRule(columns: Int) {
        var s = fixtureState(columns: columns, rows: 24)
        for keys in [[Key](), [.character("g")], [.character("D")]] {
            _ = press(.escape, .escape, to: &s)
            for key in keys { _ = press(key, to: &s) }
            let grid = Render.screen(s)
            let y = 1
            let underlined = (1..<(columns - 1)).allSatisfy { grid[$0, y].style.underline }
            #expect(underlined, "\(keys): \(grid.line(y))")
        }
    }

    @Test func theHeaderNamesTheViewUnderAStartupQuestion() {
        var s = fixtureState()
        let draft = FormDraft(purpose: .newSession(MunicipalityCode("GM0059")!), texts: [:], options: [:], chosen: [:], focus: 0)
        s.stack.append(.offerDraft(draft))
        let grid = Render.screen(s)
        #expect(grid.line(0).contains("impuls · " + s.regionTitle), "\(grid.line(0))")
        #expect(!grid.line(0).contains("dossier"))
    }

    /// What opening the folder found (a stray file) and the offer of a draft both stand on the
    /// bottom lines: the message must not hide the question, or Esc drops the draft unseen.
    @Test func aStartupMessageLeavesTheDraftQuestionInSight() {
        var s = fixtureState()
        let draft = FormDraft(purpose: .newSession(MunicipalityCode("GM0059")!), texts: [:], options: [:], chosen: [:], focus: 0)
        s.stack.append(.offerDraft(draft))
        s.message = "dossiers/notes.txt: verwacht een bestaande CBS-gemeentecode"
        let text = Render.screen(s).text
        #expect(text.contains("notes.txt"))
        #expect(text.contains("Achtkarspelen") && text.contains("y/Enter"), "\(text)")
    }
}
