import ImpulsCore
import ImpulsText
import ImpulsStore

/// Several data folders read together, read-only: every dossier with the folder it came from.
struct CombinedCaseload {
    var dossiers: [(folder: String, dossier: Dossier)] = []
    var issues: [FileIssue] = []
    var unreadable: [MunicipalityCode: FileIssue] = [:]

    init(folders: [String], language: Language) throws {
        for path in folders {
            let folder: DataFolder
            do { folder = try DataFolder(path: path, readOnly: true) } catch { throw CommandFailure.usage(error.message(language)) }
            let contents = folder.loadAll(progress: Progress.report(Message.progress(.readingDossiers, language)))
            for (_, stored) in contents.dossiers.sorted(by: { $0.key < $1.key }) { dossiers.append((path, stored.dossier)) }
            issues += contents.issues
            unreadable.merge(contents.unreadable) { first, _ in first }
        }
    }

    /// Codes with a dossier in more than one folder, with those folders.
    var duplicates: [MunicipalityCode: [String]] {
        Dictionary(grouping: dossiers, by: \.dossier.code).filter { $0.value.count > 1 }.mapValues { $0.map(\.folder) }
    }
}
