import Testing
@testable import ImpulsCore

/// Issue #25: the one helper every output and the command line's check use.
@Suite struct ControlCharacterTests {
    @Test func escapesC0DelAndC1AndKeepsLinesAndTabsWhenAsked() {
        let text = "a\u{1B}[2J\tb\nc\r\u{7F}\u{85}\u{9B}\u{9F}\u{A0}¢é東"
        #expect(text.escapingControlCharacters == #"a\u{1B}[2J\u{9}b\u{A}c\u{D}\u{7F}\u{85}\u{9B}\u{9F}"# + "\u{A0}¢é東")
        #expect(text.escapingControlCharacters(keepingLinesAndTabs: true) == #"a\u{1B}[2J"# + "\tb\nc" + #"\u{D}\u{7F}\u{85}\u{9B}\u{9F}"# + "\u{A0}¢é東")
    }

    @Test func findsControlCharactersOnTheBytes() {
        for clean in ["", "plain", "¢\u{A0}é東👍", "line\nand\ttab"] {
            #expect(!clean.hasControlCharacters(keepingLinesAndTabs: true), "\(clean.debugDescription)")
        }
        for dirty in ["\u{1B}", "a\u{7}", "x\u{7F}", "x\u{80}", "é\u{9F}", "\r", "\u{0}"] {
            #expect(dirty.hasControlCharacters(keepingLinesAndTabs: true), "\(dirty.debugDescription)")
            #expect(dirty.hasControlCharacters(), "\(dirty.debugDescription)")
        }
        #expect("a\nb".hasControlCharacters() && "a\tb".hasControlCharacters())
    }

    @Test func namesTheFirstCharacterTypedTextMayNotHold() {
        #expect("line\nand\ttab".disallowedControlCharacter == nil)
        #expect("ok\u{9B}then\u{1B}".disallowedControlCharacter == #"\u{9B}"#)
        #expect("bel\r terug".disallowedControlCharacter == #"\u{D}"#)
    }
}
