import ImpulsCore

/// Makes a write of several dossiers all-or-nothing across a crash.
///
/// Before the first dossier is written, `.impuls-journal.json` records each dossier's new content
/// and the revision its file had; it is removed after the last. If the process dies in between,
/// the next writer finds the journal and finishes the writes (each dossier whose file is still at
/// the recorded revision gets its new content; one already written is left), then removes it.
/// A read-only open reports the journal as an interrupted import.
public enum ImportJournal {
    /// What opening a folder did with a journal it found.
    public struct Recovery: Sendable, Equatable {
        /// Dossiers written now to finish the interrupted import.
        public var finished: [MunicipalityCode] = []
        /// Dossiers changed by someone else since the import was interrupted: left as they are.
        public var skipped: [MunicipalityCode] = []
        /// The journal could not be read: it is left in place and named here.
        public var problem: FileIssue?
    }

    static func path(in folder: DataFolder) -> String { folder.path + "/.impuls-journal.json" }

    /// The interrupted import, as a problem to report, when a journal is present.
    static func pending(in folder: DataFolder) -> FileIssue? {
        let file = path(in: folder)
        return FileIO.kind(file) == .missing ? nil : FileIssue(file: file, problem: .interruptedImport)
    }

    /// Records the writes about to happen; returns a durability warning, like `writeAtomically`.
    static func begin(_ entries: [(MunicipalityCode, Revision?, [UInt8])], in folder: DataFolder) throws -> FileIssue? {
        let nodes: [JSONNode] = entries.map { code, before, bytes in
            .object([("code", .string(code.rawValue)), ("before", before.map { .string($0.text) } ?? .null),
                     ("after", .string(String(decoding: bytes, as: UTF8.self)))])
        }
        let journal = JSONWriter.write(.object([("format", .string("impuls-journal")), ("version", .int(1)), ("entries", .array(nodes))]))
        return try FileIO.writeAtomically(journal, to: path(in: folder))
    }

    /// Removes the journal once every write is done.
    static func finish(in folder: DataFolder) throws {
        try FileIO.remove(path(in: folder))
        try FileIO.syncDirectory(folder.path)
    }

    /// Finishes an interrupted write of several dossiers. Called with the folder's lock held.
    static func recover(in folder: DataFolder) -> Recovery? {
        let file = path(in: folder)
        guard FileIO.kind(file) != .missing else { return nil }
        var recovery = Recovery()
        let bytes: [UInt8]
        do { bytes = try FileIO.read(file, limit: 1 << 30, followLinks: false) } catch {
            recovery.problem = FileIO.issue(for: error, file: file)
            return recovery
        }
        var planned: [(MunicipalityCode, Revision?, [UInt8])] = []
        do {
            let root = try JSONParser.parse(bytes, file: file)
            let reader = try JSONObjectReader(root, path: "")
            guard try reader.string("format") == "impuls-journal", try reader.int("version") == 1 else {
                throw FileIssue(file: file, problem: .invalid(expected: .oneOf(["impuls-journal"]), found: "?"))
            }
            for e in try reader.array("entries") {
                let entry = try JSONObjectReader(e.node, path: e.path)
                let codeText = try entry.string("code")
                guard let code = MunicipalityCode(codeText), ReferenceData.shared.municipality(code) != nil else {
                    throw JSONShapeError(path: entry.childPath("code"), offset: e.node.offset, problem: .invalid(expected: .knownMunicipalityCode, found: codeText))
                }
                let before = try entry.optionalString("before").flatMap(Revision.init(text:))
                planned.append((code, before, Array(try entry.string("after").utf8)))
            }
        } catch let error as JSONShapeError {
            recovery.problem = FileIssue(file: file, bytes: bytes, shape: error)
            return recovery
        } catch let issue as FileIssue {
            recovery.problem = issue
            return recovery
        } catch {
            recovery.problem = FileIssue(file: file, problem: .unreadable("\(error)"))
            return recovery
        }
        for (code, before, after) in planned {
            let target = folder.file(for: code)
            let current = (try? folder.readDossierFile(target)) ?? nil
            let currentRevision = current.map(Revision.init(of:))
            if currentRevision == Revision(of: after) { continue }
            // A hand-edited journal must not write a file that cannot be read back.
            guard (try? DossierFormat.decode(after, fileCode: code, file: target)) != nil else {
                recovery.problem = FileIssue(file: file, problem: .unreadable(code.rawValue))
                return recovery
            }
            guard currentRevision == before else {
                recovery.skipped.append(code)
                continue
            }
            do {
                try FileIO.writeAtomically(after, to: target)
                recovery.finished.append(code)
            } catch {
                recovery.problem = FileIO.issue(for: error, file: target)
                return recovery
            }
        }
        do { try finish(in: folder) } catch { recovery.problem = FileIO.issue(for: error, file: file) }
        return recovery
    }
}
