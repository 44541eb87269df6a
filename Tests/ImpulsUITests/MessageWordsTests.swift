import Testing
import ImpulsCore
import ImpulsText
@testable import ImpulsUI

/// Issue 29: a message says what was saved, and a refusal says why — read-only, or which file.
@Suite struct MessageWordsTests {
    func openAmeland() -> AppState {
        var s = fixtureState()
        selectRow(named: "Ameland", in: &s)
        _ = press(.enter, to: &s)
        return s
    }

    @Test func aSaveSaysWhatWasSaved() throws {
        var s = openAmeland()
        _ = press(.character("n"), to: &s)
        for c in "Gebeld over de begroting" { _ = press(.character(c), to: &s) }
        guard case .save(let saved)? = press(.control("s"), to: &s).first else { Issue.record("not saved"); return }
        _ = Update.apply(.saved(saved.code), to: &s)
        let message = try #require(s.message)
        #expect(message.hasPrefix("Opgeslagen voor Ameland: Gesprek van 2023-10-16 (advies) vastgelegd"), "\(message)")
        #expect(message.contains("Gebeld over de begroting"))
    }

    @Test func aRefusalSaysWhetherItIsReadOnlyOrWhichFileCannotBeRead() throws {
        var s = openAmeland()
        s.readOnly = true
        _ = press(.character("n"), to: &s)
        #expect(s.message == Message.readOnlyRefusal("Ameland").text(.nl))
        #expect(s.message?.contains("--read-only") == true)

        var t = openAmeland()
        let ameland = try #require(MunicipalityCode("GM0060"))
        t.caseload.unreadable[ameland] = FileIssue(file: "dossiers/GM0060.json", problem: .empty)
        _ = press(.character("n"), to: &t)
        #expect(t.message == "Het dossier van Ameland is onleesbaar, dus niet gewijzigd: dossiers/GM0060.json: het bestand is leeg")
    }
}
