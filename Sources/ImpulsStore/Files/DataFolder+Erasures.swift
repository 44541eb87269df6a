import ImpulsCore

/// The folder's record of erasures (`erasures.json`, shared with the team in a shared folder).
extension DataFolder {
    public var erasuresPath: String { path + "/" + ErasureFile.path }

    /// The erasures recorded here (none when there is no file, or one this impuls cannot read).
    public func erasures() -> [ErasureRecord] {
        guard let bytes = try? FileIO.read(erasuresPath, limit: 1 << 22, followLinks: false) else { return [] }
        return ErasureFile.decode(bytes) ?? []
    }

    /// Adds `record`, under the folder's lock, and takes the folder's summary away.
    public func record(_ record: ErasureRecord) throws(StoreError) {
        do {
            _ = try withLock {
                try FileIO.writeAtomically(ErasureFile.encode(erasures() + [record]), to: erasuresPath)
            }
            // The summary names advisers: made anew from the scrubbed dossiers by the next reading.
            FolderSummary.remove(in: path)
        } catch let error as StoreError {
            throw error
        } catch {
            throw DataFolder.storeError(error, file: erasuresPath)
        }
    }

    /// Removes the kept form when what it holds mentions any of `texts` (it cannot be scrubbed
    /// field by field without knowing the form); true when it did.
    public func dropDraft(mentioning texts: [PersonalText]) -> Bool {
        guard let bytes = readDraft() else { return false }
        let text = String(decoding: bytes, as: UTF8.self)
        guard texts.contains(where: { $0.occurs(in: text) }) else { return false }
        try? FileIO.remove(draftPath)
        return true
    }

    /// An import's journal that opening the folder could not finish (a writable open finishes
    /// every other) with each mention of `texts` replaced; true when it held any.
    public func scrubJournal(of texts: [PersonalText]) throws(StoreError) -> Bool {
        let path = ImportJournal.path(in: self)
        guard let bytes = try? FileIO.read(path, limit: 1 << 26, followLinks: false) else { return false }
        var text = String(decoding: bytes, as: UTF8.self)
        var changed = false
        for personal in texts {
            if let replaced = personal.replacing(in: text) { text = replaced; changed = true }
        }
        guard changed else { return false }
        do { try FileIO.writeAtomically(Array(text.utf8), to: path) } catch { throw DataFolder.storeError(error, file: path) }
        return true
    }
}
