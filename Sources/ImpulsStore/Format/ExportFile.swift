import ImpulsCore

/// The export file (`impuls export --format json`), which `impuls import` reads back: every dossier
/// of a folder (or a region) in the dossier format, under a small header.
public enum ExportFile {
    public static let format = "impuls-export"
    public static let version = 1

    /// Why an export cannot be read: the problem with its place in the file, and the code of the
    /// dossier it is in when that dossier says.
    public struct Failure: Error, Sendable {
        public let issue: FileIssue
        public let dossierCode: String?
    }

    public static func encode(_ dossiers: [Dossier], exported: CalendarDay) -> [UInt8] {
        JSONWriter.write(.object([("format", .string(format)), ("version", .int(version)),
                                  ("exported", .day(exported)), ("dossiers", .array(dossiers.map(DossierFormat.node)))]))
    }

    /// Reads the export at `path` (at most 1 GiB) with `decode`.
    public static func read(_ path: String) throws(Failure) -> (dossiers: [Dossier], bytes: [UInt8]) {
        let bytes: [UInt8]
        do { bytes = try OutputFile.read(path, limit: 1 << 30) } catch { throw Failure(issue: error, dossierCode: nil) }
        return (try decode(bytes, file: path), bytes)
    }

    /// Every dossier of an export, each checked as a dossier file is; a code twice is refused.
    public static func decode(_ bytes: [UInt8], file path: String) throws(Failure) -> [Dossier] {
        func failure(_ offset: Int, _ keyPath: String?, _ problem: DataProblem) -> Failure {
            let p = TextPosition(offset: offset, in: bytes)
            return Failure(issue: FileIssue(file: path, line: p.line, column: p.column, keyPath: keyPath, problem: problem), dossierCode: nil)
        }
        var incoming: [Dossier] = []
        do {
            let root = try JSONParser.parse(bytes, maximumValues: JSONParser.maximumExportValues)
            let reader = try JSONObjectReader(root, path: "")
            try reader.rejectUnknownKeys(["format", "version", "exported", "dossiers"])
            let found = try reader.string("format")
            guard found == format else { throw failure(root.offset, "format", .invalid(expected: .oneOf([format]), found: found)) }
            let version = try reader.int("version")
            if version > ExportFile.version { throw failure(root.offset, "version", .futureVersion(found: version, supported: ExportFile.version)) }
            var seen = Set<MunicipalityCode>()
            for element in try reader.array("dossiers") {
                let dossier: Dossier
                do { dossier = try DossierFormat.decode(node: element.node) } catch {
                    let code = element.node["code"].flatMap { if case .string(let text) = $0.value { text } else { nil } }
                    let shape = JSONShapeError(path: element.path + "." + error.path, offset: error.offset, problem: error.problem)
                    throw Failure(issue: FileIssue(file: path, bytes: bytes, shape: shape), dossierCode: code)
                }
                guard seen.insert(dossier.code).inserted else { throw failure(element.node.offset, element.path, .duplicateKey(dossier.code.rawValue)) }
                incoming.append(dossier)
            }
        } catch let error as Failure {
            throw error
        } catch let error as JSONSyntaxError {
            throw Failure(issue: FileIssue(file: path, bytes: bytes, syntax: error), dossierCode: nil)
        } catch let error as JSONShapeError {
            throw Failure(issue: FileIssue(file: path, bytes: bytes, shape: error), dossierCode: nil)
        } catch {
            throw Failure(issue: FileIssue(file: path, problem: .unreadable("\(error)")), dossierCode: nil)
        }
        return incoming
    }
}
