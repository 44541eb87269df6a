/// Why a write to the data folder did not happen: a value the interface and the commands both
/// turn into words (ImpulsText: `Message.storeError`), never rendered text.
public enum StoreError: Error, Sendable, Hashable {
    /// The file changed on disk since it was read: nothing was written.
    case conflict(file: String)
    /// The dossier's file cannot be read; it is left as it is until fixed.
    case unreadable(FileIssue)
    /// The dossier would be over the size limit (or would not read back): nothing was written.
    case tooLarge(file: String, bytes: Int, limit: Int)
    /// The data folder or a file could not be created, written or synced.
    case io(FileIssue)
    /// The dossier would not read back as it is: nothing was written.
    case wouldNotReadBack(file: String)
    /// The folder was opened read-only.
    case readOnly
    /// The folder was written by a newer impuls, is not a data folder, or cannot be opened.
    case folder(FileIssue)
}
