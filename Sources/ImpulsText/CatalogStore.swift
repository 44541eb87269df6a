import ImpulsCore

/// What a failed write says to the user.
extension Message {
    /// The failure in words; a conflict says what to do next as `advice` says.
    public static func storeError(_ error: StoreError, conflict advice: ConflictAdvice = .interface) -> Message {
        switch error {
        case .conflict(let file): return conflict(file: file, advice: advice)
        case .unreadable(let issue): return dossierUnreadable(issue)
        case .tooLarge(let file, let bytes, let limit): return dossierTooLarge(file: file, bytes: bytes, limit: limit)
        case .io(let issue), .folder(let issue): return fileIssue(issue)
        case .wouldNotReadBack(let file): return wouldNotReadBack(file: file)
        case .readOnly: return Message(nl: "alleen-lezen: niets opgeslagen", en: "read-only: nothing saved")
        }
    }
}

extension StoreError {
    /// The failure in words. A conflict says what to do next as `conflict` says: in an open form
    /// or step dialog of the interface (`.saveAgain`) press Ctrl-S again; outside one (`.doAgain`)
    /// make the change again; on the command line (`.runAgain`) give the command again; by
    /// default (`.interface`) both of the interface's.
    public func message(_ language: Language, conflict: ConflictAdvice = .interface) -> String {
        Message.storeError(self, conflict: conflict).text(language)
    }
}
