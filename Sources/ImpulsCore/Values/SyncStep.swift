/// The step a sync is in, for a progress line (the shell's and the interface's).
public enum SyncStep: Sendable, Equatable, Hashable {
    /// Finishing or undoing what a killed sync left.
    case repairing
    /// Committing this laptop's changes.
    case committing
    /// Fetching the team's work.
    case fetching
    /// Merging the team's changes to this many dossiers.
    case merging(dossiers: Int)
    /// Checking what the merge brought in.
    case checking
    /// Sharing this laptop's work.
    case pushing
}
