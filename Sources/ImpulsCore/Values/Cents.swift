/// An amount of money in euro cents. Never a floating-point number.
public struct Cents: Hashable, Comparable, Sendable {
    public let value: Int64

    public init(_ value: Int64) { self.value = value }
    public init(euros: Int64) { self.value = euros * 100 }

    public static let zero = Cents(0)

    public static func < (lhs: Cents, rhs: Cents) -> Bool { lhs.value < rhs.value }
    /// Sums and multiples stop at the ends of Int64 instead of trapping: totals add up amounts read
    /// from files, and no number of hand-made dossiers may take a report down.
    public static func + (lhs: Cents, rhs: Cents) -> Cents {
        let (sum, overflow) = lhs.value.addingReportingOverflow(rhs.value)
        return Cents(overflow ? (rhs.value > 0 ? .max : .min) : sum)
    }
    public static func * (lhs: Cents, rhs: Int) -> Cents {
        let (product, overflow) = lhs.value.multipliedReportingOverflow(by: Int64(rhs))
        return Cents(overflow ? ((lhs.value > 0) == (rhs > 0) ? .max : .min) : product)
    }

    /// This amount as a part of `whole` counted in `units` (1000: per mille), rounded down; 0 when
    /// either is not positive. Exact for any totals (the product is taken at double width).
    public func parts(of whole: Cents, per units: Int) -> Int {
        guard value > 0, whole.value > 0, units > 0 else { return 0 }
        if value / whole.value >= Int64.max / Int64(units) { return Int(Int64.max) }
        let product = value.multipliedFullWidth(by: Int64(units))
        return Int(whole.value.dividingFullWidth(product).quotient)
    }

    /// Parses what people type: `9500`, `9.500`, `9500,00`, `9.500,50`, `€ 9.500`, `9500.50`, and
    /// the English forms impuls prints in English, `9,500`, `9,500.50`, `€9,500`.
    /// A comma is the decimal separator and dots group thousands; without a comma, a single dot
    /// followed by one or two digits is read as a decimal point. A comma before the last dot, or
    /// commas that only ever stand before three digits, group thousands the English way. Nil when it
    /// is not an amount.
    public init?(parsing text: String) {
        var body = text.trimmingSpaces
        if body.hasPrefix("€") { body = String(body.dropFirst()).trimmingSpaces }
        if body.hasPrefix("EUR") { body = String(body.dropFirst(3)).trimmingSpaces }
        guard !body.isEmpty, !body.hasPrefix("-") else { return nil }
        if let comma = body.lastIndex(of: ",") {
            let englishDecimal = body.lastIndex(of: ".").map { $0 > comma } ?? false
            let parts = Array(body).split(separator: ",", omittingEmptySubsequences: false)
            let groupsOfThree = !body.contains(".") && parts.dropFirst().allSatisfy { $0.count == 3 }
            if englishDecimal || groupsOfThree {
                // Written the English way: swap the two, and read it as Dutch.
                body = String(body.map { $0 == "," ? "." : $0 == "." ? "," : $0 })
            }
        }
        var whole = body
        var fraction = ""
        if let comma = body.firstIndex(of: ",") {
            whole = String(body[..<comma])
            fraction = String(body[body.index(after: comma)...])
        } else if let dot = body.lastIndex(of: "."),
                  body.filter({ $0 == "." }).count == 1,
                  (1...2).contains(body.distance(from: body.index(after: dot), to: body.endIndex)) {
            whole = String(body[..<dot])
            fraction = String(body[body.index(after: dot)...])
        }
        let groups = whole.split(separator: ".", omittingEmptySubsequences: false)
        guard let firstGroup = groups.first, !firstGroup.isEmpty, firstGroup.count <= 15,
              groups.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              groups.dropFirst().allSatisfy({ $0.count == 3 }),
              groups.count == 1 || firstGroup.count <= 3,
              fraction.count <= 2, fraction.allSatisfy(\.isASCIIDigit),
              !(body.contains(",") && fraction.isEmpty) else { return nil }
        let digits = groups.joined()
        guard digits.count <= 15, let euros = Int64(digits) else { return nil }
        let cents = fraction.isEmpty ? 0 : Int64(fraction.count == 1 ? fraction + "0" : fraction)!
        self.value = euros * 100 + cents
    }

    /// `9500.00`: plain, for machine-readable output.
    public var plainDecimal: String {
        let negative = value < 0
        let magnitude = negative ? -value : value
        let centsText = String(magnitude % 100)
        return (negative ? "-" : "") + String(magnitude / 100) + "." + (centsText.count == 1 ? "0" + centsText : centsText)
    }
}
