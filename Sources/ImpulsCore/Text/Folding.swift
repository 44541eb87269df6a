/// Text folded for matching: lower case, without diacritics or apostrophes, hyphens as spaces,
/// so that `sudwest` finds Súdwest-Fryslân and `hertogenbosch` finds 's-Hertogenbosch.
public enum Folding {
    public static func fold(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                switch scalar {
                case "A"..."Z": result.unicodeScalars.append(Unicode.Scalar(scalar.value + 32)!)
                case "'", "`": continue
                case "-", "_", "\t": result.unicodeScalars.append(" ")
                default: result.unicodeScalars.append(scalar)
                }
            } else {
                result += foldNonASCII(scalar)
            }
        }
        return result
    }

    /// Whether every word of `query` occurs in `folded` (which is already folded).
    public static func matches(query foldedQuery: String, in folded: String) -> Bool {
        if foldedQuery.isEmpty { return true }
        for word in foldedQuery.split(separator: " ") where !folded.contains(word) { return false }
        return true
    }

    private static func foldNonASCII(_ scalar: Unicode.Scalar) -> String {
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark: return ""
        default: break
        }
        switch scalar {
        case "\u{2018}", "\u{2019}", "\u{02BC}": return ""
        case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{00A0}": return " "
        case "ß": return "ss"
        case "æ", "Æ": return "ae"
        case "œ", "Œ": return "oe"
        case "ĳ", "Ĳ": return "ij"
        default: break
        }
        if let name = properties.name,
           name.hasPrefix("LATIN ") {
            // "LATIN SMALL LETTER U WITH ACUTE" → "u"
            let words = name.split(separator: " ")
            if words.count >= 4, words[2] == "LETTER", words[3].count == 1 {
                return words[3].lowercased()
            }
        }
        return String(scalar).lowercased()
    }
}
