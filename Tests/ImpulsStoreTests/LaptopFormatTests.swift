import Foundation
import Testing
import ImpulsCore
@testable import ImpulsStore

/// Issue 25: a history entry records the laptop it was made on (`laptop`, after `by`), in format
/// version 3; files of version 2, written before, have none and read as they did.
@Suite struct LaptopFormatTests {
    @Test func theLaptopIsWrittenAfterTheAuthorAndReadByBothReaders() throws {
        let d = try sampleDossier()
        #expect(d.history.allSatisfy { $0.laptop == "0123456789abcdef" })
        let bytes = DossierFormat.encode(d)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("{\n  \"format\": 4,"))
        #expect(text.contains("\"by\": \"Anne\",\n      \"laptop\": \"0123456789abcdef\",\n      \"subject\""))
        #expect(try DossierPull.decode(bytes) == d)
        #expect(try DossierFormat.decodeCarefully(bytes, fileCode: fryslan, file: "f") == d)
        #expect(DossierFormat.encode(try DossierFormat.decode(bytes, fileCode: fryslan, file: "f")) == bytes, "the same bytes again")
    }

    /// A version-2 file (no laptops) is read by the fast reader as well as the careful one, and
    /// written again as version 4 with nothing else changed.
    /// A file as the version-2 impuls wrote it (kept in Fixtures, not made by this one): both
    /// readers read it alike, no change in it has a laptop, and it is written again as version 4.
    @Test func aFileWrittenByVersionTwoReadsAndIsWrittenAsVersionThree() throws {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/format2-GM1891.json")
        let bytes = Array(try Data(contentsOf: fixture))
        #expect(String(decoding: bytes, as: UTF8.self).contains("\"format\": 2,"))
        let code = try #require(MunicipalityCode("GM1891"))
        let d = try DossierFormat.decode(bytes, fileCode: code, file: fixture.path)
        #expect(try DossierFormat.decodeCarefully(bytes, fileCode: code, file: fixture.path) == d)
        #expect(!d.history.isEmpty && d.history.allSatisfy { $0.laptop == nil })
        let again = DossierFormat.encode(d)
        #expect(String(decoding: again, as: UTF8.self).contains("\"format\": 4,"))
        #expect(try DossierFormat.decode(again, fileCode: code, file: "again") == d)
    }

    /// Version 4 added only the history action `erased`: a version-3 file (kept in Fixtures: the
    /// encoder of version 3 wrote these bytes but for the version) is read by both readers alike,
    /// keeps its laptops, and is written again as version 4 with nothing else changed.
    @Test func aFileWrittenByVersionThreeReadsAndIsWrittenAsVersionFour() throws {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/format3-GM0060.json")
        let bytes = Array(try Data(contentsOf: fixture))
        #expect(String(decoding: bytes, as: UTF8.self).contains("\"format\": 3,"))
        let code = try #require(MunicipalityCode("GM0060"))
        let d = try DossierFormat.decode(bytes, fileCode: code, file: fixture.path)
        #expect(try DossierFormat.decodeCarefully(bytes, fileCode: code, file: fixture.path) == d)
        #expect(try DossierPull.decode(bytes) == d, "the fast reader reads version 3 too")
        #expect(!d.history.isEmpty && d.history.allSatisfy { $0.laptop != nil })
        let again = String(decoding: DossierFormat.encode(d), as: UTF8.self)
        #expect(again == String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\"format\": 3,", with: "\"format\": 4,"))
    }

    @Test func aVersionTwoFileReadsAsBefore() throws {
        var old = try sampleDossier()
        for i in old.history.indices { old.history[i].laptop = nil }
        let current = String(decoding: DossierFormat.encode(old), as: UTF8.self)
        #expect(!current.contains("\"laptop\""))
        let v2 = Array(current.replacingOccurrences(of: "\"format\": 4,", with: "\"format\": 2,").utf8)
        #expect(try DossierPull.decode(v2) == old, "the fast reader reads version 2 too")
        #expect(try DossierFormat.decodeCarefully(v2, fileCode: fryslan, file: "f") == old)
        #expect(String(decoding: DossierFormat.encode(try DossierFormat.decode(v2, fileCode: fryslan, file: "f")), as: UTF8.self) == current)
    }

    @Test func aLaptopThatIsNoTextIsRefusedWhereItStands() throws {
        let good = String(decoding: DossierFormat.encode(try sampleDossier()), as: UTF8.self)
        let bad = Array(good.replacingOccurrences(of: "\"laptop\": \"0123456789abcdef\"", with: "\"laptop\": 7").utf8)
        #expect(throws: (any Error).self) { try DossierPull.decode(bad) }
        do throws(FileIssue) {
            _ = try DossierFormat.decode(bad, fileCode: fryslan, file: "dossiers/GM1900.json")
            Issue.record("a laptop that is a number was read")
        } catch {
            #expect(error.keyPath == "history[0].laptop")
        }
    }
}

/// The laptop id a data folder keeps for itself (`DataFolder.laptopID`).
@Suite struct LaptopIDTests {
    @Test func isMadeOnceInAWritableFolderPrivateAndLeftOutOfGit() throws {
        let path = temporaryFolder() + "/data"
        defer { try? FileManager.default.removeItem(atPath: FileIO.parentDirectory(path)) }
        #expect(try DataFolder(path: path).laptopID().map { $0.count == 16 && $0.allSatisfy(\.isHexDigit) } == true)
        let id = try DataFolder(path: path).laptopID()
        #expect(try DataFolder(path: path).laptopID() == id, "the same id on every opening")
        #expect(try DataFolder(path: path, readOnly: true).laptopID() == id)
        let folder = path + "/.impuls-laptop"
        #expect(try String(contentsOfFile: folder + "/id", encoding: .utf8) == id! + "\n")
        #expect(try String(contentsOfFile: folder + "/.gitignore", encoding: .utf8) == "*\n", "git leaves the folder out")
        let modes = try [folder, folder + "/id"].map { (try FileManager.default.attributesOfItem(atPath: $0)[.posixPermissions] as? Int) ?? 0 }
        #expect(modes == [0o700, 0o600])
    }

    @Test func aReadOnlyFolderMakesNoneAndADamagedOneIsReplaced() throws {
        let path = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = try DataFolder(path: path)
        #expect(try DataFolder(path: path, readOnly: true).laptopID() == nil)
        #expect(FileIO.kind(path + "/.impuls-laptop") == .missing)
        let id = try DataFolder(path: path).laptopID()
        try "not an id\n".write(toFile: path + "/.impuls-laptop/id", atomically: false, encoding: .utf8)
        #expect(try DataFolder(path: path, readOnly: true).laptopID() == nil)
        let replaced = try DataFolder(path: path).laptopID()
        #expect(replaced != nil && replaced != id)
    }
}
