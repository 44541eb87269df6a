import Testing
import ImpulsUI
@testable import ImpulsTerminal

/// Keys from the raw bytes a terminal sends, as `KeyDecoder` reads them after ncurses has passed
/// on what its terminfo entry does not know.
@Suite struct KeyDecoderTests {
    func keys(_ bytes: [UInt8]) -> [Key] { KeyDecoder.keys(bytes) }
    func keys(_ text: String) -> [Key] { KeyDecoder.keys(Array(text.utf8)) }

    @Test func endAsTmuxSendsItUnderXterm256colorIsEndNotEsc() {
        #expect(keys([0x1B, 0x5B, 0x34, 0x7E]) == [.end])  // ESC [ 4 ~
        #expect(keys([0x1B, 0x5B, 0x31, 0x7E]) == [.home])  // ESC [ 1 ~
    }

    @Test(arguments: [
        // xterm (normal and application cursor mode), tmux, rxvt, the Linux console, VT220
        ("\u{1B}[H", Key.home), ("\u{1B}[F", .end), ("\u{1B}OH", .home), ("\u{1B}OF", .end),
        ("\u{1B}[1~", .home), ("\u{1B}[4~", .end), ("\u{1B}[7~", .home), ("\u{1B}[8~", .end),
        ("\u{1B}[5~", .pageUp), ("\u{1B}[6~", .pageDown), ("\u{1B}[3~", .delete),
        ("\u{1B}[A", .up), ("\u{1B}[B", .down), ("\u{1B}[C", .right), ("\u{1B}[D", .left),
        ("\u{1B}OA", .up), ("\u{1B}OB", .down), ("\u{1B}OC", .right), ("\u{1B}OD", .left),
        ("\u{1B}[1;5C", .right), ("\u{1B}[1;2H", .home), ("\u{1B}[3;5~", .delete), ("\u{1B}[5^", .pageUp), ("\u{1B}[3$", .delete),
        ("\u{1B}OP", .function(1)), ("\u{1B}OQ", .function(2)), ("\u{1B}OR", .function(3)), ("\u{1B}OS", .function(4)),
        ("\u{1B}[11~", .function(1)), ("\u{1B}[12~", .function(2)), ("\u{1B}[13~", .function(3)), ("\u{1B}[14~", .function(4)),
        ("\u{1B}[15~", .function(5)), ("\u{1B}[17~", .function(6)), ("\u{1B}[18~", .function(7)), ("\u{1B}[19~", .function(8)),
        ("\u{1B}[20~", .function(9)), ("\u{1B}[21~", .function(10)), ("\u{1B}[23~", .function(11)), ("\u{1B}[24~", .function(12)),
        ("\u{1B}[[A", .function(1)), ("\u{1B}[[E", .function(5)), ("\u{1B}[Z", .backTab), ("\u{1B}OM", .enter),
    ])
    func knownSequences(sequence: String, key: Key) {
        #expect(keys(sequence) == [key], "\(Array(sequence.utf8))")
        // Followed by typing: the sequence takes exactly its own bytes.
        #expect(keys(sequence + "ab") == [key, .character("a"), .character("b")])
    }

    @Test(arguments: [
        "\u{1B}[2~",  // Insert
        "\u{1B}[200~", "\u{1B}[201~",  // bracketed paste markers
        "\u{1B}[25~", "\u{1B}[15;2~", "\u{1B}[1;5P", "\u{1B}O2P",  // F13, Shift-F5, Ctrl-F1 (xterm, old xterm)
        "\u{1B}[I", "\u{1B}[O",  // focus in, out
        "\u{1B}[?1;2c", "\u{1B}[<0;12;5M", "\u{1B}[M !!",  // device attributes, SGR and X10 mouse
        "\u{1B}[99x", "\u{1B}[1;2;3;4;5;6~",
        "\u{1B}]11;rgb:ffff/ffff/ffff\u{1B}\\", "\u{1B}]11;rgb:0000/0000/0000\u{07}",  // a late colour answer
        "\u{1B}[",  // cut short
    ])
    func unknownSequencesAreIgnoredNeverEsc(sequence: String) {
        #expect(keys(sequence).isEmpty, "\(Array(sequence.utf8))")
        #expect(keys(sequence + "x") == (sequence == "\u{1B}[" ? [] : [.character("x")]))
    }

    @Test func escapeAloneAndAlt() {
        #expect(keys([0x1B]) == [.escape])
        #expect(keys([0x1B, 0x1B]) == [.escape, .escape])
        #expect(keys("\u{1B}b") == [.alt("b")])
        #expect(keys("\u{1B}O") == [.alt("O")])
        #expect(keys("\u{1B}\r") == [.escape, .enter])
        #expect(keys("\u{1B}\u{1B}[4~") == [.escape, .end])
    }

    @Test func controlKeysAndText() {
        #expect(keys("\r\n\t\u{7F}\u{08}") == [.enter, .enter, .tab, .backspace, .backspace])
        #expect(keys([0x01, 0x13, 0x1A]) == [.control("a"), .control("s"), .control("z")])
        #expect(keys("Súdwest-Fryslân") == "Súdwest-Fryslân".map { .character($0) })
        #expect(keys([0x00, 0x1C, 0x1F]).isEmpty)
    }

    @Test func aKeyNcursesDecodedInsideASequenceIsReadAgain() {
        var units: [InputUnit] = [.scalar(0x5B), .keyCode(0o403)][...].reversed()
        let decoded = KeyDecoder.decode(27) { _ in units.popLast() }
        #expect(decoded.key == nil)
        #expect(decoded.unread == .keyCode(0o403))
        var afterEsc: [InputUnit] = [.keyCode(0o403)]
        let alt = KeyDecoder.decode(27) { _ in afterEsc.popLast() }
        #expect(alt == KeyDecoder.Decoded(key: .escape, unread: .keyCode(0o403)))
    }

    @Test func aSequenceNeverEndingIsCutOff() {
        let endless = [0x1B, 0x5B] + [UInt8](repeating: 0x31, count: 500) + Array("q".utf8)
        // The reader gives up after a bounded number of bytes; what follows is typed text again.
        let decoded = keys(endless)
        #expect(!decoded.contains(.escape))
        #expect(decoded.last == .character("q"))
    }
}
