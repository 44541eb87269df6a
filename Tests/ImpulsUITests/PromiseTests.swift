import Testing
import ImpulsCore
import ImpulsText
@testable import ImpulsUI

/// Issue #17: what the README promises about the interface, checked against the screen.
@Suite struct PromiseTests {
    func open(_ name: String, columns: Int = 80, rows: Int = 24, language: Language = .nl) -> AppState {
        var s = fixtureState(columns: columns, rows: rows, language: language)
        selectRow(named: name, in: &s)
        _ = press(.enter, to: &s)
        return s
    }

    func form(_ s: AppState) -> Form? { if case .form(let f)? = s.stack.last { return f } else { return nil } }

    // MARK: the filter

    @Test(arguments: Language.allCases)
    func theFilterSearchesAllOfADossierAndSaysWhere(language: Language) throws {
        var s = open("Harlingen", language: language)
        _ = press(.character("n"), to: &s)
        type("Gebeld met de Xylofoonstichting over de begroting", into: &s)
        _ = press(.tab, to: &s)
        type("Pieternella Quist", into: &s)
        guard case .save(let saved)? = press(.control("s"), to: &s).first else { Issue.record("not saved"); return }
        _ = Update.apply(.saved(saved.code), to: &s)
        _ = press(.escape, .character("/"), to: &s)
        type("xylofoon", into: &s)
        #expect(s.home.rows.map(\.municipality.name) == ["Harlingen"], "a session summary logged a moment ago")
        let screen = Render.screen(s).text
        let session = language == .nl ? "gesprek 2023-10-16: " : "session 2023-10-16: "
        // At 80 columns the matched word stays whole (issue #29): the record's date gives way.
        #expect(screen.contains((language == .nl ? "gesprek: " : "session: ") + "…et de Xylofoonstichting"), "the field: \(screen)")
        var wide = s
        _ = press(.resize(columns: 120, rows: 40), to: &wide)
        #expect(Render.screen(wide).text.contains(session + "…ld met de Xylofoonstichting"), "the field and the record: \(Render.screen(wide).text)")
        // At 40 columns the selected row's match has a line of its own.
        var narrow = s
        _ = press(.resize(columns: 40, rows: 12), to: &narrow)
        #expect(Render.screen(narrow).text.contains("↳ " + (language == .nl ? "gesprek: " : "session: ")))
        #expect(Render.screen(narrow).text.contains("Xylofoonstichting"))

        // Enter opens the dossier where it matched: the session, expanded.
        var opened = s
        _ = press(.enter, .enter, to: &opened)
        guard case .dossier(let shown)? = opened.stack.last, shown.section == .sessions, shown.expanded, case let position = shown.position else { Issue.record("not on the session"); return }
        let summary = DossierFeature.sessionsInOrder(try #require(opened.caseload.dossiers[saved.code]))[position.selection].summary
        #expect(summary.contains("Xylofoon"))

        _ = press(.control("u"), to: &s)
        type("quist", into: &s)
        #expect(s.home.rows.map(\.municipality.name) == ["Harlingen"], "participants")
        #expect(Render.screen(s).text.contains(language == .nl ? "deelnemers 2023-10-16: " : "participants 2023-10-16: "))

        // Every other kind of text in a dossier is found too, and said where.
        let d = try #require(s.caseload.dossiers[MunicipalityCode("GM0060")!])
        let followUp = try #require(d.sessions.flatMap(\.followUps).first)
        let application = try #require(d.applications.first)
        let contact = try #require(d.contacts.first { !$0.role.isEmpty && $0.role != "tolk" })
        for (query, field) in [(followUp.text, SearchField.followUp), (application.title, .applicationTitle), (contact.role, .contactRole), ("tolk", .contactRole)] {
            _ = press(.control("u"), to: &s)
            type(query, into: &s)
            #expect(s.home.rows.contains { $0.municipality.name == "Ameland" }, "\(query)")
            let match = s.home.searchTexts[d.code]?.match(query, width: 40)
            #expect(match?.part.field == field, "\(query): \(String(describing: match?.part.field))")
        }
    }

    @Test func theFiltersFastFoldingIsFolding() {
        for text in ["Súdwest-Fryslân", "'s-Hertogenbosch", "Straße Œuvre Ĳmuiden", "李小龍 👍 Zoë", "a\tb_c`d", "ÀÉÎÕÜ ç ñ", "Begroting opvragen", ""] {
            var bytes: [UInt8] = []
            SearchText.fold(text, into: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == Folding.fold(text), "\(text)")
        }
        let text = Array("de begroting opvragen".utf8)
        text.withUnsafeBytes { hay in
            for (word, found) in [("begroting", true), ("opvragen", true), ("gen", true), ("nieuw", false), ("de begroting opvragen x", false), ("", true)] {
                #expect(Array(word.utf8).withUnsafeBytes { SearchText.find($0, in: hay) } == found, "\(word)")
            }
        }
    }

    @Test func theFilterKeepsItsTextUntilTheDossierChanges() {
        var s = fixtureState()
        _ = press(.character("/"), to: &s)
        type("zoe", into: &s)
        let code = MunicipalityCode("GM0060")!
        let kept = s.home.searchTexts[code]
        #expect(kept != nil)
        _ = press(.backspace, to: &s)
        #expect(s.home.searchTexts[code] == kept, "a keystroke folds nothing again")
    }

    // MARK: forms

    /// Every field of every form is on screen when it has the cursor, down to 40×12 — and in a
    /// list with ticks, the option under the cursor is the one on screen that Space ticks.
    @Test(arguments: [(40, 12), (46, 20), (80, 24)])
    func theFocusedFieldAndOptionAreAlwaysOnScreen(columns: Int, rows: Int) throws {
        for language in Language.allCases {
            for (name, key) in [("Harlingen", Key.character("a")), ("Ameland", .character("n")), ("Ameland", .character("c"))] {
                var s = open(name, columns: columns, rows: rows, language: language)
                _ = press(key, to: &s)
                let start = try #require(form(s))
                for _ in 0..<(start.fields.count + 1) {
                    let f = try #require(form(s))
                    let field = f.fields[f.focus]
                    let grid = Render.screen(s)
                    let labelShown = (0..<rows).contains { y in
                        grid.line(y).contains(String(field.label.text(language).prefix(10))) && grid[1, y].style.reverse
                    }
                    #expect(labelShown, "\(columns)×\(rows) \(name) \(field.id):\n\(grid.text)")
                    if case .multiChoice(let options) = field.kind {
                        for i in 0..<options.count {
                            let f = try #require(form(s))
                            let label = String(f.fields[f.focus].optionLabel(f.fields[f.focus].optionIndex).prefix(12))
                            let grid = Render.screen(s)
                            let row = (0..<rows).first { y in grid.line(y).contains("[ ] " + label) }
                            #expect(row != nil, "option \(i) \(label) on screen at \(columns)×\(rows):\n\(grid.text)")
                            if let row {
                                let x = DisplayWidth.of(String(grid.line(row).prefix { $0 != "[" }))
                                #expect(grid[x, row].style.reverse, "the option on screen is the focused one")
                            }
                            _ = press(.character(" "), to: &s)
                            let ticked = try #require(form(s)).fields[f.focus]
                            #expect(ticked.chosen == [ticked.optionIndex], "Space ticks the option that is shown")
                            _ = press(.character(" "), .right, to: &s)
                        }
                    }
                    _ = press(.tab, to: &s)
                }
            }
        }
    }

    /// Every rule a form can break shows beside its field, in words of the interface: no flags.
    @Test(arguments: Language.allCases)
    func rulesShowBesideTheirFieldInWords(language: Language) throws {
        var s = open("Harlingen", language: language)
        _ = press(.character("a"), .tab, .tab, .tab, .tab, .tab, to: &s)   // title, amount, start, end, action lines passed
        var f = try #require(form(s))
        #expect(f.error(ApplicationField.title) != nil, "an empty title, once passed")
        #expect(f.error(ApplicationField.amount) != nil, "an empty amount, once passed")
        #expect(f.error(ApplicationField.actionLines) != nil, "no action line, once passed")
        #expect(f.error(ApplicationField.team) == nil)
        // The period's rule as the dates are typed.
        _ = press(.backTab, .backTab, .control("u"), to: &s)
        type("2025-01-01", into: &s)
        f = try #require(form(s))
        #expect(f.error(ApplicationField.end) != nil, "a project longer than four months")
        for text in f.errors.values { #expect(!text.contains("--"), "\(text)") }

        // A session in the future, a duration out of range, an empty summary.
        s = open("Ameland", language: language)
        _ = press(.character("n"), .backTab, .backTab, .control("u"), to: &s)
        type("2023-12-01", into: &s)
        _ = press(.tab, .tab, .tab, .tab, .tab, to: &s)
        type("0", into: &s)
        f = try #require(form(s))
        #expect(f.error(SessionField.date) != nil)
        #expect(f.error(SessionField.minutes) != nil)
        #expect(f.error(SessionField.summary) != nil, "passed empty")
        _ = press(.control("s"), to: &s)
        f = try #require(form(s))
        #expect(f.focused == SessionField.date.id, "Ctrl-S goes to the first field with a problem")
        let screen = Render.screen(s).text
        #expect(screen.contains(language == .nl ? "Niet opgeslagen; kijk naar:" : "Not saved; look at:"))
        #expect(!screen.contains("--"))

        // A contact without a name.
        s = open("Ameland", language: language)
        _ = press(.character("c"), .control("s"), to: &s)
        #expect(form(s)?.error(ContactField.name) != nil)
    }

    @Test(arguments: Language.allCases)
    func stepRulesSpeakTheInterfacesWords(language: Language) throws {
        // Approving above the requested amount, beside the granted amount.
        var s = open("Ameland", language: language)
        _ = press(.character("s"), .enter, .control("u"), to: &s)
        type("9.900", into: &s)
        let f = try #require(form(s))
        #expect(f.error(StepField.granted) != nil)
        // No reason anywhere in the interface names a command-line flag.
        for reason: Reason in [.noteRequired(.rejected), .noteRequired(.withdrawn), .endDateRequired, .grantedMissing] {
            #expect(!Message.formReason(reason, language).contains("--"))
        }
    }

    // MARK: messages

    @Test(arguments: [(40, 12), (80, 24)])
    func aLongMessageIsShownWholeNeverCut(columns: Int, rows: Int) {
        for language in Language.allCases {
            var s = open("Ameland", columns: columns, rows: rows, language: language)
            _ = press(.character("a"), to: &s)
            let message = try! #require(s.message)
            #expect(DisplayWidth.of(message) > columns - 2, "long enough to need more than a line")
            let grid = Render.screen(s)
            let shown = (0..<rows).map { grid.line($0).trimmingSpaces }.suffix(4).joined(separator: " ")
            let words = message.split(separator: " ").map(String.init)
            #expect(shown.contains(words.suffix(5).joined(separator: " ")), "the end of the message is on screen:\n\(grid.text)")
            #expect(!grid.text.contains("…"), "nothing cut")
        }
    }

    @Test(arguments: Language.allCases)
    func aConflictSaysCtrlSAgainNotReload(language: Language) throws {
        var s = open("Ameland", columns: 40, rows: 12, language: language)
        let code = MunicipalityCode("GM0060")!
        let onDisk = try #require(s.caseload.dossiers[code])
        _ = press(.character("n"), to: &s)
        type("Belangrijk", into: &s)
        _ = press(.control("s"), to: &s)
        _ = Update.apply(.saveFailed(code, error: .conflict(file: "/tmp/data/dossiers/GM0060.json"), current: onDisk), to: &s)
        let failure = try #require(form(s)?.failure)
        #expect(failure.contains("Ctrl-S"))
        #expect(!failure.contains("laad opnieuw") && !failure.contains("reload") && !failure.contains("/tmp"))
        let screen = Render.screen(s).text
        let body = screen.split(separator: "\n").dropLast().map { $0.trimmingSpaces }.joined(separator: " ")
        #expect(body.contains(failure.split(separator: " ").suffix(6).joined(separator: " ")), "under the form, whole, at 40×12:\n\(screen)")
        _ = press(.end, to: &s)
        #expect(form(s)?.failure == nil, "said once: the next key brings the fields back")
        #expect(Render.screen(s).text.contains("Belangrijk"))
    }

    // MARK: keys

    @Test func theHintBarShowsEachViewsMostUsedKeysAndHelp() {
        var s = fixtureState()
        var bar = Render.screen(s).line(23)
        for key in ["Enter", "/ ", "o ", "r ", "g ", "D ", "q ", "? "] { #expect(bar.contains(key), "region: \(key) in \(bar)") }
        _ = press(.enter, to: &s)
        var seen = Set<String>()
        for _ in DossierSection.allCases {
            bar = Render.screen(s).line(23)
            #expect(bar.contains("Tab ") && bar.contains("? "), "\(bar)")
            for key in ["n", "a", "s", "e", "c", "x", "d", "u"] where bar.contains(" \(key) ") { seen.insert(key) }
            _ = press(.tab, to: &s)
        }
        #expect(seen == ["n", "a", "s", "e", "c", "x", "d", "u"], "every dossier key is on the bar in its section: \(seen)")
        // However narrow, `?` stays whole at the right.
        for columns in 40...80 {
            var narrow = s
            _ = press(.resize(columns: columns, rows: 12), to: &narrow)
            for _ in DossierSection.allCases {
                let bar = Render.screen(narrow).line(11).trimmingSpaces
                #expect(bar.hasSuffix("  ? help"), "\(columns) columns: \(bar)")
                _ = press(.tab, to: &narrow)
            }
        }
        // Every key on a bar does something in that view.
        for view in View.allCases {
            for binding in KeyMap.hintBar(for: view) {
                #expect(view == .form ? binding.views.contains(.form) : KeyMap.action(for: binding.keys[0], in: view) != nil)
            }
        }
    }

    @Test(arguments: Language.allCases)
    func helpHasEveryKeyOfTheKeyMapOneSectionAfterAnother(language: Language) {
        let lines = HelpView.lines(language, width: 80).map(\.0)
        let help = lines.joined(separator: "\n")
        for label in ["Ctrl-S", "t ", "Ctrl-A", "Ctrl-E", "Ctrl-K", "Ctrl-U", "Ctrl-W", "Alt-b", "Alt-f", "Space", "F1"] {
            #expect(help.contains(label), "\(label) in help")
        }
        for binding in KeyMap.edits {
            #expect(help.contains(binding.label))
            #expect(help.contains(binding.hint.text(language)))
        }
        // One section after another: every heading alone on its line, in the key map's order.
        let headings = [Message.helpHeading(.region), Message.helpHeading(.dossier), Message.helpHeading(.step), Message.helpHeading(.agenda),
                        Message.helpHeading(.dashboard), Message.helpHeading(.form), Message.ui(.helpEditing)].map { $0.text(language) }
        let positions = headings.map { heading in lines.firstIndex(of: heading) }
        #expect(positions.allSatisfy { $0 != nil }, "\(positions)")
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        // Scrolling shows each heading in turn, whole, at 40×12 too.
        var s = fixtureState(columns: 40, rows: 12, language: language)
        _ = press(.character("?"), to: &s)
        var found = Set<String>()
        for _ in 0..<lines.count {
            let screen = Render.screen(s).text
            for heading in headings where screen.contains("\n " + heading + "\n") || screen.contains("\n " + heading) { found.insert(heading) }
            _ = press(.down, to: &s)
        }
        #expect(found == Set(headings))
        for line in HelpView.lines(language, width: 40) { #expect(DisplayWidth.of(line.0) <= 38, "\(line.0)") }
    }

    @Test func f1OpensHelpFromAFormAndEscReturnsToIt() throws {
        var s = open("Ameland")
        _ = press(.character("n"), to: &s)
        type("Half", into: &s)
        _ = press(.function(1), to: &s)
        #expect(s.view == .help)
        _ = press(.escape, to: &s)
        #expect(form(s)?[SessionField.summary] == "Half")
    }

    // MARK: labels

    @Test(arguments: Language.allCases)
    func labelsWhereIdsWere(language: Language) throws {
        var s = open("Ameland", language: language)
        var screen = Render.screen(s).text
        #expect(screen.contains(language == .nl ? "provincie Fryslân · veiligheidsregio Fryslân" : "province Fryslân · safety region Fryslân"))
        #expect(screen.contains("team Zorg & Veiligheid") || screen.contains("team Opdrachtgeverschap & Opdrachtnemerschap"))
        #expect(!screen.contains("zorg-veiligheid") && !screen.contains("opdrachtgeverschap"))
        _ = press(.tab, .tab, to: &s)  // application
        screen = Render.screen(s).text
        #expect(screen.contains("Privacy en gegevensdeling"), "the config's label")
        #expect(screen.contains(Message.labelActionLines.text(language) + "Privacy en gegevensdeling"), "not the id")
        _ = press(.tab, .tab, to: &s)  // follow-ups
        screen = Render.screen(s).text
        #expect(screen.contains(language == .nl ? "(uit gesprek 2023-" : "(from session 2023-"), "the second date explained")
        // The actual end of a completed project.
        let code = try #require(s.caseload.dossiers.first { $0.value.applications.contains { $0.status == .completed } }?.key)
        let name = ReferenceData.shared.municipality(code)!.name
        s = open(name, language: language)
        let ended = try #require(s.caseload.dossiers[code]?.applications.first { $0.status == .completed }?.stepDates[.completed])
        #expect(Render.screen(s).text.contains((language == .nl ? "Afgerond op: " : "Completed on: ") + ended.description))
        _ = press(.tab, .tab, to: &s)
        #expect(Render.screen(s).text.contains((language == .nl ? "Afgerond op: " : "Completed on: ") + ended.description))
    }

    @Test func theSortIsShownInTheListHeader() {
        var s = fixtureState()
        #expect(Render.screen(s).line(1).contains("Naam ▼"))
        _ = press(.character("o"), to: &s)
        #expect(Render.screen(s).line(1).contains("Status ▼"))
        _ = press(.character("o"), to: &s)
        #expect(Render.screen(s).line(1).contains("Contact ▼"))
        var narrow = s
        _ = press(.resize(columns: 40, rows: 12), to: &narrow)
        #expect(Render.screen(narrow).line(1).contains("Naam (▼ Contact)"), "the sorted column is not on screen: said after the name")
        _ = press(.character("o"), to: &s)
        #expect(Render.screen(s).line(1).contains("Acties ▼"))
    }

    // MARK: the agenda

    @Test(arguments: Language.allCases)
    func theAgendaOpensTheItemWhereItIsAndTicksFollowUpsOff(language: Language) throws {
        var s = fixtureState(language: language)
        _ = press(.character("g"), .down, .down, to: &s)
        let item = s.agenda[2]
        #expect(item.kind == .followUp)
        _ = press(.enter, to: &s)
        guard case .dossier(let opened)? = s.stack.last, case let (code, section, position) = (opened.code, opened.section, opened.position) else { Issue.record("no dossier"); return }
        #expect(code == item.municipality.code)
        #expect(section == .followUps)
        let d = try #require(s.caseload.dossiers[code])
        #expect(DossierFeature.followUpsInOrder(d)[position.selection].1.id == item.record)
        _ = press(.escape, to: &s)

        let before = s.agenda.count
        let effects = press(.character("x"), to: &s)
        guard case .save(let saved)? = effects.first else { Issue.record("not saved"); return }
        #expect(saved.sessions.flatMap(\.followUps).first { $0.id == item.record }?.done == true)
        #expect(s.agenda.count == before - 1)
        _ = Update.apply(.saved(saved.code), to: &s)
        #expect(s.message?.contains(item.text) == true, "it says so: \(s.message ?? "")")
        #expect(s.view == .agenda)

        // A project date is opened on the application; x there says what x is for.
        let index = try #require(s.agenda.firstIndex { $0.kind == .projectEnd || $0.kind == .projectStart })
        _ = press(.home, to: &s)
        for _ in 0..<index { _ = press(.down, to: &s) }
        #expect(press(.character("x"), to: &s).isEmpty)
        #expect(s.message != nil)
        _ = press(.enter, to: &s)
        guard case .dossier(let opened)? = s.stack.last, case let appSection = opened.section else { Issue.record("no dossier"); return }
        #expect(appSection == .application)
    }
}
