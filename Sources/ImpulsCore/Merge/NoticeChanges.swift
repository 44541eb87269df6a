/// Notices after a merge: open until someone resolves them, and a blocking one holds the workflow
/// (only a withdrawal may go on) until what it says is fixed. Resolving is recorded in the history.
extension Dossier {
    /// Notices nobody has resolved yet.
    public var openNotices: [Notice] { notices.filter { !$0.resolved } }

    /// An open notice that holds the workflow, if any.
    public var blockingNotice: Notice? { openNotices.first { $0.blocking } }

    /// Why a step other than a withdrawal is refused while `notice` blocks: what it says stands.
    public static func blockedReason(_ notice: Notice) -> Reason {
        notice.kind == .twoOpen ? .blockedByTwoOpen : .blockedByNotice
    }

    /// Marks a notice as dealt with; refused for a blocking one whose cause is still there (two
    /// granted or two open applications: withdraw one, and the notice resolves itself).
    public func resolvingNotice(_ id: String, context: ChangeContext) throws(Refusal) -> Dossier {
        guard let i = notices.firstIndex(where: { $0.id == id }) else { throw Refusal([.recordNotFound]) }
        guard !notices[i].resolved else { return self }
        if stillStands(notices[i]) { throw Refusal([Dossier.blockedReason(notices[i])]) }
        var next = self
        next.notices[i].resolved = true
        next.record(next.newChange(context), context, subject: .dossier, action: .resolved, field: .dossier(.notice), new: id)
        return next
    }

    /// Resolves, with a history entry, the blocking notices whose cause a change removed.
    mutating func resolveNoticesNoLongerTrue(change: String, context: ChangeContext) {
        for i in notices.indices where !notices[i].resolved && (notices[i].kind == .twoGranted || notices[i].kind == .twoOpen) {
            guard !stillStands(notices[i]) else { continue }
            notices[i].resolved = true
            record(change, context, subject: .dossier, action: .resolved, field: .dossier(.notice), new: notices[i].id)
        }
    }

    /// Whether what a notice about the one-per-municipality rule says is still true: more than one
    /// application granted, or open. False for every other kind.
    func stillStands(_ notice: Notice) -> Bool {
        switch notice.kind {
        case .twoGranted: applications.filter { $0.status.isGranted }.count > 1
        case .twoOpen: applications.filter { $0.status.isOpen }.count > 1
        default: false
        }
    }
}
