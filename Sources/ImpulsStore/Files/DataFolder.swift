#if canImport(Glibc)
import Glibc
#endif
import Dispatch
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

/// A file's fingerprint (size and FNV-1a of its bytes). Not stored in the file, so nothing
/// volatile is written and two copies merged by git do not conflict over it.
public struct Revision: Hashable, Sendable, CustomStringConvertible {
    public let size: Int
    public let hash: UInt64

    public init(of bytes: [UInt8]) {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        size = bytes.count
        hash = h
    }

    public var description: String { String(hash, radix: 16) }
}

/// Why a write did not happen.
public enum StoreError: Error, Sendable, Equatable {
    /// The file changed on disk since it was read: nothing was written.
    case conflict(file: String)
    /// The dossier's file cannot be read; it is left as it is until fixed.
    case unreadable(FileIssue)
    /// The data folder or a file could not be created, written or synced.
    case io(String)
    /// The folder was opened read-only.
    case readOnly
    /// The folder was written by a newer impuls, or is not a data folder.
    case folder(FileIssue)

    public func message(_ language: Language) -> String {
        switch self {
        case .conflict(let file): return Message.conflict(file: file).text(language)
        case .unreadable(let issue): return Message.dossierUnreadable(issue).text(language)
        case .io(let detail): return detail
        case .readOnly: return language == .nl ? "alleen-lezen: niets opgeslagen" : "read-only: nothing saved"
        case .folder(let issue): return Message.fileIssue(issue).text(language)
        }
    }
}

/// The data folder: the only code that reads or writes its files.
///
///     impuls.json            {"format": "impuls-data", "version": 1}
///     dossiers/GM0000.json   one file per municipality with any record
///     .impuls.lock           held (flock) across read → check → write
///
/// Files are 0600, folders 0700. Every write is atomic (see `FileIO.writeAtomically`) and checks
/// that the file is still the revision that was read.
public final class DataFolder: @unchecked Sendable {
    public let path: String
    public let readOnly: Bool
    public var dossiersPath: String { path + "/dossiers" }
    public static let maximumFileSize = 16 << 20

    /// What loading the whole folder found.
    public struct Contents: Sendable {
        public var dossiers: [MunicipalityCode: StoredDossier] = [:]
        /// Files that could not be read, each with where and why; the rest loaded regardless.
        public var issues: [FileIssue] = []
        /// Dossiers whose file could not be read, with why: writes to them are refused.
        public var unreadable: [MunicipalityCode: FileIssue] = [:]
        public var unreadableCodes: Set<MunicipalityCode> { Set(unreadable.keys) }

        public init() {}
    }

    /// Opens (and, unless read-only, creates) a data folder.
    public init(path: String, readOnly: Bool = false) throws(StoreError) {
        self.path = path
        self.readOnly = readOnly
        let marker = path + "/impuls.json"
        if FileIO.exists(path), !FileIO.isDirectory(path) {
            throw .folder(FileIssue(file: path, problem: .unreadable("not a folder")))
        }
        if FileIO.exists(marker) {
            try checkMarker(marker)
        } else if !readOnly {
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
                throw .io("\(error)")
            }
        }
        if !readOnly, FileIO.isDirectory(dossiersPath) {
            try? withLock { FileIO.sweepTemporaryFiles(in: dossiersPath); FileIO.sweepTemporaryFiles(in: path) }
        }
    }

    private func checkMarker(_ marker: String) throws(StoreError) {
        let bytes: [UInt8]
        do { bytes = try FileIO.read(marker, limit: 1 << 16) } catch { throw .folder(FileIssue(file: marker, problem: .unreadable("\(error)"))) }
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
            throw .io("\(error)")
        }
    }

    public func file(for code: MunicipalityCode) -> String { dossiersPath + "/" + code.rawValue + ".json" }

    /// Reads every dossier file. A file that cannot be read is reported and skipped; the rest load.
    public func loadAll() -> Contents {
        var contents = Contents()
        guard FileIO.isDirectory(dossiersPath) else { return contents }
        let names: [String]
        do { names = try FileIO.list(dossiersPath) } catch {
            contents.issues.append(FileIssue(file: dossiersPath, problem: .unreadable("\(error)")))
            return contents
        }
        var codes: [MunicipalityCode] = []
        for name in names where !name.hasPrefix(".") {
            guard name.hasSuffix(".json"), let code = MunicipalityCode(String(name.dropLast(5))), "\(code.rawValue).json" == name,
                  ReferenceData.shared.municipality(code) != nil else {
                contents.issues.append(FileIssue(file: dossiersPath + "/" + name, problem: .invalid(expected: .knownMunicipalityCode, found: name)))
                continue
            }
            codes.append(code)
        }
        // Files are independent: read and decode them on every core.
        let results = ResultSlots<Result<StoredDossier?, FileIssue>>(count: codes.count)
        let toLoad = codes
        DispatchQueue.concurrentPerform(iterations: toLoad.count) { i in results[i] = load(toLoad[i]) }
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
        let file = file(for: code)
        let bytes: [UInt8]
        do {
            bytes = try FileIO.read(file, limit: DataFolder.maximumFileSize)
        } catch let failure as FileIO.Failure where failure.isNotFound {
            return .success(nil)
        } catch let tooLarge as FileIO.FileTooLarge {
            return .failure(FileIssue(file: file, problem: .tooLarge(bytes: tooLarge.bytes, limit: tooLarge.limit)))
        } catch {
            return .failure(FileIssue(file: file, problem: .unreadable("\(error)")))
        }
        do {
            let dossier = try DossierFormat.decode(bytes, fileCode: code, file: file)
            return .success(StoredDossier(dossier: dossier, revision: Revision(of: bytes)))
        } catch {
            return .failure(error)
        }
    }

    /// Writes the dossier if its file is still at `expected` (nil: the file must not exist yet).
    /// Returns the new revision. A changed or unreadable file is never overwritten.
    @discardableResult
    public func save(_ dossier: Dossier, expected: Revision?) throws(StoreError) -> Revision {
        guard !readOnly else { throw .readOnly }
        let file = file(for: dossier.code)
        let bytes = DossierFormat.encode(dossier)
        do {
            return try withLock {
                let current: [UInt8]?
                do {
                    current = try FileIO.read(file, limit: DataFolder.maximumFileSize)
                } catch let failure as FileIO.Failure where failure.isNotFound {
                    current = nil
                }
                if let current {
                    // Refuse to replace a file that cannot be read, whatever the caller expected.
                    if case .failure(let issue) = Result(catching: { () throws(FileIssue) in
                        _ = try DossierFormat.decode(current, fileCode: dossier.code, file: file)
                    }) { throw StoreError.unreadable(issue) }
                }
                guard current.map(Revision.init(of:)) == expected else { throw StoreError.conflict(file: file) }
                try FileIO.makeDirectory(dossiersPath)
                try FileIO.writeAtomically(bytes, to: file)
                return Revision(of: bytes)
            }
        } catch let error as StoreError {
            throw error
        } catch let tooLarge as FileIO.FileTooLarge {
            throw .unreadable(FileIssue(file: file, problem: .tooLarge(bytes: tooLarge.bytes, limit: tooLarge.limit)))
        } catch {
            throw .io("\(error)")
        }
    }

    /// Where the text of an open form is kept between keystrokes (`.draft.json`, 0600).
    public var draftPath: String { path + "/.draft.json" }

    /// Keeps (or with nil, removes) the open form's draft. Written atomically like every file.
    public func writeDraft(_ bytes: [UInt8]?) throws(StoreError) {
        guard !readOnly else { throw .readOnly }
        do {
            if let bytes { try FileIO.writeAtomically(bytes, to: draftPath) } else { try FileIO.remove(draftPath) }
        } catch {
            throw .io("\(error)")
        }
    }

    /// The kept draft, if there is one.
    public func readDraft() -> [UInt8]? { try? FileIO.read(draftPath, limit: 1 << 20) }

    /// Runs `body` holding the folder's exclusive lock; the kernel releases it if the process dies.
    public func withLock<T>(_ body: () throws -> T) throws -> T {
        let lockFile = path + "/.impuls.lock"
        let fd = open(lockFile, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw FileIO.Failure(operation: "open", path: lockFile, code: errno) }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            if errno != EINTR { throw FileIO.Failure(operation: "flock", path: lockFile, code: errno) }
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }
}

/// Slots that concurrent workers each fill at their own index.
final class ResultSlots<Value>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = PthreadMutex()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    subscript(index: Int) -> Value? {
        get { lock.locked { storage[index] } }
        set { lock.locked { storage[index] = newValue } }
    }

    var values: [Value?] { lock.locked { storage } }
}

/// A pthread mutex.
final class PthreadMutex: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    init() { pthread_mutex_init(&mutex, nil) }
    deinit { pthread_mutex_destroy(&mutex) }
    func locked<T>(_ body: () -> T) -> T {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return body()
    }
}
