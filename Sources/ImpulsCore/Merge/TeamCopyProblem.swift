/// Why a sync kept this laptop's copy of a file rather than the one a colleague's commit brought:
/// the team's copy would have stopped the folder (or the team) from working, or lost work.
public enum TeamCopyProblem: String, CaseIterable, Sendable {
    /// The file cannot be read (malformed, truncated, conflict markers, a link).
    case unreadable
    /// Written by a newer impuls than this one.
    case newerFormat = "newer-format"
    /// Deleted (impuls never deletes a dossier).
    case removed
    /// Entries of the history were taken out (impuls's history only grows).
    case historyRemoved = "history-removed"
    /// A folder file (`impuls.json`, `.gitattributes`, `.gitignore`) that would stop the folder
    /// from loading, from merging dossiers by meaning, or from sharing them.
    case folderFile = "folder-file"
}

extension Notice {
    /// The notice a dossier gets when a sync kept its copy: deterministic, so every laptop that
    /// meets the same bad commit raises the same notice (and merges them into one).
    public static func teamCopyKept(path: String, problem: TeamCopyProblem, commit: String, by author: String, at: Timestamp) -> Notice {
        Notice(id: StableHash.hex(["team-copy-kept", path, commit, problem.rawValue]), at: at, kind: .teamCopyKept, subject: .dossier,
               kept: problem.rawValue, lost: commit, by: author.isEmpty ? nil : author)
    }

    /// For a `teamCopyKept` notice: what was wrong with the team's copy.
    public var teamCopyProblem: TeamCopyProblem? { kind == .teamCopyKept ? kept.flatMap(TeamCopyProblem.init(rawValue:)) : nil }
}
