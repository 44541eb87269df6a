import ImpulsCore
import ImpulsText
import ImpulsStore

/// Several data folders read together, read-only: of every dossier what `load` keeps of it (the
/// dossier, or its figures), with the folder it came from.
struct CombinedCaseload<Value: Sendable> {
    var dossiers: [(folder: String, code: MunicipalityCode, value: Value)] = []
    var issues: [FileIssue] = []
    var unreadable: [MunicipalityCode: FileIssue] = [:]

    init(folders: [String], language: Language,
         load: (DataFolder, ProgressReport?) -> DataFolder.Loaded<Value>) throws {
        for path in folders {
            let folder: DataFolder
            do { folder = try DataFolder(path: path, readOnly: true) } catch { throw CommandFailure.usage(error.message(language)) }
            let contents = load(folder, Progress.report(Message.command(.readingDossiers, language)))
            for (code, value) in contents.dossiers.sorted(by: { $0.key < $1.key }) { dossiers.append((path, code, value)) }
            issues += contents.issues
            unreadable.merge(contents.unreadable) { first, _ in first }
        }
    }

    /// Codes with a dossier in more than one folder, with those folders.
    var duplicates: [MunicipalityCode: [String]] {
        Dictionary(grouping: dossiers, by: \.code).filter { $0.value.count > 1 }.mapValues { $0.map(\.folder) }
    }
}

extension CombinedCaseload where Value == Dossier {
    /// Every dossier whole.
    init(folders: [String], language: Language) throws {
        try self.init(folders: folders, language: language) { folder, progress in
            folder.loadAll(progress: progress).mapDossiers(\.dossier)
        }
    }
}
