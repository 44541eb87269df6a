import ImpulsCore
import ImpulsText

/// Text made safe to put in an HTML (and XML) document: in element content and in quoted
/// attribute values alike.
public enum HTML {
    /// `&`, `<`, `>`, `"` and `'` as references; control characters (which neither HTML nor XML
    /// allows) as U+FFFD. Tabs and line ends stay.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let v = scalar.value
                if v < 0x20 || (0x7F...0x9F).contains(v) || v == 0xFFFE || v == 0xFFFF {
                    out.unicodeScalars.append("\u{FFFD}")
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// An element: `<name a="v">content</name>`; `content` is markup already, attribute values are
    /// escaped here.
    static func element(_ name: String, _ attributes: [(String, String)] = [], _ content: String) -> String {
        "<\(name)\(attributeList(attributes))>\(content)</\(name)>"
    }

    /// An element without content, written so that an XML parser reads it too: `<name a="v"/>`.
    static func empty(_ name: String, _ attributes: [(String, String)] = []) -> String {
        "<\(name)\(attributeList(attributes))/>"
    }

    /// An element holding only text, escaped here.
    static func text(_ name: String, _ attributes: [(String, String)] = [], _ text: String) -> String {
        element(name, attributes, escape(text))
    }

    private static func attributeList(_ attributes: [(String, String)]) -> String {
        attributes.map { " \($0.0)=\"\(escape($0.1))\"" }.joined()
    }
}
