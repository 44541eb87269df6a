import Foundation
import Testing
import ImpulsCore
@testable import ImpulsStore

/// The files impuls writes besides the dossiers: the export (read back by `impuls import`) and the
/// import journal (read back by the next writer after a crash). Each reads back what was written,
/// and its writer is canonical: what it reads, written again, is the same bytes.
@Suite struct FileRoundTripTests {
    static let rounds = 24 * max(1, Int(ProcessInfo.processInfo.environment["IMPULS_SOAK"] ?? "1") ?? 1)
    static let codes = ReferenceData.shared.current.map(\.code)

    /// `count` random dossiers (every field used, see `RandomDossier`), each of another municipality.
    static func dossiers(_ count: Int, seed: UInt64) -> [Dossier] {
        var maker = RandomDossier(seed: seed)
        return codes.shuffled(using: &maker.rng).prefix(count).map { code in
            var d = maker.dossier()
            d.code = code
            return d
        }
    }

    @Test func anExportReadsBackAsWrittenAndWritesTheSameBytes() throws {
        for round in 0..<Self.rounds {
            let written = Self.dossiers(round % 5, seed: UInt64(round) &+ 500)
            let exported = today.adding(days: round)
            let bytes = ExportFile.encode(written, exported: exported)
            let read: [Dossier]
            do { read = try ExportFile.decode(bytes, file: "export.json") } catch {
                Issue.record("round \(round): \(error.issue)")
                continue
            }
            #expect(read == written, "round \(round)")
            #expect(String(decoding: ExportFile.encode(read, exported: exported), as: UTF8.self) == String(decoding: bytes, as: UTF8.self),
                    "round \(round): written again, the same bytes")
        }
    }

    /// A journal written before a write of several dossiers is read back by the next writer, which
    /// writes exactly the bytes it recorded: to files that were missing and to files still at the
    /// recorded revision.
    @Test func theImportJournalReadsBackAsWritten() throws {
        for round in 0..<Self.rounds {
            let path = temporaryFolder()
            defer { try? FileManager.default.removeItem(atPath: path) }
            let folder = try DataFolder(path: path)
            let new = Self.dossiers(1 + round % 4, seed: UInt64(round) &+ 900)
            var entries: [(MunicipalityCode, Revision?, [UInt8])] = []
            for (index, dossier) in new.enumerated() {
                // Every other dossier is already in the folder; the rest are new to it.
                let before = index % 2 == 0 ? nil : try folder.save(Dossier(code: dossier.code, notes: "old \(round)"), expected: nil).revision
                entries.append((dossier.code, before, DossierFormat.encode(dossier)))
            }
            _ = try ImportJournal.begin(entries, in: folder)
            let journal = try Data(contentsOf: URL(fileURLWithPath: ImportJournal.path(in: folder)))
            #expect(JSONWriter.write(try JSONParser.parse(Array(journal))) == Array(journal), "round \(round): the journal's JSON is written canonically")

            let next = try DataFolder(path: path)
            #expect(next.recovery == ImportJournal.Recovery(finished: new.map(\.code), skipped: [], problem: nil), "round \(round)")
            for (code, _, bytes) in entries {
                let file = try Data(contentsOf: URL(fileURLWithPath: next.file(for: code)))
                #expect(String(decoding: file, as: UTF8.self) == String(decoding: bytes, as: UTF8.self), "round \(round): \(code.rawValue) as the journal recorded it")
            }
            #expect(FileIO.kind(ImportJournal.path(in: next)) == .missing)
        }
    }
}
