/// A follow-up added after its session was logged. In the interface follow-ups are typed with the
/// session they come from (each shows as "uit gesprek …"); one added later belongs to a session
/// just the same, so it is always added to one, and recorded as the session's own follow-ups are
/// (a `created` entry with its day and text), so history, undo and merge treat both alike.
extension Dossier {
    /// Adds `followUp` to the session with `sessionID`; refused with an empty text, for a former
    /// municipality, and when the session is not there.
    public func addingFollowUp(_ followUp: FollowUp, toSession sessionID: String, context: ChangeContext) throws(Refusal) -> Dossier {
        var reasons = formerReasons()
        if followUp.text.trimmingSpaces.isEmpty { reasons.append(.emptyText) }
        guard reasons.isEmpty else { throw Refusal(reasons) }
        guard let s = sessions.firstIndex(where: { $0.id == sessionID }) else { throw Refusal([.recordNotFound]) }
        var added = followUp
        added.done = false
        var next = self
        next.sessions[s].followUps.append(added)
        next.record(newChange(context), context, subject: .followUp(added.id), action: .created, new: "\(added.due) \(added.text)")
        return next
    }
}
