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
        #expect(found.out.contains("Ameland · gesprek 2023-10-16 · samenvatting: Gebeld met Pieter de Boer over de planning"), "\(found.out)")
        let json = try impuls("privacy", "find", "pieter de boer", "--format", "json")
        let places = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])["places"] as? [[String: Any]]
        #expect((places?.count ?? 0) >= 2)

        let exported = home + "/pieter.json"
        #expect(try impuls("privacy", "export", "Pieter de Boer", "--output", exported).status == 0)
        #expect(try String(contentsOfFile: exported, encoding: .utf8).contains("\"about\": \"Pieter de Boer\""))
        // A contact named counts whole: the person's e-mail address and phone number are theirs too.
        let handedOver = try String(contentsOfFile: exported, encoding: .utf8)
        #expect(handedOver.contains("\"field\": \"email\"") && handedOver.contains("\"field\": \"phone\""), "\(handedOver)")

        let plan = try impuls("privacy", "erase", "Pieter de Boer")
        #expect(plan.status == 0 && plan.out.contains("Geef --yes om te wissen"), "\(plan.out)")
        #expect(plan.out.contains("Het gaat om: ") && plan.out.contains("Pieter de Boer, pieter.deboer@"), "the plan says whom it touches: \(plan.out)")
        #expect(try folderMentions(home + "/data", "pieter de boer"), "nothing erased without --yes")

        // An import's journal that could not be finished (it stays until it can) mentions him too.
        try #"{"format": "impuls-journal", "damaged": "Pieter de Boer"#.write(toFile: home + "/data/.impuls-journal.json", atomically: true, encoding: .utf8)
        let erase = try impuls("privacy", "erase", "Pieter de Boer", "--yes")
        #expect(erase.status == 0 && erase.out.contains("Gewist in:"), "\(erase.out)\(erase.err)")
        #expect(try !folderMentions(home + "/data", "pieter de boer"), "the journal included")
        #expect(try String(contentsOfFile: home + "/data/.impuls-journal.json", encoding: .utf8).contains("[gewist]"))
        try FileManager.default.removeItem(atPath: home + "/data/.impuls-journal.json")   // damaged by hand: its owner removes it
        #expect(try impuls("privacy", "find", "Pieter de Boer").status == 1)
        #expect(try impuls("check").status == 0)
        #expect(try impuls("status", "--format", "json").out == statusBefore, "every figure stays")
        let dossier = try impuls("dossier", "show", "Ameland")
        #expect(dossier.out.contains("Gebeld met [gewist] over de planning") && dossier.out.contains("Persoonsgegevens gewist"), "\(dossier.out)")
        let undo = try impuls("undo", "Ameland", "--yes")
        #expect(try !folderMentions(home + "/data", "pieter de boer"), "undo never brings it back (\(undo.out)\(undo.err))")
        #expect(try impuls("privacy", "erase", "Al").status == 2, "too short to single anyone out")
        // A team lead's folders are read together, read-only: erasing names one.
        try #"{"adviser": "Lea", "role": "team-lead", "language": "nl", "dataDirs": ["\#(home)/data"]}"#
            .write(toFile: home + "/.config/impuls/config.json", atomically: true, encoding: .utf8)
        var lead = env
        lead["IMPULS_DATA_DIR"] = nil
        let refused = try run(["privacy", "erase", "Iris de Vries", "--yes"], environment: lead)
        #expect(refused.status == 2 && refused.err.contains("wissen gebeurt in één gegevensmap: geef die met --data-dir"), "\(refused.err)")
    }

    /// Whether any file under `folder` holds `text` (ignoring case).
    func folderMentions(_ folder: String, _ text: String) throws -> Bool {
        let files = FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String } ?? []
        return files.contains { name in
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder + "/" + name, isDirectory: &isFolder), !isFolder.boolValue else { return false }
            // Binary files too (the folder's summary): their texts are UTF-8 among other bytes.
            let bytes = FileManager.default.contents(atPath: folder + "/" + name) ?? Data()
            return String(decoding: bytes, as: UTF8.self).lowercased().contains(text)
        }
    }

    /// Retention: a dossier with no activity since a day loses the people in it, keeps the rest;
    /// `doctor` says when the config's period has passed.
    @Test func purgeErasesThePeopleOfInactiveDossiersOnly() throws {
        let (home, env) = try testHome(language: "nl", regions: ["Fryslân", "Noord-Holland"], demo: false)
        defer { try? FileManager.default.removeItem(atPath: home) }
        func impuls(_ today: String, _ arguments: String...) throws -> (status: Int32, out: String, err: String) {
            try run(arguments, environment: env.merging(["IMPULS_TODAY": today]) { $1 })
        }
        #expect(try impuls("2023-01-10", "contact", "add", "Ameland", "--name", "Klaas Kok", "--email", "klaas@ameland.nl").status == 0)
        #expect(try impuls("2023-01-10", "session", "add", "Ameland", "--participant", "Klaas Kok", "--summary", "Met Klaas Kok gebeld").status == 0)
        #expect(try impuls("2023-09-01", "contact", "add", "Texel", "--name", "Truus Tol").status == 0)
        let statusBefore = try impuls("2023-10-16", "status", "--format", "json").out

        let plan = try impuls("2023-10-16", "privacy", "purge", "--before", "2023-06-01")
        #expect(plan.status == 0 && plan.out.contains("Ameland (laatste activiteit 2023-01-10") && !plan.out.contains("Texel"), "\(plan.out)\(plan.err)")
        let purge = try impuls("2023-10-16", "privacy", "purge", "--before", "2023-06-01", "--yes")
        #expect(purge.status == 0, "\(purge.out)\(purge.err)")
        let ameland = try String(contentsOfFile: home + "/data/dossiers/GM0060.json", encoding: .utf8)
        #expect(!ameland.lowercased().contains("klaas") && ameland.contains("Met [gewist] gebeld"), "\(ameland)")
        #expect(try String(contentsOfFile: home + "/data/dossiers/GM0448.json", encoding: .utf8).contains("Truus Tol"), "an active dossier keeps its people")
        #expect(try impuls("2023-10-16", "status", "--format", "json").out == statusBefore, "every figure stays")
        #expect(try impuls("2023-10-16", "privacy", "purge", "--before", "2023-06-01").status == 1, "nothing left to purge")
        #expect(try impuls("2023-10-16", "privacy", "purge").status == 2, "without --before or personalDataMonths: says what to give")

        // doctor: Texel past a one-month retention, on 2023-10-16.
        try #"{"adviser": "Anne", "language": "nl", "regions": ["Fryslân"], "personalDataMonths": 1}"#
            .write(toFile: home + "/.config/impuls/config.json", atomically: true, encoding: .utf8)
        let doctor = try impuls("2023-10-16", "doctor")
        #expect(doctor.out.contains("1 dossier noemt nog personen na meer dan 1 maanden zonder activiteit: impuls privacy purge --before 2023-09-16"), "\(doctor.out)")
    }
}
