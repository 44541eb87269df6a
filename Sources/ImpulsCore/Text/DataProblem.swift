/// What is wrong with a data or config file: its JSON syntax, the shape of a value, or the file.
/// Worded by the catalog (ImpulsText: `Message.dataProblem`) in the user's language.
public enum DataProblem: Sendable, Hashable, Error {
    // JSON syntax
    case unexpectedEnd
    case unexpectedCharacter(String)
    case invalidEscape
    case invalidNumber
    case invalidUTF8
    case duplicateKey(String)
    case trailingText
    case tooDeep
    case tooManyValues(limit: Int)
    case empty
    // the value at a key
    case wrongType(expected: Expectation, found: String)
    case missing
    case unknownKey
    case invalid(expected: Expectation, found: String)
    // the file as a whole
    case unreadable(String)
    /// The data folder's path names something that is not a folder (nor a link to one).
    case notADataFolder(String)
    /// The data folder's path is `/` or a system folder, or inside one: the folder as resolved.
    case systemFolder(String)
    /// The folder has no `impuls.json` but holds something a data folder does not (the first such
    /// name): impuls writes nothing into it.
    case foreignFolder(String)
    case notRegularFile
    /// The path given is a folder where a file was meant (`--output DIR`, `import DIR`).
    case isFolder
    /// The folder a file was to be written into does not exist (the path shown is that folder).
    case folderNotFound
    /// A file in the dossiers folder whose name is no dossier's (`GM0060.json`): left alone, not read.
    case strayFile
    /// A system call failed: which one, and the system's words for why.
    case systemCall(String, String)
    case permissionDenied
    case notFound
    case interruptedImport
    case tooLarge(bytes: Int, limit: Int)
    case codeMismatch(fileCode: String, contentCode: String)
    case futureVersion(found: Int, supported: Int)
    // the content, against the scheme's rules
    case brokenRule(Reason)

    /// What a value should have been.
    public enum Expectation: Sendable, Hashable {
        case string, integer, boolean, array, object
        case nonEmptyText
        case date
        case positiveAmount
        case nonNegativeAmount
        case positiveWholeNumber
        case municipalityCode
        case knownMunicipalityCode
        case oneOf([String])
        case knownRegion([String])
        case knownProvince
        case knownSafetyRegion
        case oneSelector
        case knownActionLine([String])
        case dateAfter(String)
        case wholeNumber(in: ClosedRange<Int>)
        case uniqueID
        case timestamp
        case emptyFolder
    }
}
