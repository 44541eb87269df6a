import Testing
import ImpulsCore
import ImpulsText
@testable import ImpulsUI

@Suite struct UpdateTests {
    @Test func movesScrollsAndStaysInBounds() {
        var s = fixtureState(rows: 12)
        for _ in 0..<30 { _ = press(.down, to: &s) }
        #expect(s.home.list.selection == 17)
        #expect(s.home.list.scroll == 18 - s.listHeight)
        _ = press(.home, to: &s)
        #expect(s.home.list == ListPosition())
        _ = press(.character("k"), to: &s)
        #expect(s.home.list.selection == 0)
        _ = press(.end, to: &s)
        #expect(s.home.list.selection == 17)
        _ = press(.pageUp, to: &s)
        #expect(s.home.list.selection == 17 - s.listHeight)
    }

    @Test func filterAsYouTypeIgnoresAccentsAndKeepsMatchesAfterEnter() {
        var s = fixtureState()
        _ = press(.character("/"), to: &s)
        #expect(s.home.isTypingFilter)
        type("SUDWEST", into: &s)
        #expect(s.home.rows.map(\.municipality.name) == ["Súdwest-Fryslân"])
        _ = press(.enter, to: &s)
        #expect(!s.home.isTypingFilter)
        #expect(s.home.filter == "SUDWEST")
        _ = press(.enter, to: &s)
        #expect(s.view == .dossier)
        _ = press(.escape, to: &s)
        #expect(s.view == .region)
        #expect(s.home.rows.count == 1)
        _ = press(.escape, to: &s)
        #expect(s.home.filter.isEmpty)
        #expect(s.home.rows.count == 18)
    }

    @Test func filterFindsContactsAndNotes() {
        var s = fixtureState()
        _ = press(.character("/"), to: &s)
        type("tokyo", into: &s)
        #expect(s.home.rows.isEmpty)
        _ = press(.control("u"), to: &s)
        type("zoe", into: &s)
        #expect(s.home.rows.map(\.municipality.code.rawValue).contains("GM0060"))
        _ = press(.escape, to: &s)
        _ = press(.character("/"), to: &s)
        type("q", into: &s)
        #expect(s.home.filter == "q", "q types into the filter instead of quitting")
    }

    @Test func sortCyclesAndSaysSo() {
        var s = fixtureState()
        _ = press(.character("o"), to: &s)
        #expect(s.home.sort == .status)
        #expect(s.message?.contains("status") == true)
        let statuses = s.home.rows.compactMap(\.status)
        #expect(statuses == statuses.sorted())
        _ = press(.character("o"), .character("o"), to: &s)
        #expect(s.home.sort == .overdue)
        let overdue = s.home.rows.map(\.overdueFollowUps)
        #expect(overdue == overdue.sorted(by: >))
        _ = press(.character("o"), to: &s)
        #expect(s.home.sort == .name)
    }

    @Test func regionSwitchesAndAgendaOpensDossiers() {
        var s = fixtureState()
        _ = press(.character("r"), to: &s)
        #expect(s.regionTitle == "Groningen")
        #expect(s.home.rows.count == 10)
        _ = press(.character("r"), to: &s)
        #expect(s.regionTitle == "Fryslân")
        _ = press(.character("g"), to: &s)
        #expect(s.view == .agenda)
        let agenda = s.agenda
        #expect(!agenda.isEmpty)
        #expect(agenda.map(\.day) == agenda.map(\.day).sorted())
        _ = press(.enter, to: &s)
        guard case .dossier(let opened)? = s.stack.last, case let code = opened.code else { Issue.record("no dossier"); return }
        #expect(code == agenda[0].municipality.code)
        _ = press(.escape, .escape, to: &s)
        #expect(s.view == .region)
    }

    @Test func dossierSectionsCycleWithTabAndSessionsExpand() {
        var s = fixtureState()
        selectRow(named: "Ameland", in: &s)
        _ = press(.enter, to: &s)
        _ = press(.tab, to: &s)
        guard case .dossier(let d)? = s.stack.last, d.section == .sessions, !d.expanded else { Issue.record("sessions"); return }
        _ = press(.enter, to: &s)
        guard case .dossier(let d)? = s.stack.last, d.section == .sessions, d.expanded else { Issue.record("expanded"); return }
        _ = press(.backTab, .backTab, to: &s)
        guard case .dossier(let d)? = s.stack.last, d.section == .followUps, !d.expanded else { Issue.record("back tab wraps"); return }
    }

    @Test func quitOnlyFromHomeOrCtrlC() {
        var s = fixtureState()
        _ = press(.enter, to: &s)
        #expect(press(.character("q"), to: &s).isEmpty)
        #expect(s.view == .region)
        #expect(press(.character("q"), to: &s) == [.quit])
        _ = press(.enter, .tab, to: &s)
        #expect(press(.control("c"), to: &s) == [.quit])
    }

    @Test func mouseClickSelectsThenOpens() {
        var s = fixtureState()
        _ = press(.mouseClick(x: 5, y: 4), to: &s)
        #expect(s.home.list.selection == 2)
        _ = press(.mouseClick(x: 5, y: 4), to: &s)
        #expect(s.view == .dossier)
        _ = press(.escape, .wheelDown, .wheelDown, to: &s)
        #expect(s.home.list.selection == 4)
    }

    @Test func everyBoundKeyIsInHelp() {
        for language in Language.allCases {
            let lines = HelpView.lines(language).map(\.0)
            for binding in KeyMap.bindings {
                // The key and what it does, on one line of help.
                #expect(lines.contains { $0.contains(binding.label) && $0.contains(binding.hint.text(language)) },
                        "\(binding.label) \(binding.hint.text(language)) missing from help")
            }
        }
        // Every key the help names does what it says in each view it lists (no other binding shadows it).
        for binding in KeyMap.bindings {
            for view in binding.views {
                #expect(KeyMap.action(for: binding.keys[0], in: view) == binding.action, "\(binding.label) in \(view)")
            }
        }
    }

    @Test func resizeKeepsTheSelectionVisibleAndTinyWindowsAreNoticed() {
        var s = fixtureState()
        _ = press(.end, to: &s)
        _ = press(.resize(columns: 40, rows: 12), to: &s)
        #expect(s.home.list.selection >= s.home.list.scroll && s.home.list.selection < s.home.list.scroll + s.listHeight)
        _ = press(.resize(columns: 30, rows: 8), to: &s)
        #expect(Render.screen(s).text.contains("te klein"))
    }

    /// The run loop's first event is the window's size: what opening the folder put on the
    /// message line (a stray file, a finished import) must still be there to read.
    @Test func aResizeLeavesTheMessageLineAlone() {
        var s = fixtureState()
        s.message = "dossiers/stray.txt: verwacht een bestaande CBS-gemeentecode"
        _ = press(.resize(columns: 100, rows: 30), to: &s)
        #expect(s.message != nil)
        #expect(Render.screen(s).text.contains("stray.txt"))
        _ = press(.down, to: &s)
        #expect(s.message == nil, "a key is an answer to it")
    }

    @Test func readOnlyTheBottomLineOffersNoKeyThatWouldChangeSomething() {
        var s = fixtureState()
        s.readOnly = true
        selectRow(named: "Ameland", in: &s)
        _ = press(.enter, to: &s)
        let bottom = Render.screen(s).line(s.rows - 1)
        #expect(bottom.contains("Tab") && !bottom.contains("gesprek") && !bottom.contains("stap") && !bottom.contains("ongedaan"), "\(bottom)")
        s.readOnly = false
        #expect(Render.screen(s).line(s.rows - 1).contains("gesprek"), "worked in, it does")
    }

    @Test func aNarrowHeaderDropsTheProgramsNameBeforeCuttingTheViews() {
        var s = fixtureState(columns: 40, rows: 12)
        s.readOnly = true
        _ = press(.character("D"), to: &s)
        let header = Render.screen(s).line(0)
        let view = Message.viewDashboard.text(.nl)
        #expect(header.contains(view) && header.contains(Message.readOnlyMarker.text(.nl)) && !header.contains("…"), "\(header)")
    }
}
