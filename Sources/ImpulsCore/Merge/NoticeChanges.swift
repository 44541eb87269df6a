/// Notices after a merge: open until someone resolves them, and a blocking one holds the workflow
/// (only a withdrawal may go on) until what it says is fixed. Resolving is recorded in the history.
extension Dossier {
    /// Notices nobody has resolved yet.
    public var openNotices: [Notice] { notices.filter { !$0.resolved } }

    /// An open notice that holds the workflow, if any.
    public var blockingNotice: Notice? { openNotices.first { $0.blocking } }

    /// Marks a notice as dealt with; refused for a blocking one whose cause is still there (two
    /// granted applications: withdraw one, and the notice resolves itself).
    public func resolvingNotice(_ id: String, context: ChangeContext) throws(Refusal) -> Dossier {
        guard let i = notices.firstIndex(where: { $0.id == id }) else { throw Refusal([.recordNotFound]) }
        guard !notices[i].resolved else { return self }
        if notices[i].kind == .twoGranted, applications.filter({ $0.status.isGranted }).count > 1 {
            throw Refusal([.blockedByNotice])
        }
        var next = self
        next.notices[i].resolved = true
        next.record(next.newChange(context), context, subject: .dossier, action: .resolved, field: .dossier(.notice), new: id)
        return next
    }

    /// Resolves, with a history entry, the blocking notices whose cause a change removed.
    mutating func resolveNoticesNoLongerTrue(change: String, context: ChangeContext) {
        guard applications.filter({ $0.status.isGranted }).count <= 1 else { return }
        for i in notices.indices where notices[i].kind == .twoGranted && !notices[i].resolved {
            notices[i].resolved = true
            record(change, context, subject: .dossier, action: .resolved, field: .dossier(.notice), new: notices[i].id)
        }
    }
}
