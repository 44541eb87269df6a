/// A dossier git merged without the driver — only one side had changed the file, so git took that
/// copy as it is — checked against the copy this laptop had before. A copy that went on from ours
/// is fine; one that lacks some of our history (a hand edit, a forced push) is merged with ours as
/// the driver would have merged it: the history made whole and, where it lost what the ancestor had,
/// none of its changes taken.
extension DossierMerge {
    /// The dossier to write instead of the one git took, and the notices that raised (also in it).
    public struct Repair: Sendable, Equatable {
        public let dossier: Dossier
        public let notices: [Notice]
    }

    /// Nil when `taken` holds every history entry of `ours` (and of `base`): nothing to repair.
    /// Otherwise `merge(base: base ?? ours, ours: ours, theirs: taken)`. `base` is the common
    /// ancestor's copy when the caller knows it (`git merge-base`); without it, ours stands in, as
    /// after a fast-forward or when only the other side changed the file.
    public static func repairing(taken: Dossier, ours: Dossier, base: Dossier?) -> Repair? {
        let whole = keepsHistory(of: ours, in: taken) && (base.map { keepsHistory(of: $0, in: taken) } ?? true)
        guard !whole else { return nil }
        let merged = merge(base: base ?? ours, ours: ours, theirs: taken)
        let known = Set((ours.notices + taken.notices).map(\.id))
        return Repair(dossier: merged, notices: merged.notices.filter { !known.contains($0.id) })
    }

    /// True when `copy` has every history entry `original` has.
    public static func keepsHistory(of original: Dossier, in copy: Dossier) -> Bool {
        Set(copy.history.map(\.id)).isSuperset(of: original.history.map(\.id))
    }
}
