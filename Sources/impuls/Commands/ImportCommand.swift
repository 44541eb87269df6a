import ArgumentParser
import ImpulsCore
import ImpulsStore

/// `impuls import`: reads an export, validates all of it as a save would, merges each dossier with
/// what the folder has (the merge `sync` uses: nothing either side recorded is lost), then writes
/// every changed dossier as one (all or nothing, even across a crash); says what changed.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import an export file, merged with what the folder has; checked first, written all or nothing.",
        discussion: "Records and history entries are matched by id; a field changed on both sides since they parted goes to the later change, with a notice. Importing the same file twice changes nothing.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "A file written by 'impuls export --format json'.") var file: String
    @Flag(help: "Say per dossier what would be added, changed and kept; write nothing.") var dryRun = false
    @Flag(help: "Replace each dossier with the export's copy instead of merging (what goes is listed first).") var replace = false

    func run() throws {
        let workspace = try Workspace(global)
        let language = workspace.language
        let path = try GlobalOptions.userPath(file)
        Progress.step(Message.progress(.readingExport, language))
        let bytes: [UInt8]
        do { bytes = try FileIO.read(path, limit: 1 << 30) } catch { throw CommandFailure.usage(Message.fileIssue(FileIO.issue(for: error, file: path)).text(language)) }
        let incoming = try ExportFile.decode(bytes, file: path, language: language)
        // Every target must be readable, and every incoming dossier must keep the scheme's rules,
        // before anything is written.
        var plan: [(dossier: Dossier, expected: Revision?)] = []
        var added: [String] = [], changed: [String] = []
        var problems: [String] = []
        Progress.step(Message.progress(.mergingExport, language), total: incoming.count)
        for (index, dossier) in incoming.enumerated() {
            Progress.update(index, of: incoming.count)
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
            let name = ReferenceData.shared.municipality(dossier.code)?.name ?? dossier.code.rawValue
            let current = existing?.dossier ?? Dossier(code: dossier.code)
            let next: Dossier?
            if replace {
                let lost = current.importEffect(of: dossier, merged: dossier).kept
                if !lost.isEmpty { Output.warning(Message.importReplaces(name, lost.map(\.text)).text(language)) }
                next = current == dossier ? nil : dossier
            } else {
                next = current.importing(dossier, from: file, context: workspace.context)
            }
            guard let next else { continue }
            if dryRun {
                let effect = current.importEffect(of: dossier, merged: next)
                try Output.write(Message.importPlan(name, added: effect.added.count, changed: effect.changed.count, kept: effect.kept.count,
                                                    notices: effect.notices.count).text(language) + "\n")
            }
            plan.append((next, existing?.revision))
            if existing == nil { added.append(name) } else { changed.append(name) }
        }
        guard problems.isEmpty else {
            let nl = language == .nl
            throw CommandFailure.usage(problems.joined(separator: "\n") + "\n" + (nl ? "niets geïmporteerd" : "nothing imported"))
        }
        if dryRun {
            try Output.write(Message.importDryRun(changes: plan.count, unchanged: incoming.count - plan.count).text(language) + "\n")
            return
        }
        do {
            let saved = try workspace.folder.saveAll(plan, progress: Progress.report(Message.progress(.writingDossiers, language)))
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
