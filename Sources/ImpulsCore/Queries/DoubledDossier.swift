/// A municipality with a dossier in more than one of the folders read together (a team lead's
/// folders). The rule `status` and the interface both follow: nothing is merged and every copy
/// counts in the figures (`StatusReport.make` takes each copy, and lists the municipality among
/// its duplicates); the interface shows the first folder's copy, marks the municipality, and says
/// which folders hold it and what differs between the copies.
public struct DoubledDossier: Sendable, Equatable {
    public struct Copy: Sendable, Equatable {
        public let folder: String
        public let dossier: Dossier

        public init(folder: String, dossier: Dossier) {
            self.folder = folder
            self.dossier = dossier
        }
    }

    /// What differs between the copies, each with the copies' values in the folders' order.
    public enum Difference: Sendable, Equatable {
        case adviser([String])
        case sessions([Int])
        case applications([Int])
        case openFollowUps([Int])
        case contacts([Int])
        case notes
        /// Something else (a record changed, the history): the copies are not the same.
        case other
    }

    /// Every copy, in the order the folders were given; the first is the one shown.
    public let copies: [Copy]

    public init(copies: [Copy]) { self.copies = copies }

    public var folders: [String] { copies.map(\.folder) }

    /// What differs, most telling first; empty when the copies are the same dossier.
    public var differences: [Difference] {
        let all = copies.map(\.dossier)
        guard let first = all.first, all.contains(where: { $0 != first }) else { return [] }
        var found: [Difference] = []
        func differ<T: Equatable>(_ value: (Dossier) -> T) -> Bool { all.contains { value($0) != value(first) } }
        if differ(\.adviser) { found.append(.adviser(all.map(\.adviser))) }
        if differ({ Set($0.sessions) }) { found.append(.sessions(all.map(\.sessions.count))) }
        if differ({ Set($0.applications) }) { found.append(.applications(all.map(\.applications.count))) }
        if differ({ $0.openFollowUps.count }) { found.append(.openFollowUps(all.map(\.openFollowUps.count))) }
        if differ({ Set($0.contacts) }) { found.append(.contacts(all.map(\.contacts.count))) }
        if differ(\.notes) { found.append(.notes) }
        if found.isEmpty { found.append(.other) }
        return found
    }

    /// Of dossiers read from several folders (`(folder, dossier)` in the folders' order): the one
    /// shown per municipality (the first folder's), and the municipalities found more than once.
    public static func combine(_ read: [(folder: String, dossier: Dossier)]) -> (shown: [MunicipalityCode: Dossier], doubled: [MunicipalityCode: DoubledDossier]) {
        var shown: [MunicipalityCode: Dossier] = [:], copies: [MunicipalityCode: [Copy]] = [:]
        for (folder, dossier) in read {
            if shown[dossier.code] == nil { shown[dossier.code] = dossier }
            copies[dossier.code, default: []].append(Copy(folder: folder, dossier: dossier))
        }
        return (shown, copies.filter { $0.value.count > 1 }.mapValues(DoubledDossier.init))
    }
}
