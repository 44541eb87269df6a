import ImpulsCore

/// Git's merge-driver contract for dossier files, on bytes: the three versions in, the merged file
/// out. Used by `impuls merge-driver` (which git calls) and by sync's repair of a merge git left
/// unfinished, so both merge exactly alike.
public enum MergeDriver {
    /// The merged file. `base` is nil (or empty) when both sides added the file. Refused — git then
    /// sees a conflict and sync stops — when a version cannot be read, or is newer than this impuls.
    public static func merge(base: [UInt8]?, ours: [UInt8], theirs: [UInt8], path: String) throws(FileIssue) -> [UInt8] {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard name.hasSuffix(".json"), let code = MunicipalityCode(String(name.dropLast(5))),
              ReferenceData.shared.municipality(code) != nil else {
            throw FileIssue(file: path, problem: .invalid(expected: .knownMunicipalityCode, found: name.escapingControlCharacters))
        }
        var baseDossier: Dossier?
        if let base, !base.isEmpty { baseDossier = try DossierFormat.decode(base, fileCode: code, file: path + " (base)") }
        let oursDossier = try DossierFormat.decode(ours, fileCode: code, file: path + " (ours)")
        let theirsDossier = try DossierFormat.decode(theirs, fileCode: code, file: path + " (theirs)")
        return DossierFormat.encode(DossierMerge.merge(base: baseDossier, ours: oursDossier, theirs: theirsDossier))
    }
}
