import ImpulsCore

/// The one door to a data folder's dossiers for the interface and the commands: it loads them,
/// remembers the revision each was read at, saves against that revision, retries what may be
/// retried, keeps drafts, and reports every outcome as a value.
public final class DossierStore {
    public let folder: DataFolder
    /// The revision each dossier was last read or written at (absent: not on disk yet).
    private var revisions: [MunicipalityCode: Revision] = [:]
    /// Outside changes to a dossier with an open form, reported but not taken as read (so the form's
    /// save meets them as a conflict): the revision reported, nil for a file removed.
    private var held: [MunicipalityCode: Revision?] = [:]

    public init(folder: DataFolder) { self.folder = folder }

    /// Every dossier (and what could not be read); their revisions are remembered. `progress` is
    /// told how many of how many files are read.
    public func loadAll(progress: ProgressReport? = nil) -> DataFolder.Contents {
        let contents = folder.loadAll(progress: progress)
        revisions = contents.dossiers.compactMapValues(\.revision)
        return contents
    }

    /// Of every dossier only what its line in a list shows on `today` (see `DataFolder.loadRows`):
    /// a preview for the interface's first screen, read before `loadAll` gives the verdict.
    public func loadRows(today: CalendarDay, progress: ProgressReport? = nil) -> DataFolder.Loaded<DossierFigures.Row> {
        folder.loadRows(today: today, progress: progress)
    }

    /// One dossier, nil when it has no file yet; its revision is remembered.
    public func load(_ code: MunicipalityCode) -> Result<Dossier?, FileIssue> {
        let result = folder.load(code)
        if case .success(let stored) = result { revisions[code] = stored?.revision }
        return result.map { $0?.dossier }
    }

    /// What a save came to.
    public enum SaveOutcome: Sendable {
        /// Written; `unconfirmed` when syncing the folder afterwards failed (the change is saved).
        case saved(unconfirmed: FileIssue?)
        /// Not written: why, and the dossier as it now is on disk (nil when it cannot be read).
        case failed(StoreError, current: Dossier?)
    }

    /// Writes the dossier if its file is still the one last read or written here.
    public func save(_ dossier: Dossier) -> SaveOutcome {
        do {
            let saved = try folder.save(dossier, expected: revisions[dossier.code])
            revisions[dossier.code] = saved.revision
            return .saved(unconfirmed: saved.unconfirmed)
        } catch {
            let current = try? load(dossier.code).get()
            return .failed(error, current: current ?? nil)
        }
    }

    /// What other processes changed in the folder (see `rereadChanged`).
    public struct OutsideChanges: Sendable, Equatable {
        /// Dossiers changed or added, as they are on disk now.
        public var changed: [MunicipalityCode: Dossier] = [:]
        public var removed: Set<MunicipalityCode> = []
        public var unreadable: [MunicipalityCode: FileIssue] = [:]
        public var isEmpty: Bool { changed.isEmpty && removed.isEmpty && unreadable.isEmpty }
        public init() {}
    }

    /// Reads again the dossiers whose files are `names` (as `FolderWatch` tells them; nil: every
    /// dossier) and returns those another process changed. A file at the revision last read or
    /// written here is left out — impuls's own save. The dossier `holding` (the one an open form
    /// edits) is reported, but its new revision is not taken as read: the form's save is checked
    /// against the revision the form started from, and meets the change as a conflict. Once no
    /// form holds it, its revision is taken without a second report.
    public func rereadChanged(_ names: Set<String>?, holding: MunicipalityCode? = nil) -> OutsideChanges {
        var codes: Set<MunicipalityCode>
        if let names {
            codes = Set(names.compactMap { name in
                name.hasSuffix(".json") && !name.hasPrefix(".") ? MunicipalityCode(String(name.dropLast(5))) : nil
            })
        } else {
            codes = Set(revisions.keys).union(((try? FileIO.list(folder.dossiersPath)) ?? []).compactMap { name in
                name.hasSuffix(".json") ? MunicipalityCode(String(name.dropLast(5))) : nil
            })
        }
        codes.formUnion(held.keys.filter { $0 != holding })
        var changes = OutsideChanges()
        for code in codes {
            let revision: Revision?
            switch folder.load(code) {
            case .failure(let issue):
                changes.unreadable[code] = issue
                continue
            case .success(let stored):
                revision = stored?.revision
                if revision == revisions[code] {
                    held[code] = nil
                    continue
                }
                let reported = held[code].map { $0 == revision } ?? false
                if code == holding {
                    held[code] = .some(revision)
                } else {
                    held[code] = nil
                    revisions[code] = revision
                }
                if reported { continue }
                if let stored { changes.changed[code] = stored.dossier } else { changes.removed.insert(code) }
            }
        }
        return changes
    }

    /// Why `update` did not write.
    public enum UpdateFailure: Error, Sendable {
        case refused(Refusal)
        case unreadable(FileIssue)
        case store(StoreError)
    }

    /// Reads the dossier (`empty` when it has none yet), applies `change`, and writes the result.
    /// When the file changed meanwhile and `attempts` allows, it reads it again and applies the same
    /// change to what is there now (for changes that only add, which commute with anyone else's).
    public func update(_ code: MunicipalityCode, empty: Dossier, attempts: Int = 1,
                       _ change: (Dossier) throws(Refusal) -> Dossier) throws(UpdateFailure) -> (Dossier, FileIssue?) {
        for attempt in 1...max(1, attempts) {
            let current: Dossier
            switch load(code) {
            case .success(let dossier): current = dossier ?? empty
            case .failure(let issue): throw .unreadable(issue)
            }
            let next: Dossier
            do { next = try change(current) } catch { throw .refused(error) }
            switch save(next) {
            case .saved(let unconfirmed): return (next, unconfirmed)
            case .failed(.conflict, _) where attempt < attempts: continue
            case .failed(let error, _): throw .store(error)
            }
        }
        throw .store(.conflict(file: folder.file(for: code)))
    }

    /// Keeps (or with nil, removes) the open form's draft, without waiting for the disk (no fsync).
    public func keepDraft(_ draft: FormDraft?) throws(StoreError) { try folder.writeDraft(draft.map(DraftFormat.encode)) }

    /// The kept draft; nil when there is none, or what is there is not a draft this version wrote.
    public func readDraft() -> FormDraft? { folder.readDraft().flatMap(DraftFormat.decode) }
}
