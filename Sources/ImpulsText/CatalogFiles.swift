import ImpulsCore

/// What is wrong with a data or config file, in words: its JSON, a value, or the file itself.
extension Message {
    public static func dataProblem(_ problem: DataProblem) -> Message {
        switch problem {
        case .unexpectedEnd: return Message(nl: "de tekst houdt onverwacht op (onvolledige JSON)", en: "the text ends too early (incomplete JSON)")
        case .unexpectedCharacter(let found):
            // A line break or another control character is named, not printed (it would break the line).
            let c = found.escapingControlCharacters
            return Message(nl: "onverwacht teken '\(c)' (geen geldige JSON)", en: "unexpected character '\(c)' (not valid JSON)")
        case .invalidEscape: return Message(nl: "ongeldige escape in een tekst", en: "invalid escape in a string")
        case .invalidNumber: return Message(nl: "ongeldig getal", en: "invalid number")
        case .invalidUTF8: return Message(nl: "tekst is geen geldige UTF-8", en: "text is not valid UTF-8")
        case .duplicateKey(let found):
            let key = found.escapingControlCharacters
            return Message(nl: "'\(key)' komt twee keer voor", en: "'\(key)' appears twice")
        case .trailingText: return Message(nl: "tekst na het einde van de JSON", en: "text after the end of the JSON")
        case .tooDeep: return Message(nl: "te diep genest", en: "nested too deeply")
        case .tooManyValues(let limit):
            return Message(nl: "te veel waarden (hoogstens \(limit) in één bestand)", en: "too many values (at most \(limit) in one file)")
        case .empty: return Message(nl: "het bestand is leeg", en: "the file is empty")
        case .wrongType(let expected, let found):
            let what = expectation(expected)
            return Message(nl: "verwacht \(what.nl), gevonden: \(typeName(found).nl)", en: "expected \(what.en), found \(typeName(found).en)")
        case .missing: return Message(nl: "ontbreekt", en: "is missing")
        case .unknownKey: return Message(nl: "onbekende sleutel (tikfout?)", en: "unknown key (a typo?)")
        case .invalid(let expected, let found):
            let what = expectation(expected)
            return Message(nl: "verwacht \(what.nl), gevonden: '\(found)'", en: "expected \(what.en), found '\(found)'")
        case .unreadable(let detail): return Message(nl: "niet te lezen (\(detail))", en: "cannot be read (\(detail))")
        case .notADataFolder(let path):
            return Message(nl: "niet te lezen (de gegevensmap \(path) is geen map)", en: "cannot be read (the data folder \(path) is not a folder)")
        case .systemFolder(let resolved):
            let folder = resolved.escapingControlCharacters
            return Message(nl: "\(folder) is de hoofdmap of een systeemmap, nooit een gegevensmap; niets gemaakt of geschreven — kies een map in je thuismap (zoals ~/impuls)",
                           en: "\(folder) is the root or a system folder, never a data folder; nothing made or written — choose a folder in your home (such as ~/impuls)")
        case .foreignFolder(let entry):
            let name = entry.escapingControlCharacters
            return Message(nl: "deze map bevat al andere dingen (zoals ‘\(name)’) en geen impuls.json: het is geen gegevensmap, dus schrijft impuls er niets in — kies een nieuwe of lege map",
                           en: "this folder already holds other things (such as ‘\(name)’) and no impuls.json: it is not a data folder, so impuls writes nothing into it — choose a new or empty folder")
        case .notRegularFile:
            return Message(nl: "geen gewoon bestand (een pipe, apparaat of koppeling); niet gelezen en niet overschreven",
                           en: "not a regular file (a pipe, device or link); not read and not replaced")
        case .isFolder:
            return Message(nl: "is een map, geen bestand; impuls leest of vervangt geen map — geef de naam van een bestand in die map",
                           en: "is a folder, not a file; impuls neither reads nor replaces a folder — give the name of a file in it")
        case .folderNotFound:
            return Message(nl: "map bestaat niet; niets geschreven — maak de map eerst (mkdir -p) of kies een andere",
                           en: "folder does not exist; nothing written — make the folder first (mkdir -p) or choose another")
        case .strayFile:
            return Message(nl: "geen dossier (de naam is geen bestaande CBS-gemeentecode met .json, zoals GM0060.json); genegeerd: niet gelezen en niet meegeteld",
                           en: "not a dossier (its name is not an existing CBS municipality code with .json, such as GM0060.json); ignored: not read and not counted")
        case .systemCall(let operation, let detail): return Message(nl: "\(operation) mislukt: \(detail)", en: "\(operation) failed: \(detail)")
        case .permissionDenied: return Message(nl: "geen toegang (permission denied)", en: "permission denied")
        case .notFound: return Message(nl: "bestaat niet", en: "does not exist")
        case .brokenRule(let rule): return reason(rule)
        case .interruptedImport:
            return Message(nl: "een import is onderbroken; de volgende wijziging (of impuls zonder --read-only) maakt hem af",
                           en: "an import was interrupted; the next change (or impuls without --read-only) completes it")
        case .tooLarge(let bytes, let limit):
            return Message(nl: "te groot (\(bytes / 1024) KiB; hoogstens \(limit / 1024) KiB)", en: "too large (\(bytes / 1024) KiB; at most \(limit / 1024) KiB)")
        case .codeMismatch(let fileCode, let contentCode):
            return Message(nl: "de bestandsnaam hoort bij \(fileCode) maar de inhoud bij \(contentCode)",
                           en: "the file name says \(fileCode) but its content says \(contentCode)")
        case .futureVersion(let found, let supported):
            return Message(nl: "formaatversie \(found) is nieuwer dan deze impuls kent (\(supported)); werk impuls bij",
                           en: "format version \(found) is newer than this impuls knows (\(supported)); update impuls")
        }
    }

    /// A JSON value's kind as the parser names it (`"number"`), in words: "een getal", "a number".
    static func typeName(_ kind: String) -> Message {
        switch kind {
        case "null": return Message(nl: "null", en: "a null")
        case "boolean": return Message(nl: "een waar/onwaar-waarde", en: "a boolean")
        case "number": return Message(nl: "een getal", en: "a number")
        case "string": return Message(nl: "een tekst", en: "a string")
        case "array": return Message(nl: "een lijst", en: "an array")
        case "object": return Message(nl: "een object", en: "an object")
        default: return Message(nl: "een object", en: "a \(kind)")
        }
    }

    /// What a value should have been.
    public static func expectation(_ expectation: DataProblem.Expectation) -> Message {
        switch expectation {
        case .string: return Message(nl: "een tekst", en: "a string")
        case .integer: return Message(nl: "een geheel getal", en: "a whole number")
        case .boolean: return Message(nl: "true of false", en: "true or false")
        case .array: return Message(nl: "een lijst", en: "an array")
        case .object: return Message(nl: "een object", en: "an object")
        case .nonEmptyText: return Message(nl: "een niet-lege waarde", en: "a non-empty value")
        case .date: return Message(nl: "een bestaande datum JJJJ-MM-DD", en: "a real date YYYY-MM-DD")
        case .positiveAmount: return Message(nl: "een bedrag groter dan 0", en: "an amount above 0")
        case .nonNegativeAmount: return Message(nl: "een bedrag van 0 of meer", en: "an amount of 0 or more")
        case .positiveWholeNumber: return Message(nl: "een geheel getal groter dan 0", en: "a whole number above 0")
        case .municipalityCode: return Message(nl: "een gemeentecode GM0000", en: "a municipality code GM0000")
        case .knownMunicipalityCode: return Message(nl: "een bestaande CBS-gemeentecode (GM0000)", en: "an existing CBS municipality code (GM0000)")
        case .oneOf(let options): return Message(nl: "een van: ", en: "one of: ") + options.joined(separator: ", ")
        case .knownRegion(let names):
            return Message(nl: "een regio uit regionDefinitions: ", en: "a region from regionDefinitions: ") + names.joined(separator: ", ")
        case .knownProvince: return Message(nl: "een provincie: ", en: "a province: ") + ReferenceData.shared.provinces.joined(separator: ", ")
        case .knownSafetyRegion: return Message(nl: "een veiligheidsregio (VR01–VR25 of de naam)", en: "a safety region (VR01–VR25 or its name)")
        case .oneSelector:
            return Message(nl: "precies één van provinces, safetyRegions of municipalities", en: "exactly one of provinces, safetyRegions or municipalities")
        case .knownActionLine(let ids): return Message(nl: "een actielijn: ", en: "an action line: ") + ids.joined(separator: ", ")
        case .dateAfter(let day): return Message(nl: "een datum na \(day)", en: "a date after \(day)")
        case .wholeNumber(let range):
            return Message(nl: "een geheel getal van \(range.lowerBound) tot en met \(range.upperBound)",
                           en: "a whole number from \(range.lowerBound) to \(range.upperBound)")
        case .emptyFolder: return Message(nl: "een map die nog niet bestaat of leeg is", en: "a folder that does not exist yet or is empty")
        case .timestamp: return Message(nl: "een tijdstip JJJJ-MM-DDTuu:mm:ss.mmmZ", en: "a moment YYYY-MM-DDThh:mm:ss.mmmZ")
        case .uniqueID: return Message(nl: "een id dat in dit dossier nog niet voorkomt", en: "an id not used elsewhere in this dossier")
        }
    }
}
