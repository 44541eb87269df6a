import ArgumentParser
import ImpulsCore
import ImpulsStore

/// `impuls import`: reads an export, validates all of it first, then writes it; says what changed.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Import an export file: all of it is checked before anything is written.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "A file written by 'impuls export --format json'.") var file: String

    func run() throws {
        let workspace = try Workspace(global)
        let language = workspace.language
        let path = FileIO.expandHome(file)
        let bytes: [UInt8]
        do { bytes = try FileIO.read(path) } catch { throw CommandFailure.usage(Message.fileIssue(FileIssue(file: path, problem: .unreadable("\(error)"))).text(language)) }
        func issue(_ offset: Int, _ keyPath: String?, _ problem: DataProblem) -> CommandFailure {
            let p = TextPosition(offset: offset, in: bytes)
            return CommandFailure.usage(Message.fileIssue(FileIssue(file: path, line: p.line, column: p.column, keyPath: keyPath, problem: problem)).text(language))
        }
        var incoming: [Dossier] = []
        do {
            let root = try JSONParser.parse(bytes)
            let reader = try JSONObjectReader(root, path: "")
            try reader.rejectUnknownKeys(["format", "version", "exported", "dossiers"])
            guard try reader.string("format") == "impuls-export" else { throw issue(root.offset, "format", .invalid(expected: .oneOf(["impuls-export"]), found: try reader.string("format"))) }
            let version = try reader.int("version")
            if version > 1 { throw issue(root.offset, "version", .futureVersion(found: version, supported: 1)) }
            var seen = Set<MunicipalityCode>()
            for element in try reader.array("dossiers") {
                let dossier: Dossier
                do { dossier = try DossierFormat.decode(node: element.node) } catch {
                    throw JSONShapeError(path: element.path + "." + error.path, offset: error.offset, problem: error.problem)
                }
                guard seen.insert(dossier.code).inserted else { throw issue(element.node.offset, element.path, .duplicateKey(dossier.code.rawValue)) }
                incoming.append(dossier)
            }
        } catch let error as JSONSyntaxError {
            throw CommandFailure.usage(Message.fileIssue(FileIssue(file: path, bytes: bytes, syntax: error)).text(language))
        } catch let error as JSONShapeError {
            throw CommandFailure.usage(Message.fileIssue(FileIssue(file: path, bytes: bytes, shape: error)).text(language))
        }
        // Every target must be readable before anything is written.
        var plan: [(Dossier, Revision?, added: Bool)] = []
        for dossier in incoming {
            switch workspace.folder.load(dossier.code) {
            case .failure(let problem): throw CommandFailure.usage(Message.dossierUnreadable(problem).text(language))
            case .success(let existing?):
                if existing.dossier != dossier { plan.append((dossier, existing.revision, false)) }
            case .success(nil): plan.append((dossier, nil, true))
            }
        }
        for (dossier, revision, _) in plan {
            do { try workspace.folder.save(dossier, expected: revision) } catch { throw CommandFailure.usage(error.message(language)) }
        }
        let added = plan.filter(\.added).map { ReferenceData.shared.municipality($0.0.code)?.name ?? $0.0.code.rawValue }
        let changed = plan.filter { !$0.added }.map { ReferenceData.shared.municipality($0.0.code)?.name ?? $0.0.code.rawValue }
        let nl = language == .nl
        Output.write((nl ? "toegevoegd" : "added") + " (\(added.count)): " + added.joined(separator: ", ") + "\n"
                     + (nl ? "gewijzigd" : "changed") + " (\(changed.count)): " + changed.joined(separator: ", ") + "\n"
                     + (nl ? "ongewijzigd" : "unchanged") + ": \(incoming.count - plan.count)\n")
    }
}
