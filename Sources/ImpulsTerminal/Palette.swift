import ImpulsUI

/// The background the interface is drawn on, as far as it is known.
public enum Background: String, Sendable, Equatable, CaseIterable {
    case light, dark
    /// Nothing told us: only colours that read on white and on black alike.
    case unknown
}

/// How a cell's style is drawn: a colour index of the terminal (nil: its default foreground) and
/// the attributes. The faint attribute is never used: how faint it is nobody knows, so secondary
/// text gets a grey that is known to be readable instead.
public struct TerminalStyle: Equatable, Sendable {
    public var foreground: Int?
    public var bold = false
    public var reverse = false
    public var underline = false
}

/// Which terminal colour each of the interface's colours gets on a background, chosen so that
/// every text keeps a contrast of at least 4.5:1 (WCAG 2.1 for text) against that background in
/// xterm's default palette — the unit tests compute it. A colour that cannot be had at that
/// contrast with the terminal's colours is not used: the text keeps the default foreground, and
/// the text itself says what the colour would (colour is never the only sign).
///
/// With 256 colours only the colour cube and the grey ramp (16–255) are used: themes often redefine
/// 0–15, and many terminals draw bold text in 0–7 with the bright colour 8–15.
public struct Palette: Equatable, Sendable {
    /// For text that is not bold; nil (or missing): the default foreground.
    public var normal: [Color: Int]
    /// For bold text (a terminal may draw colours 0–7 bright when bold).
    public var bold: [Color: Int]
    /// For secondary (dim) text.
    public var dim: Int?

    /// The palette for `background` on a terminal with `colours` colours; nil when colours are
    /// not to be used (fewer than 8, or NO_COLOR).
    public static func choose(background: Background, colours: Int) -> Palette? {
        guard colours >= 8 else { return nil }
        let rich = colours >= 256
        switch (background, rich) {
        case (.light, true):
            let light: [Color: Int] = [.red: 160, .green: 28, .yellow: 94, .blue: 20, .magenta: 127, .cyan: 24, .gray: 242]
            return Palette(normal: light, bold: light, dim: 242)
        case (.dark, true):
            let dark: [Color: Int] = [.red: 203, .green: 71, .yellow: 178, .blue: 75, .magenta: 176, .cyan: 44, .gray: 245]
            return Palette(normal: dark, bold: dark, dim: 245)
        case (.unknown, true):
            // The few colours that keep 4.5:1 on white and on black; none is yellow or cyan.
            let either: [Color: Int] = [.red: 131, .green: 29, .blue: 63, .magenta: 163, .gray: 243]
            return Palette(normal: either, bold: either, dim: 243)
        case (.light, false):
            // Bold red and magenta would turn bright (9, 13) and too light.
            return Palette(normal: [.red: 1, .blue: 4, .magenta: 5], bold: [.blue: 4], dim: nil)
        case (.dark, false):
            if colours >= 16 {
                let dark: [Color: Int] = [.red: 9, .green: 2, .yellow: 3, .magenta: 13, .cyan: 6, .gray: 8]
                return Palette(normal: dark, bold: dark, dim: 8)
            }
            let dark: [Color: Int] = [.green: 2, .yellow: 3, .cyan: 6, .gray: 7]
            return Palette(normal: dark, bold: dark, dim: nil)
        case (.unknown, false):
            return Palette(normal: [:], bold: [:], dim: nil)
        }
    }

    /// Every colour index this palette uses.
    public var indices: [Int] {
        Array(Set(normal.values).union(bold.values).union(dim.map { [$0] } ?? [])).sorted()
    }

    /// How `style` is drawn. A reversed cell (the selection, the header and hint bars) is drawn in
    /// the default colours swapped, whatever colour was asked: a selected row is one style.
    public func resolve(_ style: Style) -> TerminalStyle {
        var drawn = TerminalStyle(foreground: nil, bold: style.bold, reverse: style.reverse, underline: style.underline)
        guard !style.reverse else { return drawn }
        if let color = style.color {
            drawn.foreground = style.bold ? bold[color] : normal[color]
        } else if style.dim {
            drawn.foreground = dim
        }
        return drawn
    }

    /// Without colours: attributes only (dim text is drawn plain).
    public static func monochrome(_ style: Style) -> TerminalStyle {
        TerminalStyle(foreground: nil, bold: style.bold, reverse: style.reverse, underline: style.underline)
    }
}
