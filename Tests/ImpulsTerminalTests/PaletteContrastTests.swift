import Testing
import ImpulsUI
@testable import ImpulsTerminal

/// Every text style the interface can ask for, drawn with the palette for each background, against
/// that background, in xterm's default colours: at least 4.5:1 (WCAG 2.1 for text).
@Suite struct PaletteContrastTests {
    /// xterm's default palette (XTerm-col.ad and the 256-colour cube and grey ramp of 256colres.h).
    static let xterm: [(Double, Double, Double)] = {
        let base: [(Int, Int, Int)] = [
            (0x00, 0x00, 0x00), (0xCD, 0x00, 0x00), (0x00, 0xCD, 0x00), (0xCD, 0xCD, 0x00),
            (0x00, 0x00, 0xEE), (0xCD, 0x00, 0xCD), (0x00, 0xCD, 0xCD), (0xE5, 0xE5, 0xE5),
            (0x7F, 0x7F, 0x7F), (0xFF, 0x00, 0x00), (0x00, 0xFF, 0x00), (0xFF, 0xFF, 0x00),
            (0x5C, 0x5C, 0xFF), (0xFF, 0x00, 0xFF), (0x00, 0xFF, 0xFF), (0xFF, 0xFF, 0xFF),
        ]
        let levels = [0x00, 0x5F, 0x87, 0xAF, 0xD7, 0xFF]
        var all = base
        for r in levels { for g in levels { for b in levels { all.append((r, g, b)) } } }
        for i in 0..<24 { all.append((8 + 10 * i, 8 + 10 * i, 8 + 10 * i)) }
        return all.map { (Double($0.0) / 255, Double($0.1) / 255, Double($0.2) / 255) }
    }()

    /// A terminal's default colours: xterm's own (black on white) and reversed (white on black).
    struct Scheme: CustomStringConvertible {
        let name: String
        let foreground: (Double, Double, Double)
        let background: (Double, Double, Double)
        var description: String { name }
    }
    static let white = Scheme(name: "black on white", foreground: (0, 0, 0), background: (1, 1, 1))
    static let black = Scheme(name: "white on black", foreground: (1, 1, 1), background: (0, 0, 0))

    static var allStyles: [Style] {
        var styles: [Style] = []
        for color in [nil] + Color.allCases.map(Optional.some) {
            for bits in 0..<16 {
                styles.append(Style(bold: bits & 1 != 0, reverse: bits & 2 != 0, underline: bits & 4 != 0, dim: bits & 8 != 0, color: color))
            }
        }
        return styles
    }

    func luminance(_ rgb: (Double, Double, Double)) -> Double { Contrast.luminance(red: rgb.0, green: rgb.1, blue: rgb.2) }

    /// The contrast of `style` as xterm draws it: bold text in colours 0–7 comes out in 8–15
    /// (its boldColors default), reverse swaps the two colours.
    func contrast(_ style: Style, _ palette: Palette?, on scheme: Scheme) -> Double {
        let drawn = palette?.resolve(style) ?? Palette.monochrome(style)
        var foreground = scheme.foreground
        if var index = drawn.foreground {
            if drawn.bold, index < 8 { index += 8 }
            foreground = PaletteContrastTests.xterm[index]
        }
        return Contrast.ratio(luminance(foreground), luminance(scheme.background))
    }

    @Test(arguments: [8, 16, 256])
    func everyStyleReadsOnTheBackgroundItWasChosenFor(colours: Int) {
        for (background, schemes) in [(Background.light, [PaletteContrastTests.white]), (.dark, [PaletteContrastTests.black]),
                                      (.unknown, [PaletteContrastTests.white, PaletteContrastTests.black])] {
            let palette = Palette.choose(background: background, colours: colours)
            for scheme in schemes {
                var lowest = 21.0
                for style in PaletteContrastTests.allStyles {
                    let ratio = contrast(style, palette, on: scheme)
                    lowest = min(lowest, ratio)
                    #expect(ratio >= 4.5, "\(colours) colours, \(background) palette, \(scheme): \(style) has \(ratio):1")
                }
                print("contrast: \(colours) colours, \(background) palette, \(scheme): lowest \((lowest * 100).rounded() / 100):1")
            }
        }
    }

    @Test func theStatusColoursOfTheIssueWereUnreadableAndAreNot() {
        // What the old mapping drew on white: grey (7) 1.3:1, yellow (3) 1.7:1, cyan (6) 2.0:1, green (2) 2.2:1.
        let old = [7, 3, 6, 2].map { Contrast.ratio(luminance(PaletteContrastTests.xterm[$0]), 1) }
        #expect(old.allSatisfy { $0 < 2.3 })
        let light = Palette.choose(background: .light, colours: 256)!
        for color in [Color.gray, .yellow, .cyan, .green] {
            #expect(contrast(Style(color: color), light, on: PaletteContrastTests.white) >= 4.5)
        }
        // Dark blue (4) on black was 2.2:1.
        #expect(contrast(Style(color: .blue), Palette.choose(background: .dark, colours: 256), on: PaletteContrastTests.black) >= 4.5)
    }

    @Test func colourIsKeptWhereItCanBeRead() {
        // With 256 colours on a known background every colour is shown (none falls back to plain).
        for background in [Background.light, .dark] {
            let palette = Palette.choose(background: background, colours: 256)!
            #expect(Set(palette.normal.keys) == Set(Color.allCases))
            #expect(palette.indices.allSatisfy { $0 >= 16 })
        }
        #expect(Palette.choose(background: .light, colours: 2) == nil)
    }

    @Test func aReversedCellIsOneStyleWhateverColourItAsks() {
        let palette = Palette.choose(background: .light, colours: 256)!
        let selected = Style(bold: true, reverse: true)
        for color in Color.allCases {
            #expect(palette.resolve(Style(bold: true, reverse: true, color: color)) == palette.resolve(selected))
        }
        #expect(palette.resolve(Style(dim: true)).foreground == 242)
        #expect(Palette.monochrome(Style(dim: true, color: .red)) == TerminalStyle(foreground: nil))
    }
}
