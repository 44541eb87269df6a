import Foundation
import Testing
import ImpulsCore
import ImpulsUI
@testable import impuls

/// The form draft (`.draft.json`, kept while a form is open so a crash loses nothing): every draft
/// of every kind of form reads back as written, and its writer is canonical.
@Suite struct DraftFileRoundTripTests {
    @Test func everyDraftReadsBackAsWrittenAndWritesTheSameBytes() {
        var rng = SeededGenerator(seed: 17)
        let codes = ReferenceData.shared.current.map(\.code)
        let pieces = ["Half getypt", "東京", "👍", "\"quoted\"", "back\\slash", "two\nlines", "tab\there", "é", "", " "]
        func text() -> String { (0..<Int.random(in: 0...3, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined() }
        var kinds = Set<String>()
        for round in 0..<300 {
            let code = codes.randomElement(using: &rng)!
            let purpose: FormPurpose
            switch round % 5 {
            case 0: purpose = .newSession(code)
            case 1: purpose = .newApplication(code)
            case 2: purpose = .newContact(code)
            case 3: purpose = .edit(code, kind: [.session, .followUp, .contact, .application].randomElement(using: &rng)!, id: text() + "\(round)")
            default: purpose = .step(code, applicationID: text() + "\(round)", target: ApplicationStatus.allCases.randomElement(using: &rng)!)
            }
            kinds.insert(String(describing: purpose).prefix { $0 != "(" }.description)
            var texts: [String: String] = [:], options: [String: Int] = [:], chosen: [String: [Int]] = [:]
            for n in 0..<Int.random(in: 0...6, using: &rng) { texts["field\(n)" + text()] = text() }
            for n in 0..<Int.random(in: 0...2, using: &rng) { options["choice\(n)"] = Int.random(in: 0...20, using: &rng) }
            for n in 0..<Int.random(in: 0...2, using: &rng) {
                chosen["lines\(n)"] = (0..<Int.random(in: 0...4, using: &rng)).map { _ in Int.random(in: 0...9, using: &rng) }
            }
            let draft = FormDraft(purpose: purpose, texts: texts, options: options, chosen: chosen, focus: Int.random(in: 0...8, using: &rng))
            let bytes = DraftFile.encode(draft)
            let read = DraftFile.decode(bytes)
            #expect(read == draft, "round \(round):\n\(String(decoding: bytes, as: UTF8.self))")
            #expect(read.map { String(decoding: DraftFile.encode($0), as: UTF8.self) } == String(decoding: bytes, as: UTF8.self), "round \(round): written again, the same bytes")
        }
        #expect(kinds == ["newSession", "newApplication", "newContact", "edit", "step"], "every kind of form: \(kinds)")
    }

    @Test func whatIsNotADraftOfThisVersionIsNoDraft() {
        let good = DraftFile.encode(FormDraft(purpose: .newSession(MunicipalityCode("GM0080")!), texts: ["summary": "x"], options: [:], chosen: [:], focus: 0))
        #expect(DraftFile.decode(good) != nil)
        let text = String(decoding: good, as: UTF8.self)
        for (original, changed) in [("impuls-draft", "impuls-export"), ("GM0080", "GM9999"), ("newSession", "newMeeting")] {
            #expect(text.contains("\"\(original)\""))
            #expect(DraftFile.decode(Array(text.replacingOccurrences(of: "\"\(original)\"", with: "\"\(changed)\"").utf8)) == nil, "\(changed)")
        }
        #expect(DraftFile.decode(Array("{".utf8)) == nil)
    }
}
