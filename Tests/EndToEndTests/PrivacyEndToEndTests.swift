import Foundation
import Testing

/// A person's data under the AVG in one data folder: found, handed over as JSON, erased with
/// `--yes` only — and afterwards in no file of the folder, while `status` says what it said.
@Suite struct PrivacyEndToEndTests {
    @Test func aPersonIsFoundHandedOverAndErasedFromEveryFile() throws {
        let (home, env) = try testHome(language: "nl", regions: ["Fryslân"])
        defer { try? FileManager.default.removeItem(atPath: home) }
        func impuls(_ arguments: String...) throws -> (status: Int32, out: String, err: String) { try run(arguments, environment: env) }
        // A contact of the demo, named in a session too, and with an old e-mail address in the history.
        #expect(try impuls("session", "add", "Ameland", "--summary", "Gebeld met Pieter de Boer over de planning").status == 0)
        let statusBefore = try impuls("status", "--format", "json").out

        let found = try impuls("privacy", "find", "PIETER DE BOER")
        #expect(found.status == 0, "\(found.err)")
        #expect(found.out.contains("Ameland · gesprek 2023-10-16 · summary: Gebeld met Pieter de Boer over de planning"), "\(found.out)")
        let json = try impuls("privacy", "find", "pieter de boer", "--format", "json")
        let places = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])["places"] as? [[String: Any]]
        #expect((places?.count ?? 0) >= 2)

        let exported = home + "/pieter.json"
        #expect(try impuls("privacy", "export", "Pieter de Boer", "--output", exported).status == 0)
        #expect(try String(contentsOfFile: exported, encoding: .utf8).contains("\"about\": \"Pieter de Boer\""))

        let plan = try impuls("privacy", "erase", "Pieter de Boer")
        #expect(plan.status == 0 && plan.out.contains("Geef --yes om te wissen"), "\(plan.out)")
        #expect(try folderMentions(home + "/data", "pieter de boer"), "nothing erased without --yes")

        let erase = try impuls("privacy", "erase", "Pieter de Boer", "--yes")
        #expect(erase.status == 0 && erase.out.contains("Gewist in:"), "\(erase.out)\(erase.err)")
        #expect(try !folderMentions(home + "/data", "pieter de boer"))
        #expect(try impuls("privacy", "find", "Pieter de Boer").status == 1)
        #expect(try impuls("check").status == 0)
        #expect(try impuls("status", "--format", "json").out == statusBefore, "every figure stays")
        let dossier = try impuls("dossier", "show", "Ameland")
        #expect(dossier.out.contains("Gebeld met [gewist] over de planning") && dossier.out.contains("Persoonsgegevens gewist"), "\(dossier.out)")
        let undo = try impuls("undo", "Ameland", "--yes")
        #expect(try !folderMentions(home + "/data", "pieter de boer"), "undo never brings it back (\(undo.out)\(undo.err))")
        #expect(try impuls("privacy", "erase", "Al").status == 2, "too short to single anyone out")
    }

    /// Whether any file under `folder` holds `text` (ignoring case).
    func folderMentions(_ folder: String, _ text: String) throws -> Bool {
        let files = FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String } ?? []
        return try files.contains { name in
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder + "/" + name, isDirectory: &isFolder), !isFolder.boolValue else { return false }
            return try String(contentsOfFile: folder + "/" + name, encoding: .utf8).lowercased().contains(text)
        }
    }
}
