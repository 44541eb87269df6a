import Foundation
import Testing
import ImpulsCore
import ImpulsStore

/// The form draft (`.draft.json`, kept while a form is open so a crash loses nothing): every draft
/// of every kind of form reads back as written, its writer is canonical, drafts an earlier version
/// wrote are still offered, and the storage door keeps and reads it typed.
@Suite struct DraftFormatTests {
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
            let bytes = DraftFormat.encode(draft)
            let read = DraftFormat.decode(bytes)
            #expect(read == draft, "round \(round):\n\(String(decoding: bytes, as: UTF8.self))")
            #expect(read.map { String(decoding: DraftFormat.encode($0), as: UTF8.self) } == String(decoding: bytes, as: UTF8.self), "round \(round): written again, the same bytes")
        }
        #expect(kinds == ["newSession", "newApplication", "newContact", "edit", "step"], "every kind of form: \(kinds)")
    }

    @Test func whatIsNotADraftOfThisVersionIsNoDraft() {
        let good = DraftFormat.encode(FormDraft(purpose: .newSession(MunicipalityCode("GM0080")!), texts: ["summary": "x"], options: [:], chosen: [:], focus: 0))
        #expect(DraftFormat.decode(good) != nil)
        let text = String(decoding: good, as: UTF8.self)
        for (original, changed) in [("impuls-draft", "impuls-export"), ("GM0080", "GM9999"), ("newSession", "newMeeting")] {
            #expect(text.contains("\"\(original)\""))
            #expect(DraftFormat.decode(Array(text.replacingOccurrences(of: "\"\(original)\"", with: "\"\(changed)\"").utf8)) == nil, "\(changed)")
        }
        #expect(DraftFormat.decode(Array("{".utf8)) == nil)
    }

    /// Drafts the interface wrote (typed in tmux) before the format moved into the store: read as
    /// typed, and written again byte for byte.
    @Test(arguments: [
        ("draft-GM0059-newSession.json", FormDraft(
            purpose: .newSession(MunicipalityCode("GM0059")!),
            texts: ["date": "2023-10-16", "followUps": "2023-11-01 bellen\n2023-12-01 mailen\\tmet tab", "minutes": "45",
                    "participants": "Jan, Piet", "summary": "Half getypt \"verslag\" é 👍"],
            options: ["kind": 1], chosen: ["actionLines": [0, 2]], focus: 4)),
        ("draft-GM0059-step.json", FormDraft(
            purpose: .step(MunicipalityCode("GM0059")!, applicationID: "64f301986b325373", target: .submitted),
            texts: ["date": "2023-10-16", "note": "Ingediend per mail"], options: [:], chosen: [:], focus: 1)),
    ])
    func aDraftAnEarlierVersionWroteIsReadAndWrittenTheSame(file: String, expected: FormDraft) throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/" + file)
        let bytes = [UInt8](try Data(contentsOf: url))
        let draft = try #require(DraftFormat.decode(bytes))
        #expect(draft == expected)
        #expect(DraftFormat.encode(draft) == bytes, "the same bytes:\n\(String(decoding: DraftFormat.encode(draft), as: UTF8.self))")
    }

    /// The storage door keeps a draft as the draft file, reads it back as the draft, and removes it.
    @Test func theStoreKeepsReadsAndRemovesTheDraft() throws {
        let path = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = DossierStore(folder: try DataFolder(path: path))
        #expect(store.readDraft() == nil, "no draft yet")
        let draft = FormDraft(purpose: .edit(fryslan, kind: .contact, id: "c1"), texts: ["name": "Pieter 東京"], options: [:], chosen: [:], focus: 2)
        try store.keepDraft(draft)
        let file = path + "/.draft.json"
        #expect(FileManager.default.contents(atPath: file).map([UInt8].init) == DraftFormat.encode(draft))
        let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
        #expect(mode == 0o600, "only the adviser reads what was typed")
        #expect(store.readDraft() == draft)
        try Data("{\"format\": \"impuls-export\"}".utf8).write(to: URL(fileURLWithPath: file))
        #expect(store.readDraft() == nil, "what is not a draft is not offered")
        try store.keepDraft(nil)
        #expect(!FileManager.default.fileExists(atPath: file))
        #expect(store.readDraft() == nil)
    }

    @Test func aReadOnlyFolderKeepsNoDraft() throws {
        let path = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = DossierStore(folder: try DataFolder(path: path, readOnly: true))
        let draft = FormDraft(purpose: .newSession(fryslan), texts: [:], options: [:], chosen: [:], focus: 0)
        #expect(throws: StoreError.self) { try store.keepDraft(draft) }
        #expect(!FileManager.default.fileExists(atPath: path + "/.draft.json"))
    }
}
