import Testing
import ImpulsCore

/// The one rule every CSV text cell goes through (`neutralisingFormula`, OWASP's advice).
@Suite struct SpreadsheetSafetyTests {
    @Test(arguments: ["=", "+", "-", "@", "\t", "\r"])
    func aFormulaStartGetsAQuote(start: String) {
        for rest in ["", "1+1", #"HYPERLINK("http://x","klik")"#, "cmd|' /C calc'!A0", "\r\n=1"] {
            let text = start + rest
            #expect(text.neutralisingFormula == "'" + text, "\(text.debugDescription)")
        }
    }

    @Test func otherTextStaysAsItIs() {
        for text in ["", "Ameland", "'s-Hertogenbosch", " =1+1", "1-2", "a=b", "€ 9.500", "\n=1", "Ｗ", "12,50", "\u{FEFF}=1"] {
            #expect(text.neutralisingFormula == text, "\(text.debugDescription)")
        }
        // A text that looks like a negative number is still text: it is neutralised too (numbers
        // are written as numbers and never pass through the rule).
        #expect("-12".neutralisingFormula == "'-12")
    }
}
