import Testing
import ImpulsCore
@testable import ImpulsTerminal

@Suite struct BackgroundDetectionTests {
    @Test(arguments: [("15;0", Background.dark), ("0;15", .light), ("7;0", .dark), ("0;7", .light), ("15;default;0", .dark),
                      ("0;default;15", .light), ("12;8", .dark), ("0;11", .light)])
    func colorFGBG(value: String, background: Background) {
        #expect(BackgroundDetection.fromColorFGBG(value) == background)
    }

    @Test(arguments: ["", "default;default", "15", "15;x", "15;99", ";"])
    func colorFGBGThatSaysNothing(value: String) {
        #expect(BackgroundDetection.fromColorFGBG(value) == (value == "15" ? .light : nil))
    }

    @Test func colourQueryAnswers() {
        func reply(_ text: String) -> Background? { BackgroundDetection.fromColorReply(Array(text.utf8)) }
        #expect(reply("\u{1B}]11;rgb:ffff/ffff/ffff\u{1B}\\") == .light)
        #expect(reply("\u{1B}]11;rgb:0000/0000/0000\u{07}") == .dark)
        #expect(reply("\u{1B}]11;rgb:1e1e/1e1e/2e2e\u{1B}\\\u{1B}[?64;1;2c") == .dark)  // with the device attributes after it
        #expect(reply("\u{1B}]11;rgb:fd/f6/e3\u{07}") == .light)  // Solarized light, two digits a channel
        #expect(reply("\u{1B}]11;rgba:0000/2b2b/3636/ffff\u{07}") == .dark)  // Solarized dark, with alpha
        #expect(reply("\u{1B}[?64;1;2c") == nil)  // only the device attributes: no colour query support
        #expect(reply("\u{1B}]11;rgb:zz/00/00\u{07}") == nil)
        #expect(reply("\u{1B}]11;?\u{07}") == nil)
    }

    @Test func classifyByWhichTextReadsBetter() {
        #expect(BackgroundDetection.classify(red: 1, green: 1, blue: 1) == .light)
        #expect(BackgroundDetection.classify(red: 0.5, green: 0.5, blue: 0.5) == .light)
        #expect(BackgroundDetection.classify(red: 0.4, green: 0.4, blue: 0.4) == .dark)
        #expect(BackgroundDetection.classify(red: 0, green: 0, blue: 0.93) == .dark)
    }

    @Test func themeFromConfigWinsAndAutoReadsTheEnvironment() {
        func detect(_ theme: Theme, _ env: [String: String]) -> Background {
            BackgroundDetection.background(theme: theme, environment: { env[$0] }, query: false)
        }
        #expect(detect(.light, ["COLORFGBG": "15;0"]) == .light)
        #expect(detect(.dark, ["COLORFGBG": "0;15"]) == .dark)
        #expect(detect(.auto, ["COLORFGBG": "0;15"]) == .light)
        #expect(detect(.auto, ["TERM": "linux"]) == .dark)
        #expect(detect(.auto, ["TERM": "xterm-256color"]) == .unknown)
    }

    @Test func deviceAttributesEndTheWait() {
        #expect(BackgroundDetection.answeredDeviceAttributes(Array("\u{1B}]11;rgb:0/0/0\u{07}\u{1B}[?1;2c".utf8)))
        #expect(!BackgroundDetection.answeredDeviceAttributes(Array("\u{1B}]11;rgb:0/0/0\u{07}\u{1B}[?1;2".utf8)))
    }
}
