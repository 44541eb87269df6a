/// Something a merge of two copies of a dossier could not decide alone, kept in the dossier until
/// someone resolves it: nothing either side recorded is silently lost.
public struct Notice: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        /// One field was changed differently on both sides: the later change won, the other is in `lost`.
        case fieldClash = "field-clash"
        /// A record was removed on one side and edited on the other: it was kept.
        case removedEdited = "removed-edited"
        /// One application was moved on to two different steps: the earlier step was applied.
        case transitionClash = "transition-clash"
        /// Two applications of the municipality are granted: one must be withdrawn.
        case twoGranted = "two-granted"
        /// Two applications of the municipality are open (draft to running) at once: one must be
        /// withdrawn. Not raised beside `twoGranted` when that names every open one.
        case twoOpen = "two-open"
        /// A colleague's copy of the dossier could not be used (see `TeamCopyProblem`, in `kept`;
        /// the commit in `lost`): this laptop's copy was kept and shared.
        case teamCopyKept = "team-copy-kept"
        /// One copy lacked history entries its ancestor had (a hand edit, a forced push): the history
        /// was made whole and that copy's changes were not taken. `lost`: how many entries, `by`: whose.
        case historyRemoved = "history-removed"
        /// Both copies lacked history entries: the history was made whole, the copies merged as usual,
        /// and a record either lost without a recorded removal was put back. `lost` and `by` as above.
        case historyRemovedOnBothSides = "history-removed-both"
    }

    /// Derived from what clashed, so both laptops merging the same two copies make the same notice.
    public var id: String
    public var at: Timestamp
    public var kind: Kind
    public var subject: Subject
    /// The field that clashed, of the same kind as `subject`.
    public var field: RecordField?
    /// The value that was kept, and the one that was not (with who made it).
    public var kept: String?
    public var lost: String?
    public var by: String?
    /// Until resolved, only the step that resolves it is allowed.
    public var blocking: Bool
    public var resolved: Bool

    public init(id: String, at: Timestamp, kind: Kind, subject: Subject, field: RecordField? = nil, kept: String? = nil,
                lost: String? = nil, by: String? = nil, blocking: Bool = false, resolved: Bool = false) {
        self.id = id
        self.at = at
        self.kind = kind
        self.subject = subject
        self.field = field
        self.kept = kept
        self.lost = lost
        self.by = by
        self.blocking = blocking
        self.resolved = resolved
    }
}
