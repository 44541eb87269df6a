import Testing
@testable import ImpulsCore

/// The byte-level readers of codes and subjects accept exactly the forms they always did.
@Suite struct IdentifierParsingTests {
    @Test func municipalityCodesInEveryAcceptedForm() {
        for text in ["GM0080", "gm0080", "0080", " GM0080 ", "Gm0080"] { #expect(MunicipalityCode(text)?.rawValue == "GM0080", "\(text)") }
        for text in ["", "GM", "GM008", "GM00800", "GMabcd", "GM00a0", "GM٠١٢٣", "XX0080", "GM 0080", "GM-080"] {
            #expect(MunicipalityCode(text) == nil, "\(text)")
        }
    }

    @Test func subjectsReadFromBytesAsWritten() {
        let subjects: [Subject] = [.dossier, .session("s1"), .followUp("f:1"), .contact("c"), .application("a-very-long-application-identifier")]
        for subject in subjects { #expect(Subject(text: subject.text) == subject, "\(subject.text)") }
        #expect(Subject(text: "follow-up:a:b") == .followUp("a:b"))
        for text in ["", "dossier:", "dossierx", "session", "session:", "sessions:x", "Session:x", "followUp:x", "application", ":x", "contact :x"] {
            #expect(Subject(text: text) == nil, "\(text)")
        }
    }
}
