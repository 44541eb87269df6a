import ImpulsCore

/// A cell of a CSV file impuls writes (`status`, `export`, `agenda`, `municipalities`, `regions`):
/// `;` between cells and a decimal comma, what a spreadsheet with Dutch settings expects. The one
/// place a cell is made, so every CSV follows the same rules: text is spreadsheet-safe and quoted
/// as RFC 4180 says, numbers are plain numbers (a negative one too, never neutralised).
public enum CSVCell {
    /// A cell of text: a `'` before a start that a spreadsheet would read as a formula
    /// (`neutralisingFormula`: `=`, `+`, `-`, `@`, tab, carriage return), control characters
    /// escaped (a line break or a tab stays), quoted when it holds a separator, a quote or a
    /// line break.
    public static func text(_ field: String) -> String {
        let text = field.neutralisingFormula.escapingControlCharacters(keepingLinesAndTabs: true)
        guard text.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "," }) else { return text }
        return "\"" + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }

    /// A whole number, as it is: `42`, `-3`.
    public static func number(_ n: Int) -> String { String(n) }

    /// An amount in euros with a decimal comma: `9500,00`, `-12,50`.
    public static func amount(_ cents: Cents) -> String {
        cents.plainDecimal.split(separator: ".", omittingEmptySubsequences: false).joined(separator: ",")
    }

    /// Tenths (of a percent) with a decimal comma: `12,5`.
    public static func tenths(_ value: Int) -> String {
        (value < 0 ? "-" : "") + "\(abs(value) / 10),\(abs(value) % 10)"
    }
}
