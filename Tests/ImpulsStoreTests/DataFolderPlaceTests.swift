import Foundation
import Testing
import ImpulsCore
@testable import ImpulsStore

/// Issue #25: a data folder is never `/` or a system folder, and impuls never writes into a folder
/// that holds other things but no `impuls.json`.
@Suite struct DataFolderPlaceTests {
    @Test(arguments: [
        ("/", "/"), ("/etc", "/etc"), ("/usr/local/share/impuls", "/usr/local/share/impuls"), ("/tmp/../etc/impuls", "/etc/impuls"),
        ("/tmp/./../usr", "/usr"), ("//proc/sys", "/proc/sys"), ("/root", "/root"), ("/var", "/var"), ("/home", "/home"),
        ("/tmp", "/tmp"), ("/var/tmp", "/var/tmp"), ("/dev/shm/impuls", "/dev/shm/impuls"), ("/boot/x", "/boot/x"),
    ])
    func systemFoldersAreRefused(path: String, resolved: String) {
        #expect(DataFolderPlace.systemFolder(path) == resolved)
    }

    @Test(arguments: ["/root/impuls", "/home/anne/.local/share/impuls", "/var/tmp/impuls", "/tmp/impuls-x", "/work/impuls",
                      "/var/lib/impuls", "/mnt/usb/impuls", "impuls-relative"])
    func otherFoldersAreFine(path: String) {
        #expect(DataFolderPlace.systemFolder(path) == nil)
    }

    @Test func linksAreFollowedAsFarAsThePathExists() throws {
        let base = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: base) }
        try FileManager.default.createSymbolicLink(atPath: base + "/root", withDestinationPath: "/")
        try FileManager.default.createSymbolicLink(atPath: base + "/config", withDestinationPath: "/etc")
        #expect(DataFolderPlace.systemFolder(base + "/root") == "/")
        #expect(DataFolderPlace.systemFolder(base + "/config/impuls/new") == "/etc/impuls/new")
        #expect(DataFolderPlace.systemFolder(base + "/missing/../../..") == "/")
        #expect(DataFolderPlace.systemFolder(base + "/missing/data") == nil)
    }

    /// Refused before anything is made: inside /proc nothing can be made anyway, so an unchecked
    /// open fails otherwise (with an I/O error, not this).
    @Test func aDataFolderInASystemFolderIsRefused() {
        #expect(throws: StoreError.folder(FileIssue(file: "/proc/impuls-data", problem: .systemFolder("/proc/impuls-data")))) {
            try DataFolder(path: "/proc/impuls-data")
        }
        #expect(throws: StoreError.folder(FileIssue(file: "/", problem: .systemFolder("/")))) { try DataFolder(path: "/", readOnly: true) }
    }

    @Test func aFolderHoldingOtherThingsIsNotWrittenInto() throws {
        let base = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: base) }
        try FileManager.default.createDirectory(atPath: base + "/Documents", withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: URL(fileURLWithPath: base + "/notes.txt"))
        let before = try FileManager.default.contentsOfDirectory(atPath: base).sorted()
        #expect(throws: StoreError.folder(FileIssue(file: base, problem: .foreignFolder("Documents")))) { try DataFolder(path: base) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: base).sorted() == before, "no lock, no marker, no dossiers folder")
        // Read-only, it is only looked at.
        #expect(try DataFolder(path: base, readOnly: true).loadAll().dossiers.isEmpty)
        // A file named dossiers is not the folder a data folder holds.
        let other = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: other) }
        try Data().write(to: URL(fileURLWithPath: other + "/dossiers"))
        #expect(throws: StoreError.folder(FileIssue(file: other, problem: .foreignFolder("dossiers")))) { try DataFolder(path: other) }
    }

    /// Missing, empty, a fresh clone (git's files only), an older or hand-made folder (a dossiers
    /// folder), a first start killed before the marker was written (the lock): each becomes a data folder.
    @Test(arguments: [[String](), [".git/"], [".git/", ".gitattributes", ".gitignore"], ["dossiers/"], ["dossiers/", ".impuls.lock"],
                      [".impuls-tmp-impuls.json.1.a", ".draft.json"]])
    func aFolderWithWhatADataFolderHoldsBecomesOne(entries: [String]) throws {
        let base = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: base) }
        for entry in entries {
            if entry.hasSuffix("/") { try FileManager.default.createDirectory(atPath: base + "/" + entry, withIntermediateDirectories: true) }
            else { try Data().write(to: URL(fileURLWithPath: base + "/" + entry)) }
        }
        let folder = try DataFolder(path: base)
        try folder.save(try sampleDossier(), expected: nil)
        #expect(FileManager.default.fileExists(atPath: base + "/impuls.json"))
        #expect(try DataFolder(path: base + "/new/data").path == base + "/new/data", "a missing folder is made")
    }
}
