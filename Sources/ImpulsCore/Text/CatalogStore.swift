/// What a failed write says to the user.
extension Message {
    static func storeErrorText(_ error: StoreError, _ language: Language, conflict advice: ConflictAdvice = .interface) -> String {
        let nl = language == .nl
        switch error {
        case .conflict(let file): return Message.conflictText(file: file, advice: advice, language)
        case .unreadable(let issue): return Message.dossierUnreadable(issue).text(language)
        case .tooLarge(let file, let bytes, let limit): return Message.dossierTooLarge(file: file, bytes: bytes, limit: limit).text(language)
        case .io(let issue), .folder(let issue): return Message.fileIssue(issue).text(language)
        case .wouldNotReadBack(let file): return Message.wouldNotReadBack(file: file).text(language)
        case .readOnly: return nl ? "alleen-lezen: niets opgeslagen" : "read-only: nothing saved"
        }
    }
}

extension StoreError {
    /// The failure in words. A conflict says what to do next as `conflict` says: in an open form
    /// or step dialog of the interface (`.saveAgain`) press Ctrl-S again; outside one (`.doAgain`)
    /// make the change again; on the command line (`.runAgain`) give the command again; by
    /// default (`.interface`) both of the interface's.
    public func message(_ language: Language, conflict: ConflictAdvice = .interface) -> String {
        Message.storeErrorText(self, language, conflict: conflict)
    }
}
