import Testing
import ImpulsCore
import ImpulsText
@testable import ImpulsUI

/// Issue #29: help opens where the user is; lists with ticks and choices move with ↑/↓ and refuse
/// text typed into them in words; the cursor stands where typing goes.
@Suite struct NewUserHelpAndListTests {
    func form(_ s: AppState) -> Form? { if case .form(let f)? = s.stack.last { return f } else { return nil } }

    func ameland(language: Language = .nl, columns: Int = 80, rows: Int = 24) -> AppState {
        var s = fixtureState(columns: columns, rows: rows, language: language)
        selectRow(named: "Ameland", in: &s)
        _ = press(.enter, to: &s)
        return s
    }

    /// The first line help shows, as text.
    func helpTop(_ s: AppState) -> String { Render.screen(s).line(1).trimmingSpaces }

    @Test(arguments: Language.allCases) func helpOpensAtTheSectionItWasAskedFrom(language: Language) {
        var s = fixtureState(language: language)
        _ = press(.character("?"), to: &s)
        #expect(helpTop(s) == Message.helpHeading(.region).text(language))
        _ = press(.escape, to: &s)
        s = ameland(language: language)
        _ = press(.character("?"), to: &s)
        #expect(helpTop(s) == Message.helpHeading(.dossier).text(language))
        _ = press(.escape, .character("g"), .character("?"), to: &s)
        #expect(helpTop(s) == Message.helpHeading(.agenda).text(language))
        // From a form (F1): its section is on screen, the rest still scrolls (up to the region's keys).
        s = ameland(language: language)
        _ = press(.character("n"), .function(1), to: &s)
        let screen = Render.screen(s).text
        #expect(screen.contains(Message.helpHeading(.form).text(language)), "\(screen)")
        _ = press(.home, to: &s)
        #expect(helpTop(s) == Message.helpHeading(.region).text(language))
        _ = press(.escape, to: &s)
        #expect(s.view == .form, "Esc goes back to the form")
    }

    @Test func arrowsMoveInAListWithTicksAndAPickList() throws {
        var s = ameland()
        _ = press(.character("n"), .tab, .tab, to: &s)    // summary → participants → action lines
        #expect(form(s)?.focused == SessionField.actionLines.id)
        _ = press(.down, .down, to: &s)
        #expect(form(s)?.field(SessionField.actionLines.id)?.optionIndex == 2)
        _ = press(.up, .character(" "), to: &s)
        #expect(form(s)?.field(SessionField.actionLines.id)?.chosen == [1])
        _ = press(.backTab, .backTab, .backTab, to: &s)   // the kind: a pick list
        #expect(form(s)?.focused == SessionField.kind.id)
        let before = try #require(form(s)?.field(SessionField.kind.id)?.optionIndex)
        _ = press(.down, to: &s)
        #expect(form(s)?.field(SessionField.kind.id)?.optionIndex == (before + 1) % SessionKind.allCases.count)
    }

    @Test(arguments: Language.allCases) func textTypedInAListIsRefusedInWordsAndTicksNothing(language: Language) {
        var s = ameland(language: language)
        _ = press(.character("n"), .tab, .tab, to: &s)
        type("Begroting opvragen bij de wethouder x", into: &s)
        #expect(form(s)?.field(SessionField.actionLines.id)?.chosen == [], "a sentence ticks nothing")
        #expect(s.message == Message.ui(.typingInList(ticks: true)).text(language))
        #expect(Render.screen(s).text.contains(String(Message.ui(.typingInList(ticks: true)).text(language).prefix(20))), "on the bottom line")
        // A deliberate space (after moving) still ticks.
        _ = press(.down, .character(" "), to: &s)
        #expect(form(s)?.field(SessionField.actionLines.id)?.chosen == [1])
        // In a pick list too.
        _ = press(.backTab, .backTab, .backTab, .character("a"), to: &s)
        #expect(s.message == Message.ui(.typingInList(ticks: false)).text(language))
    }

    @Test func theCursorStandsWhereTypingGoes() {
        var s = ameland()
        #expect(Render.screen(s).cursor == nil, "no typing in a dossier: no cursor")
        _ = press(.character("n"), to: &s)
        type("Bellen", into: &s)
        let grid = Render.screen(s)
        let cursor = try! #require(grid.cursor)
        // After "Bellen" in the summary's first line.
        #expect(grid.line(cursor.y).contains("Bellen"))
        #expect(String(grid.line(cursor.y).prefix(cursor.x)).hasSuffix("Bellen"))
        _ = press(.tab, .tab, to: &s)   // the list with ticks: no text cursor
        #expect(Render.screen(s).cursor == nil)
        // The filter, while typing.
        var home = fixtureState()
        _ = press(.character("/"), to: &home)
        type("ame", into: &home)
        #expect(Render.screen(home).cursor.map { $0.y } == 1)
    }

    @Test(arguments: Language.allCases) func labelsAndActionLinesWrapInsteadOfBeingCut(language: Language) {
        var s = ameland(language: language)
        _ = press(.character("n"), to: &s)
        for _ in 0..<4 { _ = press(.tab, to: &s) }   // to the follow-ups, at the bottom
        let screen = Render.screen(s).text
        #expect(!screen.contains("…"), "\(screen)")
        let label = Message.fieldFollowUps.text(language)
        #expect(screen.contains(String(label.prefix(20))) && screen.contains(String(label.suffix(4))), "\(screen)")
        _ = press(.backTab, to: &s)
        let lists = Render.screen(s).text
        #expect(lists.contains("Veiligheidshuizen"), "\(lists)")
        #expect(!lists.contains("…"), "\(lists)")
    }

    /// An undo of ticked action lines names them by label, never by id.
    @Test func anUndoOfActionLinesNamesThemByLabel() throws {
        var s = ameland()
        s.caseload.actor = "Anne de Vries"
        _ = press(.tab, .character("e"), .tab, .tab, to: &s)   // Sessions: edit the first; to its action lines
        #expect(form(s)?.focused == SessionField.actionLines.id)
        _ = press(.character(" "), to: &s)                      // Versterking wijkteams, ticked or unticked
        guard case .save(let saved)? = press(.control("s"), to: &s).first else { Issue.record("not saved"); return }
        _ = Update.apply(.saved(saved.code), to: &s)
        _ = press(.character("u"), to: &s)
        _ = Update.apply(.saved(saved.code), to: &s)
        let said = try #require(s.message)
        #expect(said.contains("Versterking wijkteams"), "\(said)")
        #expect(!said.contains(": wijkteams") && !said.contains("→ wijkteams"), "not by id: \(said)")
    }

    /// A long name reads from its start when the cursor is elsewhere; where the cursor is, `…`
    /// says its start is scrolled out of view.
    @Test(arguments: [(80, 24), (40, 12)]) func aLongNameShowsItsStartUnfocusedAndMarksItsScrolledStart(size: (Int, Int)) {
        var s = ameland(columns: size.0, rows: size.1)
        _ = press(.tab, .tab, .tab, .character("c"), to: &s)   // Contacts: new contact
        type("Johanna Wilhelmina Adriana Cornelia Maria van der Sluis-Hoekstra", into: &s)
        let focused = Render.screen(s).text
        #expect(focused.contains("…") && focused.contains("Sluis-Hoekstra"), "\(focused)")
        _ = press(.tab, to: &s)
        let unfocused = Render.screen(s).text
        #expect(unfocused.contains("Johanna Wilhelmina"), "\(unfocused)")
    }
}
