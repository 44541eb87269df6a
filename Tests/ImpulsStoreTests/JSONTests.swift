import Testing
import ImpulsCore
@testable import ImpulsStore

@Suite struct JSONTests {
    func parse(_ text: String) throws(JSONSyntaxError) -> JSONNode { try JSONParser.parse(Array(text.utf8)) }

    /// Strings are scanned eight bytes a step: whatever falls where in a word (an escape, a quote,
    /// a control character, a non-ASCII letter, a broken UTF-8 byte) is read exactly as byte by byte.
    @Test func everyByteOfAStringCountsWhereverItFalls() throws {
        func string(_ bytes: [UInt8]) -> Result<String, JSONSyntaxError> {
            Result { () throws(JSONSyntaxError) in
                guard case .string(let text) = try JSONParser.parse([0x22] + bytes + [0x22]).value else { return "" }
                return text
            }
        }
        for length in 0...19 {
            for at in 0...length {
                let before = [UInt8](repeating: UInt8(ascii: "a"), count: at)
                let after = [UInt8](repeating: UInt8(ascii: "b"), count: length - at)
                let prefix = String(repeating: "a", count: at), suffix = String(repeating: "b", count: length - at)
                #expect(try string(before + Array(#"\""#.utf8) + after).get() == prefix + "\"" + suffix)
                #expect(try string(before + Array(#"\n"#.utf8) + after).get() == prefix + "\n" + suffix)
                #expect(try string(before + Array("é".utf8) + after).get() == prefix + "é" + suffix)
                #expect(try string(before + after).get() == prefix + suffix)
                guard case .failure = string(before + [0x09] + after) else { Issue.record("a tab at \(at) of \(length)"); continue }
                guard case .failure(let broken) = string(before + [0xFF] + after), case .invalidUTF8 = broken.problem else {
                    Issue.record("a broken byte at \(at) of \(length)"); continue
                }
                // An unterminated string ends the text wherever the end falls.
                guard case .failure = Result(catching: { () throws(JSONSyntaxError) in try JSONParser.parse([0x22] + before + after) }) else {
                    Issue.record("unterminated at \(length)"); continue
                }
            }
        }
    }

    /// Keys and the space between values are also read eight bytes a step when pulling: a key of
    /// any length, with a quote, an escape, a control character or a non-ASCII letter wherever it
    /// falls, and any run of spaces, read exactly as byte by byte.
    @Test func keysAndSpacesCountWhereverTheyFall() throws {
        /// The keys and values pulled from `text`, or the offset of the syntax error.
        func pulled(_ text: [UInt8]) -> Result<[String], JSONSyntaxError> {
            Result { () throws(JSONSyntaxError) in
                do {
                    return try JSONParser.pulling(text) { p in
                        var found: [String] = []
                        try p.pullObject { p, key in found += [key.text, try p.pullString()] }
                        try p.pullEnd()
                        return found
                    }
                } catch let error as JSONSyntaxError { throw error } catch { Issue.record("\(error)"); return [] }
            }
        }
        for length in 0...19 {
            for at in 0...length {
                let key = String(repeating: "k", count: at) + String(repeating: "y", count: length - at)
                #expect(try pulled(Array("{\"\(key)\":\"v\"}".utf8)).get() == [key, "v"])
                // A value read as bytes (days, ids) is the value read as a string, escapes and
                // non-ASCII letters included, wherever they fall.
                for inside in [#"\""#, #"\n"#, "é", ""] {
                    let value = Array(("\"" + String(repeating: "v", count: at) + inside + String(repeating: "w", count: length - at) + "\"").utf8)
                    let asString = try JSONParser.pulling(value) { p in try p.pullString() }
                    let asBytes = try JSONParser.pulling(value) { p in try p.pullStringBytes { Array($0) } }
                    #expect(asBytes == Array(asString.utf8), "\(inside) at \(at) of \(length)")
                }
                // A value passed over unchecked (a preview) ends where it ends, whatever it holds.
                for inside in [#"\""#, #"\\"#, "é", "{", "]", ","] {
                    let text = "\"" + String(repeating: "v", count: at) + inside + String(repeating: "w", count: length - at) + "\""
                    for value in [text, "[" + text + ", {\"k\": [" + text + "]}]", "null", "12.5e3"] {
                        let object = Array(("{\"a\": " + value + ", \"b\": 7}").utf8)
                        let seven = try JSONParser.pulling(object) { p in
                            var b = 0
                            try p.pullObject { p, key in if "a" ~= key { try p.skipUnchecked() } else { b = try p.pullInt() } }
                            return b
                        }
                        #expect(seven == 7, "\(value)")
                    }
                }
                for special in [#"\""#, "\t", "é", "\u{1}"] {
                    let broken = String(repeating: "k", count: at) + special + String(repeating: "y", count: length - at)
                    guard case .failure = pulled(Array("{\"\(broken)\":\"v\"}".utf8)) else { Issue.record("\(special) at \(at) of \(length)"); continue }
                }
                // Space of every length before and after a key, a colon and a value; a stray
                // letter after it is found where the tree parser finds it.
                let space = String(repeating: " ", count: at) + "\n" + String(repeating: " ", count: length - at)
                let text = "{" + space + "\"a\"" + space + ":" + space + "\"v\"" + space + "}" + space
                #expect(try pulled(Array(text.utf8)).get() == ["a", "v"], "space \(at), \(length)")
                let stray = Array(("{" + space + "\"a\"" + space + "x").utf8)
                guard case .failure(let pulledError) = pulled(stray),
                      case .failure(let treeError) = Result(catching: { () throws(JSONSyntaxError) in try JSONParser.parse(stray) }) else {
                    Issue.record("a stray letter after \(at), \(length) spaces"); continue
                }
                #expect(pulledError.offset == treeError.offset)
            }
        }
    }

    /// The parser's own UTF-8 check says exactly what the standard library's says, on every short
    /// sequence around the edges (overlong forms, surrogates, U+10FFFF) and on random bytes.
    @Test func checksUTF8AsTheStandardLibraryDoes() {
        func agree(_ bytes: [UInt8]) -> Bool {
            bytes.withUnsafeBufferPointer { UTF8Check.isValid($0) } == (String(validating: bytes, as: UTF8.self) != nil)
        }
        let edges: [UInt8] = [0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF]
        for a in edges { for b in edges { for c in [UInt8(0x80), 0xBF, 0x41] {
            for bytes in [[a], [a, b], [a, b, c], [a, b, c, 0x80], [a, b, c, 0xBF], [0x41, a, b, c, 0x80, 0x80]] where !agree(bytes) {
                Issue.record("disagree on \(bytes)")
            }
        } } }
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let bytes = (0..<Int.random(in: 0...12, using: &rng)).map { _ in UInt8.random(in: 0x70...0xFF, using: &rng) }
            if !agree(bytes) { Issue.record("disagree on \(bytes)") }
        }
    }

    @Test func roundTripsThroughTheWriter() throws {
        let text = """
        {
          "name": "Súdwest-Fryslân \\"quoted\\"\\n東京 👍",
          "list": [
            1,
            -2.5e3,
            true,
            null,
            {},
            []
          ]
        }

        """
        let node = try parse(text)
        #expect(String(decoding: JSONWriter.write(node), as: UTF8.self) == text)
    }

    /// Every byte that needs an escape gets the right one, wherever it stands in a text, and the
    /// parser reads back exactly the text written.
    @Test func writesEveryEscapeAndReadsItBack() throws {
        #expect(String(decoding: JSONWriter.write(.string("a\"b\\c\nd\re\tf\u{1}\u{7F}")), as: UTF8.self)
                == #""a\"b\\c\nd\re\tf\u0001\u007f""# + "\n")
        var rng = SeededGenerator(seed: 5)
        let pieces = ["", "a", "é", "東京", "👍", "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1F}", "\u{7F}", "plain text "]
        for round in 0..<2_000 {
            let text = (0..<Int.random(in: 0...8, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            let node = try parse(String(decoding: JSONWriter.write(.string(text)), as: UTF8.self))
            #expect((try? JSONObjectReader.string(node, path: "s")) == text, "round \(round): \(text.debugDescription)")
        }
    }

    /// Issue #25: no JSON impuls writes holds a control character, C1 (U+0080–U+009F, which a
    /// terminal may take as CSI and the like) included; the letters around them stay as they are.
    @Test func writesC1ControlsAsEscapesAndReadsThemBack() throws {
        let text = "a\u{85}b\u{9B}2J ¢\u{A0}\u{9F}"
        let written = String(decoding: JSONWriter.write(.string(text)), as: UTF8.self)
        #expect(written == #""a\u0085b\u009b2J ¢"# + "\u{A0}" + #"\u009f""# + "\n")
        #expect(!written.unicodeScalars.contains { (0x80...0x9F).contains($0.value) })
        #expect((try? JSONObjectReader.string(try parse(written), path: "s")) == text)
        var d = Dossier(code: MunicipalityCode("GM0080")!)
        d.notes = "notitie\u{9B}2J"
        #expect(try DossierFormat.decode(DossierFormat.encode(d), fileCode: d.code, file: "x") == d, "the dossier reads back the same")
    }

    @Test func decodesEscapes() throws {
        let node = try parse(#"{"a": "\u00e2\ud83d\udc4d\t\/"}"#)
        #expect(node["a"].map { try? JSONObjectReader.string($0, path: "a") } == "â👍\t/")
    }

    @Test(arguments: ["{", "[1,]", "{\"a\" 1}", "01", "1.", "\"\\x\"", "\"\u{01}\"", "tru", "{\"a\":1}x", "\"\\ud800\"", "-", "[" + String(repeating: "[", count: 300)])
    func rejectsInvalidText(text: String) {
        #expect(throws: JSONSyntaxError.self) { try parse(text) }
    }

    @Test func rejectsInvalidUTF8() {
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse([0x22, 0xFF, 0xFE, 0x22]) }
    }

    @Test func positionsCountLinesAndCharacters() {
        let bytes = Array("{\n  \"é\": x".utf8)
        do {
            _ = try JSONParser.parse(bytes)
            Issue.record("parsed")
        } catch {
            #expect(TextPosition(offset: error.offset, in: bytes) == TextPosition(line: 2, column: 8))
        }
    }
}
