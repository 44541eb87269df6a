import Testing
import ImpulsCore
@testable import ImpulsStore

@Suite struct JSONTests {
    func parse(_ text: String) throws(JSONSyntaxError) -> JSONNode { try JSONParser.parse(Array(text.utf8)) }

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
