import ImpulsCore

/// What a key does, independent of which key it is.
public enum Action: Hashable, Sendable {
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    case open, back, quit
    case help, filter, agenda, switchRegion, cycleSort
    case nextSection, previousSection
    case newSession, newApplication, newContact, edit, delete, step, toggleFollowUp, undo, redo
    /// Marks the notice chosen in a dossier's overview done (after a question).
    case resolveNotice
    case save, nextField, previousField
    case dashboard, nextFigure, previousFigure
    case sync
    /// Stops the sync that runs beside the work, at its next safe point.
    case cancelSync
    case suspend
}

extension Action {
    /// Whether the action writes to the data folder (refused in an interface opened read-only).
    public var changesData: Bool {
        switch self {
        case .newSession, .newApplication, .newContact, .edit, .delete, .step, .toggleFollowUp, .undo, .redo, .resolveNotice, .sync, .cancelSync:
            return true
        default:
            return false
        }
    }
}

/// What the update function asks the run loop to do: effects are values, never performed here.
public enum Effect: Equatable, Sendable {
    case quit
    /// Write this dossier; the run loop answers with `.saved` or `.saveFailed`.
    case save(Dossier)
    /// Keep what is typed in the open form next to the data (nil: there is none any more).
    case keepDraft(FormDraft?)
    /// Share the data folder with the team, beside the work: the keys come back at once, the sync
    /// posts `.syncStep` as it goes and `.synced` when it ends.
    case sync
    /// Stop the running sync at its next safe point (it then ends with `.synced`, nothing half done).
    case cancelSync
    /// After a sync: read again the dossiers it changed (answered with `.changedOutside`, quietly).
    case rereadAfterSync
    /// Ctrl-Z: give the terminal back to the shell and stop until `fg` (the run loop keeps the draft
    /// first, and redraws at the size the terminal then has).
    case suspend
}

/// Something that happened: a key, or a result the run loop feeds back.
public enum Event: Hashable, Sendable {
    case key(Key)
    /// Written; `unconfirmed` when the write is in place but syncing the folder failed.
    case saved(MunicipalityCode, unconfirmed: FileIssue? = nil)
    /// Not written: why, and the dossier as it is on disk now (reloaded), if it could be read.
    case saveFailed(MunicipalityCode, error: StoreError, current: Dossier?)
    /// The running sync started a step.
    case syncStep(SyncStep)
    /// The sync ended (shared, offline, stopped or failed): what it said.
    case synced(message: String)
    /// Another process changed dossiers in the folder (the folder watch, or the sync): each as it is
    /// on disk now. `quietly`: the sync's own summary says what came in, so no message of its own.
    case changedOutside(changed: [MunicipalityCode: Dossier], removed: Set<MunicipalityCode>, unreadable: [MunicipalityCode: FileIssue],
                        quietly: Bool = false)
}
