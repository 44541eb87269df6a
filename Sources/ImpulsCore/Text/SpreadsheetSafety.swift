/// CSV injection: Excel and LibreOffice read a cell that starts with `=`, `+`, `-` or `@` (and,
/// after trimming, a tab or a carriage return) as a formula — `=HYPERLINK("http://…","klik")` in
/// an application's title becomes a live link, `=cmd|…` worse. The one rule every CSV cell of
/// text goes through (OWASP's advice): such a cell gets a leading `'`, which a spreadsheet takes
/// as "this is text" and does not show. Numbers are written as numbers and never pass here, so
/// `-12,50` in an amount column stays a number.
extension String {
    /// The first characters that make a spreadsheet read a cell as a formula.
    public static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// The text as a spreadsheet should read it: with a `'` before it when it starts with one of
    /// `formulaStarts`, else unchanged.
    public var neutralisingFormula: String {
        guard let first = unicodeScalars.first, String.formulaStarts.contains(first) else { return self }
        return "'" + self
    }
}
