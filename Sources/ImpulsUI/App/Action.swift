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
    case suspend
}

/// What the update function asks the run loop to do: effects are values, never performed here.
public enum Effect: Equatable, Sendable {
    case quit
    /// Write this dossier; the run loop answers with `.saved` or `.saveFailed`.
    case save(Dossier)
    /// Keep what is typed in the open form next to the data (nil: there is none any more).
    case keepDraft(FormDraft?)
    /// Share the data folder with the team; the run loop answers with `.synced`.
    case sync
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
    /// A sync ended: what it said, and the folder as it now is on disk.
    case synced(message: String, dossiers: [MunicipalityCode: Dossier], unreadable: [MunicipalityCode: FileIssue])
    /// Another process changed dossiers in the folder (the folder watch): each as it is on disk now.
    case changedOutside(changed: [MunicipalityCode: Dossier], removed: Set<MunicipalityCode>, unreadable: [MunicipalityCode: FileIssue])
}
