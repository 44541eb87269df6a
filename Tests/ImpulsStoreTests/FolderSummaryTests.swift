import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
import ImpulsCore
@testable import ImpulsStore

/// The folder's summary is an optimisation only: whatever happens to the folder and to the summary,
/// the figures and rows read with it are those read without it.
@Suite struct FolderSummaryTests {
    static let codes = Array(ReferenceData.shared.current.prefix(8))
    /// Three versions of each of the eight dossiers (demo folders made with other seeds).
    static let variants: [(code: MunicipalityCode, bytes: [UInt8])] = [7, 8, 9].flatMap { seed in
        DemoGenerator.make(scale: .region, seed: seed, today: today, rules: .scheme, adviser: "", municipalities: codes).map { ($0.code, DossierFormat.encode($0)) }
    }

    @Test func figuresAndRowsWithTheSummaryAreThoseWithoutOnRandomChanges() throws {
        var folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var rng = SeededGenerator(seed: 32)
        var counts: [String: Int] = [:]
        var hiddenChangesThatMattered = 0
        var days = [today]
        for round in 0..<2_000 {
            let op = Int.random(in: 0..<100, using: &rng)
            let present = presentCodes(folder)
            let any = FolderSummaryTests.codes.randomElement(using: &rng)!.code
            switch op {
            case 0..<25:
                // A dossier added, or changed by a save (a new file renamed into place).
                try write(FolderSummaryTests.variants.filter { $0.code == any }.randomElement(using: &rng)!.bytes, folder, any)
                counts["write", default: 0] += 1
            case 25..<32 where !present.isEmpty:
                try FileManager.default.removeItem(atPath: file(folder, present.randomElement(using: &rng)!))
                counts["remove", default: 0] += 1
            case 32..<62 where !present.isEmpty:
                // Changed in place: same size, same inode, the modification time set back as it was,
                // in the clock tick the summary was written in (or later): only the racy rule sees it.
                let code = present.randomElement(using: &rng)!
                let before = folder.loadFiguresWithout(code)
                let stamp = FileStamp.of(file(folder, code))!
                try changeInPlace(file(folder, code), &rng)
                setTime(file(folder, code), stamp)
                if Bool.random(using: &rng) {
                    setTime(FolderSummary.path(in: folder), stamp)
                } else {
                    let earlier = FileStamp(size: 0, seconds: stamp.seconds - Int64.random(in: 0...2, using: &rng), nanoseconds: stamp.nanoseconds, inode: 0)
                    setTime(FolderSummary.path(in: folder), earlier)
                }
                if folder.loadFiguresWithout(code) != before { hiddenChangesThatMattered += 1 }
                counts["in place", default: 0] += 1
            case 62..<67 where !present.isEmpty:
                // Touched: a new time, the same bytes.
                setTime(file(folder, present.randomElement(using: &rng)!), FileStamp(size: 0, seconds: Int64.random(in: 1_600_000_000...1_700_000_000, using: &rng),
                                                                                     nanoseconds: Int64.random(in: 0..<1_000_000_000, using: &rng), inode: 0))
                counts["touch", default: 0] += 1
            case 67..<72:
                try damageSummary(folder, &rng)
                counts["damaged summary", default: 0] += 1
            case 72..<75:
                try otherVersionSummary(folder)
                counts["other version", default: 0] += 1
            case 75..<78:
                try? FileManager.default.removeItem(atPath: FolderSummary.path(in: folder))
                counts["summary deleted", default: 0] += 1
            case 78..<80:
                let moved = temporaryFolder()
                try FileManager.default.removeItem(atPath: moved)
                try FileManager.default.moveItem(atPath: folder, toPath: moved)
                folder = moved
                counts["folder moved", default: 0] += 1
            case 80..<83:
                days = [today.adding(days: Int.random(in: -400...400, using: &rng))]
                counts["other day", default: 0] += 1
            default:
                // Files whose time is long past, so the summary trusts them.
                for code in present where Bool.random(using: &rng) {
                    setTime(file(folder, code), FileStamp(size: 0, seconds: 1_500_000_000, nanoseconds: Int64(round), inode: 0))
                }
                counts["aged", default: 0] += 1
            }
            let data = try DataFolder(path: folder)
            for day in days {
                let with = data.loadFigures(today: day)
                let without = data.loadFigures(today: day, summary: .unused)
                #expect(with.dossiers == without.dossiers, "round \(round): figures")
                #expect(with.issues == without.issues && with.unreadable == without.unreadable, "round \(round): problems")
                if round % 4 == 0 {
                    let rows = data.loadRows(today: day)
                    let rowsWithout = data.loadRows(today: day, summary: .unused)
                    #expect(rows.dossiers == rowsWithout.dossiers, "round \(round): rows")
                    #expect(rows.issues == rowsWithout.issues, "round \(round): rows' problems")
                }
            }
        }
        #expect(hiddenChangesThatMattered > 50, "changes the stamp does not show changed the figures: \(hiddenChangesThatMattered)")
        #expect(counts.count == 10, "every kind of change happened: \(counts)")
    }

    /// Unchanged files are taken from the summary: the figures come from it, not from the file.
    @Test func anUnchangedFileIsNotReadAgain() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let data = try DataFolder(path: folder)
        for v in FolderSummaryTests.variants.prefix(8) { try write(v.bytes, folder, v.code) }
        for code in presentCodes(folder) { setTime(file(folder, code), FileStamp(size: 0, seconds: 1_500_000_000, nanoseconds: 0, inode: 0)) }
        let first = data.loadFigures(today: today)
        #expect(first.dossiers.count == 8)
        let summary = FolderSummary(folder: folder, today: today, writes: false)
        for code in presentCodes(folder) { #expect(summary.figures(code, path: file(folder, code)) == first.dossiers[code]) }
        // Another day, or a file renamed into place, is not taken from it.
        #expect(FolderSummary(folder: folder, today: today.adding(days: 1), writes: false).figures(presentCodes(folder)[0], path: file(folder, presentCodes(folder)[0])) == nil)
        let code = presentCodes(folder)[1]
        try write(try FileIO.read(file(folder, code)), folder, code)
        #expect(FolderSummary(folder: folder, today: today, writes: false).figures(code, path: file(folder, code)) == nil)
    }

    /// A read-only folder, or a reading told not to, never writes the summary; a command that only
    /// reads the one folder it works in may.
    @Test func onlyAWritingReadingWritesTheSummary() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try DataFolder(path: folder)
        for v in FolderSummaryTests.variants.prefix(3) { try write(v.bytes, folder, v.code) }
        let readOnly = try DataFolder(path: folder, readOnly: true)
        _ = readOnly.loadFigures(today: today)
        _ = readOnly.loadRows(today: today)
        _ = try DataFolder(path: folder).loadFigures(today: today, summary: .readOnly)
        _ = try DataFolder(path: folder).loadRows(today: today, summary: .unused)
        #expect(!FileManager.default.fileExists(atPath: folder + "/" + FolderSummary.folderName))
        _ = readOnly.loadFigures(today: today, summary: .write)
        #expect(FileManager.default.fileExists(atPath: FolderSummary.path(in: folder)))
        try FileManager.default.removeItem(atPath: folder + "/" + FolderSummary.folderName)
        _ = try DataFolder(path: folder).loadRows(today: today)
        #expect(FileManager.default.fileExists(atPath: FolderSummary.path(in: folder)))
        // Private: git never shares it, and it makes the folder no stranger's.
        #expect(TeamSync.ignored.split(separator: "\n").contains(Substring(FolderSummary.folderName + "/")))
        #expect(DataFolderPlace.ownEntries.contains(FolderSummary.folderName))
    }

    /// The summary names advisers: an erasure takes it away, and the next reading makes it anew.
    @Test func anErasureTakesTheSummaryAway() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let data = try DataFolder(path: folder)
        for v in FolderSummaryTests.variants.prefix(2) { try write(v.bytes, folder, v.code) }
        _ = data.loadFigures(today: today)
        #expect(FileManager.default.fileExists(atPath: FolderSummary.path(in: folder)))
        try data.record(ErasureRecord(purging: .init(before: today, codes: []), id: "e1", on: today, by: "Anne"))
        #expect(!FileManager.default.fileExists(atPath: FolderSummary.path(in: folder)))
    }

    @Test func aSummaryReadsBackAndRefusesEveryDamage() throws {
        let figures = try FolderSummaryTests.variants.prefix(8).map { v in
            try DossierFormat.figures(v.bytes, fileCode: v.code, file: "f", today: today)
        }
        var entries: [MunicipalityCode: SummaryFormat.Entry] = [:]
        for (i, f) in figures.enumerated() {
            entries[f.code] = SummaryFormat.Entry(stamp: FileStamp(size: Int64(i), seconds: 1, nanoseconds: 2, inode: 3), figures: f)
        }
        let bytes = SummaryFormat.encode(entries, today: today)
        #expect(SummaryFormat.decode(bytes, today: today) == entries)
        #expect(SummaryFormat.decode(bytes, today: today.adding(days: 1)) == nil)
        var rng = SeededGenerator(seed: 5)
        for _ in 0..<2_000 {
            var damaged = bytes
            switch Int.random(in: 0..<3, using: &rng) {
            case 0: damaged[Int.random(in: 0..<damaged.count, using: &rng)] ^= UInt8.random(in: 1...255, using: &rng)
            case 1: damaged.removeLast(Int.random(in: 1...damaged.count, using: &rng))
            default: damaged.insert(UInt8.random(in: 0...255, using: &rng), at: Int.random(in: 0...damaged.count, using: &rng))
            }
            #expect(SummaryFormat.decode(damaged, today: today) == nil)
        }
    }

    // MARK: - The folder, changed by hand

    private func file(_ folder: String, _ code: MunicipalityCode) -> String { folder + "/dossiers/" + code.rawValue + ".json" }

    private func presentCodes(_ folder: String) -> [MunicipalityCode] {
        FolderSummaryTests.codes.map(\.code).filter { FileManager.default.fileExists(atPath: file(folder, $0)) }
    }

    private func write(_ bytes: [UInt8], _ folder: String, _ code: MunicipalityCode) throws {
        try FileIO.makeDirectory(folder + "/dossiers")
        try FileIO.writeAtomically(bytes, to: file(folder, code), durable: false)
    }

    /// One digit of the file changed to another, in the file itself (its inode and size kept).
    private func changeInPlace(_ path: String, _ rng: inout SeededGenerator) throws {
        var bytes = try FileIO.read(path)
        let digits = bytes.indices.filter { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[$0]) }
        let at = digits.randomElement(using: &rng)!
        bytes[at] = UInt8(ascii: "0") + (bytes[at] - UInt8(ascii: "0") + UInt8.random(in: 1...9, using: &rng)) % 10
        let fd = open(path, O_WRONLY)
        #expect(fd >= 0)
        #expect(bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) } == bytes.count)
        close(fd)
    }

    /// The file's modification time set to `stamp`'s, with `utimensat`.
    private func setTime(_ path: String, _ stamp: FileStamp) {
        var times = [timespec(tv_sec: Int(stamp.seconds), tv_nsec: Int(stamp.nanoseconds)),
                     timespec(tv_sec: Int(stamp.seconds), tv_nsec: Int(stamp.nanoseconds))]
        _ = utimensat(AT_FDCWD, path, &times, AT_SYMLINK_NOFOLLOW)
    }

    private func damageSummary(_ folder: String, _ rng: inout SeededGenerator) throws {
        guard var bytes = try? FileIO.read(FolderSummary.path(in: folder)), !bytes.isEmpty else { return }
        if Bool.random(using: &rng) {
            bytes[Int.random(in: 0..<bytes.count, using: &rng)] ^= 0x5A
        } else {
            bytes.removeLast(Int.random(in: 1...bytes.count, using: &rng))
        }
        try FileIO.writeAtomically(bytes, to: FolderSummary.path(in: folder), durable: false)
    }

    /// The summary as another version of impuls would have written it: whole and with a right
    /// checksum, only the version differs.
    private func otherVersionSummary(_ folder: String) throws {
        guard let bytes = try? FileIO.read(FolderSummary.path(in: folder)), bytes.count > 40 else { return }
        var body = Array(bytes.dropLast(8))
        body[SummaryFormat.magic.count] &+= 1
        var w = SummaryWriter()
        w.raw(body)
        w.u64(Revision(of: body).hash)
        try FileIO.writeAtomically(w.bytes, to: FolderSummary.path(in: folder), durable: false)
    }
}

private extension String {
    /// The figures of one dossier, read from its file.
    func loadFiguresWithout(_ code: MunicipalityCode) -> DossierFigures? {
        (try? DataFolder(path: self, readOnly: true))?.loadFigures(today: today, summary: .unused).dossiers[code]
    }
}
