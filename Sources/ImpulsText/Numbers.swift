import ImpulsCore

/// How each language writes numbers: Dutch `€ 9.500,00` and `25,9`, English `€9,500.00` and `25.9`.
struct NumberStyle {
    let thousands: String
    let decimal: String
    let euro: String

    static let nl = NumberStyle(thousands: ".", decimal: ",", euro: "€ ")
    static let en = NumberStyle(thousands: ",", decimal: ".", euro: "€")

    static func of(_ language: Language) -> NumberStyle {
        switch language {
        case .nl: .nl
        case .en: .en
        }
    }
}

extension Cents {
    /// `€ 9.500,00` (nl) or `€9,500.00` (en).
    public func formatted(_ language: Language, withCents: Bool = true) -> String {
        let style = NumberStyle.of(language)
        let negative = value < 0
        let magnitude = negative ? -value : value
        let euros = String(magnitude / 100)
        var grouped = ""
        for (offset, digit) in euros.enumerated() {
            if offset > 0, (euros.count - offset) % 3 == 0 { grouped += style.thousands }
            grouped.append(digit)
        }
        let centsText = String(magnitude % 100)
        let fraction = withCents ? style.decimal + (centsText.count == 1 ? "0" + centsText : centsText) : ""
        return style.euro + (negative ? "-" : "") + grouped + fraction
    }

    /// Whole euros when there are no cents (`€ 9.500`), else with cents (`€ 9.500,50`): exact and short.
    public func formattedExact(_ language: Language) -> String { formatted(language, withCents: value % 100 != 0) }
}

extension Message {
    /// A number given in tenths, with one decimal: 259 → `25,9` (nl), `25.9` (en).
    public static func tenths(_ tenths: Int) -> Message {
        func written(_ style: NumberStyle) -> String { "\(tenths / 10)" + style.decimal + "\(tenths % 10)" }
        return Message(nl: written(.nl), en: written(.en))
    }
}
