/// Taking in a copy of a dossier from an export: merged with what the folder has, never replacing it
/// (unless asked to).
extension Dossier {
    /// The dossier with `incoming` merged in and the import recorded (who, when, from which file);
    /// nil when the folder already has everything the export holds (importing twice changes nothing).
    /// Moments more than a day after `context.now` decide nothing (`MergeMoments`).
    public func importing(_ incoming: Dossier, from file: String, context: ChangeContext) -> Dossier? {
        let merged = DossierMerge.merge(base: DossierMerge.inferredBase(self, incoming, now: context.now), ours: self, theirs: incoming,
                                        now: context.now)
        guard merged != self else { return nil }
        var next = merged
        next.record(next.newChange(context), context, subject: .dossier, action: .imported, new: file)
        return next
    }

    /// What importing `incoming` does to this dossier: the dossier to write and what changes in it.
    /// The one plan `import` and `import --dry-run` both say, so the dry run says what the import does.
    public func importPlan(_ incoming: Dossier, from file: String, replacing: Bool, context: ChangeContext) -> ImportPlan {
        let result = replacing ? (incoming == self ? nil : incoming) : importing(incoming, from: file, context: context)
        return ImportPlan(result: result, effect: ImportEffect(from: self, to: result ?? self, incoming: incoming))
    }
}

/// What an import does to one dossier.
public struct ImportPlan: Sendable, Equatable {
    /// The dossier to write; nil when nothing changes.
    public let result: Dossier?
    public let effect: ImportEffect
}
