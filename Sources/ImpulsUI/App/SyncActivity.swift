import ImpulsCore

/// A sync running beside the work: the step it is in, whether it was asked to stop, and the saves
/// that wait for it (a save never runs while the sync holds the folder: it is written right after,
/// against the revision it was made from, so a dossier the sync changed meets it as a conflict).
public struct SyncActivity: Sendable, Equatable {
    /// nil until the sync reports its first step.
    public var step: SyncStep?
    /// `X` (or quitting) asked it to stop at its next safe point.
    public var cancelling = false
    /// Saves asked for while it runs, in order.
    public var waitingSaves: [Dossier] = []

    public init() {}
}
