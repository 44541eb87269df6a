import ArgumentParser
import ImpulsCore
import ImpulsStore

/// `impuls import`: reads an export, validates all of it as a save would, then writes every
/// changed dossier as one (all or nothing, even across a crash); says what changed.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Import an export file: all of it is checked before anything is written, and it is written all or nothing.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "A file written by 'impuls export --format json'.") var file: String

    func run() throws {
        let workspace = try Workspace(global)
        let language = workspace.language
        let path = try GlobalOptions.userPath(file)
        let bytes: [UInt8]
        do { bytes = try FileIO.read(path, limit: 1 << 30) } catch { throw CommandFailure.usage(Message.fileIssue(FileIO.issue(for: error, file: path)).text(language)) }
        let incoming = try ExportFile.decode(bytes, file: path, language: language)
        // Every target must be readable, and every incoming dossier must keep the scheme's rules,
        // before anything is written.
        var plan: [(dossier: Dossier, expected: Revision?)] = []
        var added: [String] = [], changed: [String] = []
        var problems: [String] = []
        for (index, dossier) in incoming.enumerated() {
            let existing: StoredDossier?
            switch workspace.folder.load(dossier.code) {
            case .failure(let problem): throw CommandFailure.usage(Message.dossierUnreadable(problem).text(language))
            case .success(let stored): existing = stored
            }
            let findings = RuleAudit.findings(dossier, rules: workspace.config.rules)
                + RuleAudit.formerMunicipalityAdditions(dossier, existing: existing?.dossier)
            for finding in findings {
                let issue = FileIssue(file: path, bytes: bytes, keyPath: "dossiers[\(index)].\(finding.keyPath)", problem: .brokenRule(finding.reason))
                problems.append(Message.fileIssue(issue).text(language) + " — " + ExportFile.name(dossier.code.rawValue))
            }
            guard existing?.dossier != dossier else { continue }
            plan.append((dossier, existing?.revision))
            let name = ReferenceData.shared.municipality(dossier.code)?.name ?? dossier.code.rawValue
            if existing == nil { added.append(name) } else { changed.append(name) }
        }
        guard problems.isEmpty else {
            let nl = language == .nl
            throw CommandFailure.usage(problems.joined(separator: "\n") + "\n" + (nl ? "niets geïmporteerd" : "nothing imported"))
        }
        do {
            let saved = try workspace.folder.saveAll(plan)
            if let unconfirmed = saved.lazy.compactMap(\.unconfirmed).first {
                Output.warning(Message.savedUnconfirmed(detail: unconfirmed.description).text(language))
            }
        } catch {
            let failure = CommandFailure.store(error, language: language)
            throw CommandFailure(message: failure.message + " — " + (language == .nl ? "niets geïmporteerd" : "nothing imported"), status: failure.status)
        }
        let nl = language == .nl
        try Output.write((nl ? "toegevoegd" : "added") + " (\(added.count)): " + added.joined(separator: ", ") + "\n"
                         + (nl ? "gewijzigd" : "changed") + " (\(changed.count)): " + changed.joined(separator: ", ") + "\n"
                         + (nl ? "ongewijzigd" : "unchanged") + ": \(incoming.count - plan.count)\n")
    }
}

/// The export file format (`impuls export --format json`): read back by `import`.
enum ExportFile {
    /// `Leeuwarden (GM0080)`, or the code alone when it names no municipality.
    static func name(_ code: String) -> String {
        MunicipalityCode(code).flatMap { ReferenceData.shared.municipality($0) }.map { "\($0.name) (\(code))" } ?? code.escapingControlCharacters
    }

    static func decode(_ bytes: [UInt8], file path: String, language: Language) throws -> [Dossier] {
        func issue(_ offset: Int, _ keyPath: String?, _ problem: DataProblem) -> CommandFailure {
            let p = TextPosition(offset: offset, in: bytes)
            return CommandFailure.usage(Message.fileIssue(FileIssue(file: path, line: p.line, column: p.column, keyPath: keyPath, problem: problem)).text(language))
        }
        var incoming: [Dossier] = []
        do {
            let root = try JSONParser.parse(bytes, maximumValues: JSONParser.maximumExportValues)
            let reader = try JSONObjectReader(root, path: "")
            try reader.rejectUnknownKeys(["format", "version", "exported", "dossiers"])
            guard try reader.string("format") == "impuls-export" else { throw issue(root.offset, "format", .invalid(expected: .oneOf(["impuls-export"]), found: try reader.string("format"))) }
            let version = try reader.int("version")
            if version > 1 { throw issue(root.offset, "version", .futureVersion(found: version, supported: 1)) }
            var seen = Set<MunicipalityCode>()
            for element in try reader.array("dossiers") {
                let dossier: Dossier
                do { dossier = try DossierFormat.decode(node: element.node) } catch {
                    // Name the municipality the broken dossier is of, when it says.
                    let code = element.node["code"].flatMap { if case .string(let text) = $0.value { text } else { nil } }
                    let issue = FileIssue(file: path, bytes: bytes, shape: JSONShapeError(path: element.path + "." + error.path, offset: error.offset, problem: error.problem))
                    throw CommandFailure.usage(Message.fileIssue(issue).text(language) + (code.map { " — " + name($0) } ?? ""))
                }
                guard seen.insert(dossier.code).inserted else { throw issue(element.node.offset, element.path, .duplicateKey(dossier.code.rawValue)) }
                incoming.append(dossier)
            }
        } catch let error as JSONSyntaxError {
            throw CommandFailure.usage(Message.fileIssue(FileIssue(file: path, bytes: bytes, syntax: error)).text(language))
        } catch let error as JSONShapeError {
            throw CommandFailure.usage(Message.fileIssue(FileIssue(file: path, bytes: bytes, shape: error)).text(language))
        }
        return incoming
    }
}
