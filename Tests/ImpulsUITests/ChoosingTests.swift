import Testing
import ImpulsCore
@testable import ImpulsUI

/// Issue 26, parts 3 and 5 in the interface: the Application tab lists the dossier's applications
/// and ↑/↓ chooses the one `s` and `e` act on; the overview's open notices are a list too, and `r`
/// marks the chosen one done — after a question, in the history, undone with `u`.
@Suite struct ChoosingTests {
    static let code = MunicipalityCode("GM0088")!   // Schiermonnikoog: no dossier in the other fixtures
    static let anne = FixtureDossiers.anne
    static let bert = FixtureDossiers.bert

    /// Schiermonnikoog after a merge: Anne's application (submitted) and Bert's draft, started offline
    /// on his laptop, both open; two notices the merge raised (a contact's role, a session removed and
    /// edited); with `blocking`, also a blocking notice that holds the workflow until one is withdrawn.
    static func twoApplications(blocking: Bool = false) throws -> Dossier {
        func on(_ date: String, by who: String = anne) -> ChangeContext { FixtureDossiers.on(date, by: who) }
        let day = FixtureDossiers.day
        var d = Dossier(code: code, adviser: anne, team: .zorgVeiligheid)
        d = try d.addingContact(Contact(id: "c-sm-1", name: "Wiebe de Haan", role: "beleidsadviseur"), context: on("2023-08-28"))
        d = try d.addingSession(AdviceSession(id: "s-sm-1", date: day("2023-08-28"), kind: .intake, participants: ["Wiebe de Haan"],
                                              summary: "Kennismaking; buurtteams en jongerenwerk besproken"), context: on("2023-08-28"))
        d = try d.addingApplication(Application(id: "a-sm-1", title: "Buurtteams versterken", actionLines: ["wijkteams"], team: .zorgVeiligheid,
                                                requested: Cents(euros: 8_000), plannedStart: day("2023-11-01"), plannedEnd: day("2024-02-29")),
                                    context: on("2023-09-04"))
        d = try d.advancingApplication(to: .submitted, input: StepInput(), context: on("2023-09-18"))
        let berts = try Dossier(code: code).addingApplication(
            Application(id: "a-sm-2", title: "Jongerenwerk op het eiland", actionLines: ["toegang"], team: .zorgVeiligheid,
                        requested: Cents(euros: 5_500), plannedStart: day("2023-12-01"), plannedEnd: day("2024-03-01")),
            context: on("2023-10-02", by: bert))
        d.applications += berts.applications
        d.history += berts.history
        d.keepCanonicalOrder()
        d.notices = [
            Notice(id: "n-sm-1", at: Timestamp(day: day("2023-10-03")), kind: .fieldClash, subject: .contact("c-sm-1"),
                   field: .contact(.role), kept: "beleidsadviseur", lost: "senior beleidsadviseur", by: bert),
            Notice(id: "n-sm-2", at: Timestamp(day: day("2023-10-04")), kind: .removedEdited, subject: .session("s-sm-1")),
        ]
        if blocking {
            // As a merge raises it for two granted ones (`DossierMerge.checkRules`): both kept, one to withdraw.
            d.notices.append(Notice(id: "n-sm-3", at: Timestamp(day: day("2023-10-05")), kind: .twoGranted, subject: .application("a-sm-2"),
                                    kept: "a-sm-1", lost: "a-sm-2", blocking: true))
        }
        return d
    }

    /// The dossier open on its overview, in a window of this size.
    static func state(_ d: Dossier, columns: Int = 80, rows: Int = 24, language: Language = .nl) -> AppState {
        var s = AppState(columns: columns, rows: rows, language: language,
                         caseload: Caseload(dossiers: [d.code: d], today: today, actor: anne), regions: [nil])
        s.stack = [.dossier(DossierFeature.State(d.code))]
        return s
    }

    func saved(_ effects: [Effect]) -> Dossier? {
        for case .save(let d) in effects { return d }
        return nil
    }

    func form(_ s: AppState) -> Form? { if case .form(let f)? = s.stack.last { return f } else { return nil } }

    /// The rows drawn in reverse below the tabs and above the bottom line: what is chosen.
    func chosenRows(_ grid: CellGrid) -> [String] {
        (Viewport.dossierHeaderLines + 1..<grid.height - 1).filter { grid[1, $0].style.reverse }.map { grid.line($0).trimmingSpaces }
    }

    @Test(arguments: Language.allCases)
    func theApplicationTabListsTheApplicationsAndTheOverviewTheNotices(language: Language) throws {
        let d = try Self.twoApplications()
        for (columns, rows) in ScreenTests.sizes {
            let suffix = "\(columns)x\(rows)-\(language.rawValue)"
            var s = Self.state(d, columns: columns, rows: rows, language: language)
            #expect(chosenRows(Render.screen(s)).first?.hasPrefix("⚠") == true, "the first notice is chosen: \(Render.screen(s).text)")
            _ = press(.down, to: &s)
            let notices = Render.screen(s)
            #expect(chosenRows(notices).joined(separator: " ").contains(language == .nl ? "verwijderd" : "deleted"), "\(notices.text)")
            assertGolden("notices-\(suffix)", notices)
            _ = press(.tab, .tab, .down, to: &s)
            let applications = Render.screen(s)
            #expect(chosenRows(applications).first?.contains("Buurtteams versterken") == true, "the second is chosen: \(applications.text)")
            assertGolden("applications-\(suffix)", applications)
        }
    }

    @Test func sStepsTheChosenApplicationAndTheDialogNamesIt() throws {
        let before = try Self.twoApplications()
        var s = Self.state(before)
        _ = press(.tab, .tab, .down, .character("s"), to: &s)
        guard case .stepChooser(let chooser)? = s.stack.last else { Issue.record("no step chooser: \(Render.screen(s).text)"); return }
        #expect(chooser.options == [.approved, .rejected, .withdrawn], "the submitted one's steps, not the draft's")
        #expect(Render.screen(s).text.contains("Buurtteams versterken · ingediend"))
        _ = press(.enter, to: &s)
        let dialog = Render.screen(s).text
        #expect(dialog.contains("ingediend → toegekend · ‘Buurtteams versterken’"), "the dialog names it: \(dialog)")
        let after = try #require(saved(press(.enter, to: &s)), "approved with the requested amount: \(Render.screen(s).text)")
        #expect(after.applications.first { $0.id == "a-sm-1" }?.status == .approved)
        #expect(after.applications.first { $0.id == "a-sm-2" } == before.applications.first { $0.id == "a-sm-2" }, "the first is untouched")
        _ = Update.apply(.saved(Self.code), to: &s)
        #expect(s.view == .dossier)
    }

    @Test func eEditsTheChosenApplicationOnlyWhileItIsADraft() throws {
        var s = Self.state(try Self.twoApplications())
        _ = press(.tab, .tab, .down, .character("e"), to: &s)
        #expect(s.view == .dossier, "the chosen one is submitted: no form")
        #expect(s.message?.contains("ingediend") == true, "\(s.message ?? "")")
        _ = press(.up, .character("e"), to: &s)
        #expect(form(s)?[ApplicationField.title] == "Jongerenwerk op het eiland", "the draft, chosen again")
    }

    @Test func sOutsideTheApplicationTabWithTwoOpenAsksWhichOne() throws {
        var s = Self.state(try Self.twoApplications())
        let effects = press(.character("s"), to: &s)
        #expect(effects.isEmpty)
        guard case .dossier(let dossier)? = s.stack.last else { Issue.record("the dossier closed"); return }
        #expect(dossier.section == .application, "to the list, to choose")
        #expect(s.message?.contains("2 aanvragen") == true, "\(s.message ?? "")")
    }

    @Test func rResolvesTheChosenNoticeAfterAskingAndUBringsItBack() throws {
        for language in Language.allCases {
            let before = try Self.twoApplications()
            var s = Self.state(before, language: language)
            let bar = Render.screen(s).line(23)
            #expect(bar.contains(language == .nl ? "r afhandelen" : "r resolve"), "the bottom line names the key: \(bar)")
            _ = press(.down, .character("r"), to: &s)
            #expect(s.view == .confirm, "it asks first")
            let question = Render.screen(s).text
            #expect(question.contains(language == .nl ? "Melding afhandelen? y/Enter ja · n/Esc nee" : "Mark this notice done? y/Enter yes · n/Esc no"),
                    "\(question)")
            #expect(question.contains(language == .nl ? "verwijderd en tegelijk gewijzigd" : "deleted and edited at the same time"), "it names the notice")
            assertGolden("notice-question-80x24-\(language.rawValue)", Render.screen(s))
            #expect(press(.character("n"), to: &s).isEmpty, "n: nothing changes")
            #expect(s.view == .dossier)

            let resolved = try #require(saved(press(.character("r"), .character("y"), to: &s)))
            #expect(resolved.notices.first { $0.id == "n-sm-2" }?.resolved == true, "the chosen one")
            #expect(resolved.notices.first { $0.id == "n-sm-1" }?.resolved == false)
            let entry = try #require(resolved.history.last)
            #expect(entry.action == .resolved && entry.new == "n-sm-2" && entry.by == Self.anne, "recorded in the history")
            _ = Update.apply(.saved(Self.code), to: &s)
            #expect(s.message?.hasPrefix(language == .nl ? "Afgehandeld: Schiermonnikoog:" : "Resolved: Schiermonnikoog:") == true, "\(s.message ?? "")")
            s.message = nil
            #expect(!Render.screen(s).text.contains(language == .nl ? "tegelijk gewijzigd" : "edited at once"), "gone from the list")

            let undone = try #require(saved(press(.character("u"), to: &s)), "u takes it back at once")
            #expect(undone.notices.first { $0.id == "n-sm-2" }?.resolved == false)
            #expect(undone.openNotices.map(\.id) == before.openNotices.map(\.id))
            _ = Update.apply(.saved(Self.code), to: &s)
            #expect(s.message?.hasPrefix(language == .nl ? "Ongedaan: Melding afgehandeld" : "Undone: Notice resolved") == true, "\(s.message ?? "")")
        }
    }

    @Test func rSaysWhyWhenThereIsNothingToResolveHere() throws {
        var s = fixtureState()
        selectRow(named: "Ameland", in: &s)
        _ = press(.enter, to: &s)
        #expect(!Render.screen(s).line(23).contains("r afhandelen"), "no notices: not on the bottom line")
        #expect(press(.character("r"), to: &s).isEmpty)
        #expect(s.view == .dossier)
        #expect(s.message == "Dit dossier heeft geen open meldingen.", "\(s.message ?? "")")
        var t = Self.state(try Self.twoApplications())
        _ = press(.tab, .character("r"), to: &t)
        #expect(t.view == .dossier)
        #expect(t.message?.contains("Overzicht") == true, "\(t.message ?? "")")
    }

    @Test func withTwoOpenAndABlockingNoticeWithdrawingTheChosenOneWorks() throws {
        let before = try Self.twoApplications(blocking: true)
        var s = Self.state(before)
        _ = press(.tab, .tab, .down, .character("s"), .enter, to: &s)   // approve the second: held
        #expect(form(s)?.refusal.isEmpty == false, "only a withdrawal may go on: \(Render.screen(s).text)")
        #expect(!press(.enter, to: &s).hasSave)
        _ = press(.escape, to: &s)
        #expect(s.view == .dossier)
        _ = press(.character("s"), .down, .down, .enter, to: &s)   // withdraw, the last step
        #expect(Render.screen(s).text.contains("ingediend → ingetrokken · ‘Buurtteams versterken’"), "\(Render.screen(s).text)")
        type("Dubbel met de aanvraag van Bert", into: &s)
        let after = try #require(saved(press(.enter, to: &s)), "\(Render.screen(s).text)")
        #expect(after.applications.first { $0.id == "a-sm-1" }?.status == .withdrawn, "the chosen one")
        #expect(after.applications.first { $0.id == "a-sm-2" } == before.applications.first { $0.id == "a-sm-2" }, "the other is untouched")
        #expect(after.blockingNotice == nil, "the withdrawal resolves the blocking notice")
    }

    /// However the entries wrap, ↓ reads every line (a chosen entry taller than the window to its end
    /// first), an entry shows its heading when it is chosen, and ↑ comes back to the top.
    @Test func arrowsReachEveryLineAndShowAnEntryWhenItIsChosen() throws {
        for (columns, rows) in [(40, 12), (46, 20), (80, 24)] {
            var s = Self.state(try Self.twoApplications(), columns: columns, rows: rows)
            for section in [DossierSection.overview, .application] {
                var chosen: [Int] = []
                for _ in 0..<60 {
                    guard case .dossier(let dossier)? = s.stack.last else { return }
                    if chosen.last != dossier.position.selection {
                        chosen.append(dossier.position.selection)
                        #expect(!chosenRows(Render.screen(s)).isEmpty, "\(section) at \(columns)×\(rows): the chosen entry in sight")
                    }
                    _ = press(.down, to: &s)
                }
                guard case .dossier(let end)? = s.stack.last else { return }
                #expect(chosen == [0, 1], "\(section) at \(columns)×\(rows): each entry chosen in turn")
                #expect(end.position.scroll == max(0, end.lineCount - s.viewport.dossierHeight), "\(section): the last line reached")
                for _ in 0..<60 { _ = press(.up, to: &s) }
                guard case .dossier(let back)? = s.stack.last else { return }
                #expect(back.position == ListPosition(), "\(section) at \(columns)×\(rows): back at the top")
                _ = press(.end, to: &s)
                guard case .dossier(let bottom)? = s.stack.last else { return }
                #expect(bottom.position == ListPosition(selection: 1, scroll: end.position.scroll), "End: the last entry and line")
                _ = press(.home, .pageDown, to: &s)
                guard case .dossier(let paged)? = s.stack.last else { return }
                let window = paged.position.scroll..<(paged.position.scroll + s.viewport.dossierHeight)
                #expect(paged.entries[paged.position.selection].overlaps(window), "PgDn: the chosen entry in sight")
                _ = press(.home, to: &s)
                guard case .dossier(let top)? = s.stack.last else { return }
                #expect(top.position == ListPosition(), "Home: the first entry, the first line")
                _ = press(.tab, .tab, to: &s)
            }
        }
    }

    /// Opened from the agenda or the filter, the dossier has the item's application or notice chosen.
    @Test func theAgendaAndTheFilterOpenTheDossierWithTheirApplicationOrNoticeChosen() throws {
        let d = try Self.twoApplications(blocking: true)   // the blocking notice, the third open one, is on the agenda
        var started = try Self.twoApplications()
        started.applications[0].status = .approved   // Anne's, approved: its start is on the agenda
        started.applications[0].granted = Cents(euros: 8_000)
        for (dossier, expected) in [(d, (DossierSection.overview, 2)), (started, (DossierSection.application, 1))] {
            var s = Self.state(dossier)
            s.stack = []
            _ = press(.character("g"), to: &s)
            _ = press(.enter, to: &s)
            guard case .dossier(let opened)? = s.stack.last else { Issue.record("no dossier: \(Render.screen(s).text)"); continue }
            #expect(opened.section == expected.0 && opened.position.selection == expected.1, "\(opened)")
        }
        var s = Self.state(try Self.twoApplications())
        s.stack = []
        _ = press(.character("/"), to: &s)
        type("versterken", into: &s)
        _ = press(.enter, .enter, to: &s)
        guard case .dossier(let opened)? = s.stack.last else { Issue.record("no dossier: \(Render.screen(s).text)"); return }
        #expect(opened.section == .application && opened.position.selection == 1, "the application the filter found: \(opened)")
    }
}
