#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Synchronization
import ImpulsCore

/// A dossier as read from disk, with the revision it was read at.
public struct StoredDossier: Sendable {
    public var dossier: Dossier
    /// A fingerprint of the file's bytes when read; nil for a dossier not yet on disk.
    public var revision: Revision?

    public init(dossier: Dossier, revision: Revision?) {
        self.dossier = dossier
        self.revision = revision
    }
}

/// A file's fingerprint (its size and a 64-bit hash of its bytes), to notice that a file changed
/// between reading and writing. Not stored in the file, so nothing volatile is written and two
/// copies merged by git do not conflict over it.
public struct Revision: Hashable, Sendable, CustomStringConvertible {
    public let size: Int
    public let hash: UInt64

    /// Eight bytes a step (a byte at a time was a tenth of reading a whole folder), then a final mix
    /// so that every input bit reaches every output bit.
    public init(of bytes: [UInt8]) {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        bytes.withUnsafeBytes { raw in
            var i = 0
            while i + 8 <= raw.count {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                h = ((h << 5) | (h >> 59)) ^ word
                h = h &* 0x517C_C1B7_2722_0A95
                i += 8
            }
            var tail: UInt64 = 0
            for (shift, byte) in raw[i...].enumerated() { tail |= UInt64(byte) << (8 * UInt64(shift)) }
            h = (((h << 5) | (h >> 59)) ^ tail) &* 0x517C_C1B7_2722_0A95
        }
        h ^= h >> 33
        h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        h = h &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        size = bytes.count
        hash = h
    }

    public var description: String { String(hash, radix: 16) }

    /// `size:hash`, as a journal records it.
    public var text: String { String(size) + ":" + String(hash, radix: 16) }

    public init?(text: String) {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let size = Int(parts[0]), let hash = UInt64(parts[1], radix: 16) else { return nil }
        self.size = size
        self.hash = hash
    }
}

/// A write that happened. `unconfirmed` is set when the new content is in place but syncing the
/// folder afterwards failed: the change is saved, only its survival of a power cut is unconfirmed.
public struct Saved: Sendable {
    public let revision: Revision
    public let unconfirmed: FileIssue?
}

/// The data folder: the only code that reads or writes its files.
///
///     impuls.json            {"format": "impuls-data", "version": 1}
///     dossiers/GM0000.json   one file per municipality with any record
///     .impuls.lock           held (flock) across read → check → write
///     .impuls-journal.json   an import in progress (see `ImportJournal`)
///
/// Files are 0600, folders 0700. Every write is atomic (see `FileIO.writeAtomically`) and checks
/// that the file is still the revision that was read.
public final class DataFolder: Sendable {
    public let path: String
    public let readOnly: Bool
    public var dossiersPath: String { path + "/dossiers" }
    public static let maximumFileSize = 16 << 20
    /// What opening the folder did about an import a killed process left half done (nil: none).
    public var recovery: ImportJournal.Recovery? { recovered.withLock { $0 } }
    /// Set once, while opening (the recovery reads the folder, so it needs `self`); in a Mutex so
    /// the folder is Sendable as it is, shared by the threads that load its files.
    private let recovered = Mutex<ImportJournal.Recovery?>(nil)

    /// What loading the whole folder found, each dossier kept as `Value` (the dossier itself, or what
    /// a caller needs of it).
    public struct Loaded<Value: Sendable>: Sendable {
        public var dossiers: [MunicipalityCode: Value] = [:]
        /// Files that could not be read, each with where and why; the rest loaded regardless.
        public var issues: [FileIssue] = []
        /// Dossiers whose file could not be read, with why: writes to them are refused.
        public var unreadable: [MunicipalityCode: FileIssue] = [:]
        public var unreadableCodes: Set<MunicipalityCode> { Set(unreadable.keys) }

        public init() {}

        /// The same findings, each dossier's value made into another.
        public func mapDossiers<T: Sendable>(_ transform: (Value) -> T) -> Loaded<T> {
            var mapped = Loaded<T>()
            mapped.dossiers = dossiers.mapValues(transform)
            mapped.issues = issues
            mapped.unreadable = unreadable
            return mapped
        }
    }

    /// What loading the whole folder found: every dossier with the revision it was read at.
    public typealias Contents = Loaded<StoredDossier>

    /// Opens (and, unless read-only, creates) a data folder. A writable folder finishes an import
    /// that a killed process left half done; a read-only one reports it in `loadAll`. Refused at
    /// `/` or in a system folder, and (to write) in a folder that holds other things but no
    /// `impuls.json` (see `DataFolderPlace`).
    public init(path: String, readOnly: Bool = false) throws(StoreError) {
        self.path = path
        self.readOnly = readOnly
        let marker = path + "/impuls.json"
        if let system = DataFolderPlace.systemFolder(path) { throw .folder(FileIssue(file: path, problem: .systemFolder(system))) }
        switch FileIO.kind(path) {
        case .directory: break
        case .missing where !readOnly: break
        case .missing: throw .folder(FileIssue(file: path, problem: .notFound))
        case .inaccessible(let code) where code == EACCES: throw .folder(FileIssue(file: path, problem: .permissionDenied))
        case .inaccessible(let code): throw .folder(FileIssue(file: path, problem: .unreadable(String(cString: strerror(code)))))
        case .regular, .other:
            // A link to a folder is fine (stat follows it); anything else is not a data folder.
            if !FileIO.isDirectory(path) { throw .folder(FileIssue(file: path, problem: .notADataFolder(path))) }
        }
        if FileIO.exists(marker) {
            try checkMarker(marker)
        } else if !readOnly {
            if let entry = DataFolderPlace.foreignEntry(in: path) { throw .folder(FileIssue(file: path, problem: .foreignFolder(entry))) }
            do {
                try FileIO.makeDirectory(path)
                try FileIO.makeDirectory(dossiersPath)
                try withLock {
                    if !FileIO.exists(marker) {
                        try FileIO.writeAtomically(JSONWriter.write(.object([("format", .string("impuls-data")), ("version", .int(1))])), to: marker)
                    }
                }
            } catch let error as StoreError {
                throw error
            } catch {
                throw .io(FileIO.issue(for: error, file: path))
            }
        }
        if !readOnly, FileIO.isDirectory(dossiersPath) {
            do {
                try withLock {
                    FileIO.sweepTemporaryFiles(in: dossiersPath)
                    FileIO.sweepTemporaryFiles(in: path)
                    let recovery = ImportJournal.recover(in: self)
                    recovered.withLock { $0 = recovery }
                }
            } catch let error as StoreError {
                throw error
            } catch {
                throw .io(FileIO.issue(for: error, file: path))
            }
        }
    }

    private func checkMarker(_ marker: String) throws(StoreError) {
        let bytes: [UInt8]
        do { bytes = try FileIO.read(marker, limit: 1 << 16) } catch { throw .folder(FileIO.issue(for: error, file: marker)) }
        do {
            let root = try JSONParser.parse(bytes)
            let reader = try JSONObjectReader(root, path: "")
            let version = try reader.int("version")
            if version > 1 { throw StoreError.folder(FileIssue(file: marker, keyPath: "version", problem: .futureVersion(found: version, supported: 1))) }
        } catch let error as StoreError {
            throw error
        } catch let error as JSONSyntaxError {
            throw .folder(FileIssue(file: marker, bytes: bytes, syntax: error))
        } catch let error as JSONShapeError {
            throw .folder(FileIssue(file: marker, bytes: bytes, shape: error))
        } catch {
            throw .io(FileIO.issue(for: error, file: path))
        }
    }

    public func file(for code: MunicipalityCode) -> String { dossiersPath + "/" + code.rawValue + ".json" }

    /// Reads every dossier file. A file that cannot be read is reported and skipped; the rest load.
    /// `progress` is told how many of how many files are read, from whichever thread read one.
    public func loadAll(progress: ProgressReport? = nil) -> Contents { loadEach(progress: progress, load) }

    /// How a figures or rows reading uses the folder's summary (`FolderSummary`).
    public enum SummaryUse: Sendable {
        /// Used, and written when anything changed unless the folder was opened read-only.
        case automatic
        /// Used and written, although the folder was opened read-only for its dossiers (a command
        /// that only reads, on the one folder it works in).
        case write
        /// Used, never written (`--read-only`, several folders read together).
        case readOnly
        /// Not used at all: every file is read.
        case unused
    }

    /// Of every dossier only the figures the status report counts on `today`. Each file is read
    /// with every check a full load makes, but its texts are not kept and its records are let go
    /// once its figures are taken: memory stays near one file per core however large the folder.
    /// A file unchanged since the folder's summary kept its figures is not read (see `SummaryUse`).
    public func loadFigures(today: CalendarDay, progress: ProgressReport? = nil, summary use: SummaryUse = .automatic) -> Loaded<DossierFigures> {
        let summary = summary(use, today: today)
        defer { summary?.save() }
        return loadEach(progress: progress) { code in
            if let figures = summary?.figures(code, path: file(for: code)) { return .success(figures) }
            return readFigures(code, today: today, into: summary)
        }
    }

    /// Of every dossier only what its line in a list shows, for a first screen: a preview that
    /// passes over free texts, contacts, notices, history and whatever else no line shows,
    /// unchecked (`loadAll` gives the verdict). A file the summary has is not read; one it lacks is
    /// read for its figures, to be kept there (and as a preview when that reading refuses it).
    public func loadRows(today: CalendarDay, progress: ProgressReport? = nil, summary use: SummaryUse = .automatic) -> Loaded<DossierFigures.Row> {
        let summary = summary(use, today: today)
        defer { summary?.save() }
        return loadEach(progress: progress) { code in
            if let summary {
                if let figures = summary.figures(code, path: file(for: code)) { return .success(figures.row) }
                if case .success(let figures) = readFigures(code, today: today, into: summary) { return .success(figures?.row) }
            }
            return read(code) { bytes, file throws(FileIssue) in
                try DossierFormat.row(bytes, fileCode: code, file: file, today: today)
            }
        }
    }

    private func summary(_ use: SummaryUse, today: CalendarDay) -> FolderSummary? {
        switch use {
        case .automatic: FolderSummary(folder: path, today: today, writes: !readOnly)
        case .write: FolderSummary(folder: path, today: today, writes: true)
        case .readOnly: FolderSummary(folder: path, today: today, writes: false)
        case .unused: nil
        }
    }

    /// A file's figures read, and kept in `summary` with the stamp of the file they were read from.
    private func readFigures(_ code: MunicipalityCode, today: CalendarDay, into summary: FolderSummary?) -> Result<DossierFigures?, FileIssue> {
        let file = file(for: code)
        let read: (bytes: [UInt8], stamp: FileStamp)
        do {
            read = try FileIO.readStamped(file, limit: DataFolder.maximumFileSize, followLinks: false)
        } catch let failure as FileIO.Failure where failure.isNotFound {
            return .success(nil)
        } catch {
            return .failure(FileIO.issue(for: error, file: file))
        }
        do {
            let figures = try DossierFormat.figures(read.bytes, fileCode: code, file: file, today: today)
            summary?.record(figures, stamp: read.stamp)
            return .success(figures)
        } catch {
            return .failure(error)
        }
    }

    private func loadEach<Value: Sendable>(progress: ProgressReport?,
                                           _ load: @Sendable (MunicipalityCode) -> Result<Value?, FileIssue>) -> Loaded<Value> {
        var contents = Loaded<Value>()
        if let journal = ImportJournal.pending(in: self) { contents.issues.append(journal) }
        guard FileIO.isDirectory(dossiersPath) else { return contents }
        let names: [String]
        do { names = try FileIO.list(dossiersPath) } catch {
            contents.issues.append(FileIO.issue(for: error, file: dossiersPath))
            return contents
        }
        var codes: [MunicipalityCode] = []
        for name in names where !name.hasPrefix(".") {
            guard name.hasSuffix(".json"), let code = MunicipalityCode(String(name.dropLast(5))), "\(code.rawValue).json" == name,
                  ReferenceData.shared.municipality(code) != nil else {
                contents.issues.append(FileIssue(file: dossiersPath + "/" + name, problem: .strayFile))
                continue
            }
            codes.append(code)
        }
        // Files are independent: read and decode them on every core.
        let results = ResultSlots<Result<Value?, FileIssue>>(count: codes.count)
        let toLoad = codes
        let done = Atomic(0)
        DispatchQueue.concurrentPerform(iterations: toLoad.count) { i in
            results[i] = load(toLoad[i])
            if let progress { progress(done.add(1, ordering: .relaxed).newValue, toLoad.count) }
        }
        for (code, result) in zip(codes, results.values) {
            switch result {
            case .success(let stored?)?: contents.dossiers[code] = stored
            case .failure(let issue)?:
                contents.issues.append(issue)
                contents.unreadable[code] = issue
            case .success(nil)?, nil: break
            }
        }
        return contents
    }

    /// One dossier: nil when it has no file yet, a failure when its file cannot be read.
    public func load(_ code: MunicipalityCode) -> Result<StoredDossier?, FileIssue> {
        read(code) { bytes, file throws(FileIssue) in
            StoredDossier(dossier: try DossierFormat.decode(bytes, fileCode: code, file: file), revision: Revision(of: bytes))
        }
    }

    /// What `decode` makes of a dossier's file: nil when there is no file.
    private func read<Value>(_ code: MunicipalityCode,
                             _ decode: ([UInt8], String) throws(FileIssue) -> Value) -> Result<Value?, FileIssue> {
        let file = file(for: code)
        let bytes: [UInt8]
        do {
            guard let read = try readDossierFile(file) else { return .success(nil) }
            bytes = read
        } catch {
            return .failure(FileIO.issue(for: error, file: file))
        }
        do {
            return .success(try decode(bytes, file))
        } catch {
            return .failure(error)
        }
    }

    /// A dossier file's bytes, nil when there is none. Links and special files are refused.
    func readDossierFile(_ file: String) throws -> [UInt8]? {
        do {
            return try FileIO.read(file, limit: DataFolder.maximumFileSize, followLinks: false)
        } catch let failure as FileIO.Failure where failure.isNotFound {
            return nil
        }
    }

    /// Writes the dossier if its file is still at `expected` (nil: the file must not exist yet).
    /// A changed or unreadable file is never overwritten, and a dossier that would be too large or
    /// would not read back is refused before anything is written.
    @discardableResult
    public func save(_ dossier: Dossier, expected: Revision?) throws(StoreError) -> Saved {
        guard !readOnly else { throw .readOnly }
        let bytes = try encodeForSaving(dossier)
        do {
            return try withLock {
                try checkUnchanged(dossier.code, expected: expected)
                try FileIO.makeDirectory(dossiersPath)
                let unconfirmed = try FileIO.writeAtomically(bytes, to: file(for: dossier.code))
                return Saved(revision: Revision(of: bytes), unconfirmed: unconfirmed)
            }
        } catch {
            throw DataFolder.storeError(error, file: file(for: dossier.code))
        }
    }

    /// Writes several dossiers as one: each must still be at its expected revision, and a process
    /// killed halfway leaves a journal from which the next writer finishes the rest. Nothing is
    /// written when any dossier is refused. `progress` is told how many of how many are encoded
    /// and checked, then how many are written.
    @discardableResult
    public func saveAll(_ changes: [(dossier: Dossier, expected: Revision?)], progress: ProgressReport? = nil) throws(StoreError) -> [Saved] {
        guard !readOnly else { throw .readOnly }
        var encoded: [[UInt8]] = []
        for change in changes {
            encoded.append(try encodeForSaving(change.dossier))
            progress?(encoded.count, changes.count * 2)
        }
        var current = ""
        do {
            return try withLock {
                for change in changes {
                    current = file(for: change.dossier.code)
                    try checkUnchanged(change.dossier.code, expected: change.expected)
                }
                try FileIO.makeDirectory(dossiersPath)
                current = ImportJournal.path(in: self)
                let journalWarning = try ImportJournal.begin(zip(changes, encoded).map { ($0.dossier.code, $0.expected, $1) }, in: self)
                var saved: [Saved] = []
                for (change, bytes) in zip(changes, encoded) {
                    current = file(for: change.dossier.code)
                    let unconfirmed = try FileIO.writeAtomically(bytes, to: current)
                    saved.append(Saved(revision: Revision(of: bytes), unconfirmed: unconfirmed ?? journalWarning))
                    progress?(changes.count + saved.count, changes.count * 2)
                }
                current = ImportJournal.path(in: self)
                try ImportJournal.finish(in: self)
                return saved
            }
        } catch {
            throw DataFolder.storeError(error, file: current)
        }
    }

    /// The file's bytes, refused when over the size limit or when they would not read back as
    /// the same dossier: a save never leaves a file that impuls cannot open again.
    func encodeForSaving(_ dossier: Dossier) throws(StoreError) -> [UInt8] {
        let file = file(for: dossier.code)
        let bytes = DossierFormat.encode(dossier)
        guard bytes.count <= DataFolder.maximumFileSize else {
            throw .tooLarge(file: file, bytes: bytes.count, limit: DataFolder.maximumFileSize)
        }
        do {
            let back = try DossierFormat.decode(bytes, fileCode: dossier.code, file: file)
            guard back == dossier else { throw StoreError.wouldNotReadBack(file: file) }
        } catch let issue as FileIssue {
            if case .tooManyValues = issue.problem { throw .tooLarge(file: file, bytes: bytes.count, limit: DataFolder.maximumFileSize) }
            throw .unreadable(issue)
        } catch {
            throw .wouldNotReadBack(file: file)
        }
        return bytes
    }

    /// Under the lock: the dossier's file is still the one that was read, and readable.
    func checkUnchanged(_ code: MunicipalityCode, expected: Revision?) throws {
        let file = file(for: code)
        let current = try readDossierFile(file)
        // The very bytes read (or written) here before were read back then: nothing to decode.
        if current.map(Revision.init(of:)) == expected { return }
        if let current {
            // Refuse to replace a file that cannot be read, whatever the caller expected.
            if case .failure(let issue) = Result(catching: { () throws(FileIssue) in
                _ = try DossierFormat.decode(current, fileCode: code, file: file)
            }) { throw StoreError.unreadable(issue) }
        }
        throw StoreError.conflict(file: file)
    }

    static func storeError(_ error: any Error, file: String) -> StoreError {
        switch error {
        case let error as StoreError: return error
        case let tooLarge as FileIO.FileTooLarge:
            return .unreadable(FileIssue(file: file, problem: .tooLarge(bytes: tooLarge.bytes, limit: tooLarge.limit)))
        case let notRegular as FileIO.NotRegularFile where notRegular.path == file:
            return .unreadable(FileIO.issue(for: error, file: file))
        default: return .io(FileIO.issue(for: error, file: file))
        }
    }

    /// Where the text of an open form is kept between keystrokes (`.draft.json`, 0600).
    public var draftPath: String { path + "/.draft.json" }

    /// Keeps (or with nil, removes) the open form's draft: atomically, never torn, but without fsync —
    /// a draft has to survive a killed process (the page cache does that), not a power cut, and
    /// typing must never wait for the disk.
    func writeDraft(_ bytes: [UInt8]?) throws(StoreError) {
        guard !readOnly else { throw .readOnly }
        do {
            if let bytes { try FileIO.writeAtomically(bytes, to: draftPath, durable: false) } else { try FileIO.remove(draftPath) }
        } catch {
            throw .io(FileIO.issue(for: error, file: draftPath))
        }
    }

    /// The kept draft, if there is one.
    func readDraft() -> [UInt8]? { try? FileIO.read(draftPath, limit: 1 << 20, followLinks: false) }

    /// Runs `body` holding the folder's exclusive lock; the kernel releases it if the process dies.
    /// The lock file is never a link (a planted link could otherwise make impuls create or lock
    /// a file elsewhere).
    public func withLock<T>(_ body: () throws -> T) throws -> T {
        try withLockDescriptor { _ in try body() }
    }

    /// `withLock`, with the lock's descriptor for children to inherit: an flock belongs to the open
    /// file, so while any process that inherited it lives (a git that goes on after impuls was
    /// killed), no other impuls takes the folder. It is released explicitly at the end, so a
    /// child that lingers after a normal end (an ssh connection master) does not keep it.
    public func withLockDescriptor<T>(_ body: (Int32) throws -> T) throws -> T {
        let lockFile = path + "/.impuls.lock"
        let fd = open(lockFile, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0o600)
        guard fd >= 0 else {
            if errno == ELOOP { throw FileIO.NotRegularFile(path: lockFile) }
            throw FileIO.Failure(operation: "open", path: lockFile, code: errno)
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { throw FileIO.NotRegularFile(path: lockFile) }
        while flock(fd, LOCK_EX) != 0 {
            if errno != EINTR { throw FileIO.Failure(operation: "flock", path: lockFile, code: errno) }
        }
        defer { flock(fd, LOCK_UN) }
        return try body(fd)
    }
}

/// Slots that concurrent workers each fill at their own index.
final class ResultSlots<Value: Sendable>: Sendable {
    private let storage: Mutex<[Value?]>

    init(count: Int) { storage = Mutex(Array(repeating: nil, count: count)) }

    subscript(index: Int) -> Value? {
        get { storage.withLock { $0[index] } }
        set { storage.withLock { $0[index] = newValue } }
    }

    var values: [Value?] { storage.withLock { $0 } }
}
