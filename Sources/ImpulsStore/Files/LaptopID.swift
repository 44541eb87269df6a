import ImpulsCore

/// This data folder's laptop id: 16 random hex digits that every change made here records with the
/// adviser's name (see `Author`), so that undo tells this laptop's changes from a colleague's of the
/// same name. Kept in `.impuls-laptop/id` (a 0600 file in a 0700 folder) and never shared: that folder
/// holds its own `.gitignore` (`*`), so git leaves it out of a team's repository whatever the
/// repository's own ignore file says (a shared folder made before this file existed too).
extension DataFolder {
    /// The private folder the id lives in, in the data folder.
    public static let laptopFolder = ".impuls-laptop"

    /// The id, made on first use in a writable folder (under the folder's lock, so that two processes
    /// starting at once agree on it; an id that is not 16 hex digits is replaced). Once made it is
    /// only read, without the lock. A read-only folder only reads it: nil when none was made yet.
    public func laptopID() throws(StoreError) -> String? {
        let folder = path + "/" + DataFolder.laptopFolder
        if let id = readLaptopID(folder), readOnly || FileIO.exists(folder + "/.gitignore") { return id }
        if readOnly { return nil }
        do {
            return try withLock {
                try FileIO.makeDirectory(folder)
                if !FileIO.exists(folder + "/.gitignore") { try FileIO.writeAtomically(Array("*\n".utf8), to: folder + "/.gitignore") }
                if let id = readLaptopID(folder) { return id }
                let id = RecordID.make()
                try FileIO.writeAtomically(Array((id + "\n").utf8), to: folder + "/id")
                return id
            }
        } catch {
            throw .io(FileIO.issue(for: error, file: folder + "/id"))
        }
    }

    /// The id in `folder/id` when it is one (16 lowercase hex digits and a line end); nil otherwise.
    private func readLaptopID(_ folder: String) -> String? {
        guard let bytes = try? FileIO.read(folder + "/id", limit: 64, followLinks: false) else { return nil }
        let text = String(decoding: bytes, as: UTF8.self).trimmingSpaces
        let hex = text.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains($0) }
        return text.utf8.count == 16 && hex ? text : nil
    }
}
