import Testing
import ImpulsCore
import ImpulsStore

/// Every CSV cell impuls writes is made by `CSVCell`: text that a spreadsheet would read as a
/// formula is neutralised, numbers — negative ones too — stay plain numbers.
@Suite struct CSVCellTests {
    @Test(arguments: ["=", "+", "-", "@", "\t", "\r"])
    func noTextCellStartsAFormula(start: String) {
        for rest in ["1+1", #"HYPERLINK("http://x","klik")"#, "cmd|' /C calc'!A0", "", "a;b"] {
            let cell = CSVCell.text(start + rest)
            let unquoted = cell.hasPrefix("\"") ? String(cell.dropFirst()) : cell
            #expect(unquoted.hasPrefix("'"), "\((start + rest).debugDescription) → \(cell.debugDescription)")
        }
        #expect(CSVCell.text("=HYPERLINK(\"http://x\",\"klik\")") == #""'=HYPERLINK(""http://x"",""klik"")""#)
        #expect(CSVCell.text("\r=1") == #"'\u{D}=1"#, "a carriage return is escaped after the quote is put before it")
        #expect(CSVCell.text("\t=1") == "'\t=1")
    }

    @Test func ordinaryTextIsAsItWasAndQuotedWhereNeeded() {
        #expect(CSVCell.text("Súdwest-Fryslân") == "Súdwest-Fryslân")
        #expect(CSVCell.text("'s-Hertogenbosch") == "'s-Hertogenbosch")
        #expect(CSVCell.text("a;b") == "\"a;b\"")
        #expect(CSVCell.text("regel\nregel") == "\"regel\nregel\"")
    }

    @Test func numbersStayNumbers() {
        #expect(CSVCell.number(-3) == "-3")
        #expect(CSVCell.number(42) == "42")
        #expect(CSVCell.amount(Cents(-1250)) == "-12,50")
        #expect(CSVCell.amount(Cents(950_000)) == "9500,00")
        #expect(CSVCell.amount(Cents(-5)) == "-0,05")
        #expect(CSVCell.tenths(125) == "12,5")
        #expect(CSVCell.tenths(-125) == "-12,5")
        #expect(CSVCell.tenths(-5) == "-0,5")
    }
}
