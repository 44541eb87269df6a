/// Text folded for matching: lower case, without diacritics or apostrophes, hyphens as spaces,
/// so that `sudwest` finds Súdwest-Fryslân and `hertogenbosch` finds 's-Hertogenbosch.
public enum Folding {
    public static func fold(_ text: String) -> String {
        var text = text
        if let folded = text.withUTF8(foldASCII) { return folded }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                if let byte = fold(UInt8(truncatingIfNeeded: scalar.value)) { bytes.append(byte) }
            } else {
                bytes.append(contentsOf: foldNonASCII(scalar).utf8)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The folded text when it is all ASCII (most names and texts), written byte by byte: appending
    /// to a string scalar by scalar cost seven times as much, and every start folds all 346 names.
    private static func foldASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        return String(unsafeUninitializedCapacity: bytes.count) { folded in
            var count = 0
            for byte in bytes {
                guard let byte = fold(byte) else { continue }
                folded[count] = byte
                count += 1
            }
            return count
        }
    }

    /// An ASCII character folded: lower case, `-`, `_` and tab as a space; nil for `'` and `` ` ``.
    private static func fold(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return byte + 32
        case UInt8(ascii: "'"), UInt8(ascii: "`"): return nil
        case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "\t"): return UInt8(ascii: " ")
        default: return byte
        }
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
