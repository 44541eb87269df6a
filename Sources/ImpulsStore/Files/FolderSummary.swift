import Synchronization
import ImpulsCore

/// The data folder's summary (`.impuls-cache/summary`, private to this folder and never shared: its
/// folder holds its own `.gitignore` (`*`), `TeamSync.ignored` names it too, and a sync stages only
/// dossiers and the folder files):
/// the figures of each dossier file as read on one day, with the file's stamp (size, modification
/// time in nanoseconds, inode). A file whose stamp still matches is not read again — the way git's
/// index spares it a look at unchanged files — unless it is "racy": modified no earlier than the
/// summary was written (the summary file's own modification time, from the same clock), when the
/// same stamp may hide a change in the same clock tick; such a file is read again.
///
/// An optimisation only: a missing, damaged or other-version summary, a mismatch, or another
/// day, means the file is read as without it and its entry written anew. Written atomically
/// without the folder's lock (nothing waits for it), never by a read-only opening.
final class FolderSummary: Sendable {
    static let folderName = ".impuls-cache"
    static func path(in folder: String) -> String { folder + "/" + folderName + "/summary" }

    private let file: String
    private let today: CalendarDay
    private let writes: Bool
    /// The entries as read, and the moment the summary was written (its own stamp): none when
    /// there was no usable summary.
    private let previous: [MunicipalityCode: SummaryFormat.Entry]
    private let writtenAt: FileStamp?
    /// What this reading found: the entries still right and those made anew.
    private let kept = Mutex<[MunicipalityCode: SummaryFormat.Entry]>([:])
    private let renewed = Atomic(false)

    init(folder: String, today: CalendarDay, writes: Bool) {
        file = FolderSummary.path(in: folder)
        self.today = today
        self.writes = writes
        if let (bytes, stamp) = try? FileIO.readStamped(file, limit: 256 << 20, followLinks: false),
           let entries = SummaryFormat.decode(bytes, today: today) {
            previous = entries
            writtenAt = stamp
        } else {
            previous = [:]
            writtenAt = nil
        }
    }

    /// The figures kept for `code`, when its file at `path` is still the one they were read from.
    func figures(_ code: MunicipalityCode, path: String) -> DossierFigures? {
        guard let entry = previous[code], let writtenAt, let stamp = FileStamp.of(path), stamp == entry.stamp,
              stamp.modified(before: writtenAt) else { return nil }
        kept.withLock { $0[code] = entry }
        return entry.figures
    }

    /// The figures just read from a file with `stamp`.
    func record(_ figures: DossierFigures, stamp: FileStamp) {
        kept.withLock { $0[figures.code] = SummaryFormat.Entry(stamp: stamp, figures: figures) }
        renewed.store(true, ordering: .relaxed)
    }

    /// Writes the summary when anything in it changed (an entry made anew, or a file gone), unless
    /// read-only. Failing to is no failure: the next reading reads the files.
    func save() {
        guard writes else { return }
        let entries = kept.withLock { $0 }
        guard renewed.load(ordering: .relaxed) || entries.count != previous.count else { return }
        let folder = FileIO.parentDirectory(file)
        do {
            try FileIO.makeDirectory(folder)
            // Its own ignore file, as `.impuls-laptop/` has: git leaves it out whatever the
            // repository's ignore file says (one an older impuls wrote, or `git add --all` by hand).
            if !FileIO.exists(folder + "/.gitignore") { try FileIO.writeAtomically(Array("*\n".utf8), to: folder + "/.gitignore", durable: false) }
            try FileIO.writeAtomically(SummaryFormat.encode(entries, today: today), to: file, durable: false)
        } catch {
            return
        }
    }

    /// Takes the summary away (after an erasure: it names advisers).
    static func remove(in folder: String) {
        try? FileIO.remove(path(in: folder))
    }
}
