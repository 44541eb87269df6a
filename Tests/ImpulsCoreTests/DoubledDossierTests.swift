import Testing
@testable import ImpulsCore

/// The rule for a municipality found in more than one folder: the first folder's copy is shown,
/// every copy is kept (and counted), and what differs is named.
@Suite struct DoubledDossierTests {
    let code = MunicipalityCode("GM0059")!
    let other = MunicipalityCode("GM0080")!

    @Test func theFirstFoldersCopyIsShownAndEveryCopyKept() {
        let bert = Dossier(code: code, adviser: "Bert"), anne = Dossier(code: code, adviser: "Anne")
        let (shown, doubled) = DoubledDossier.combine([("/b", bert), ("/a", anne), ("/a", Dossier(code: other))])
        #expect(shown[code] == bert)
        #expect(shown[other] == Dossier(code: other))
        #expect(doubled.keys.sorted() == [code])
        #expect(doubled[code]?.folders == ["/b", "/a"])
        #expect(doubled[code]?.copies.map(\.dossier) == [bert, anne])
    }

    @Test func whatDiffersIsNamedInTheFoldersOrder() {
        let same = DoubledDossier(copies: [.init(folder: "/a", dossier: Dossier(code: code)), .init(folder: "/b", dossier: Dossier(code: code))])
        #expect(same.differences.isEmpty)
        let a = Dossier(code: code, adviser: "Anne", notes: "x")
        let b = Dossier(code: code, adviser: "Bert", notes: "y")
        #expect(DoubledDossier(copies: [.init(folder: "/a", dossier: a), .init(folder: "/b", dossier: b)]).differences
                == [.adviser(["Anne", "Bert"]), .notes])
        var c = a
        c.team = .opdrachtgeverschap
        #expect(DoubledDossier(copies: [.init(folder: "/a", dossier: a), .init(folder: "/b", dossier: c)]).differences == [.other])
    }
}
