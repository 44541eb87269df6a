#if canImport(Glibc)
import Glibc
#endif
import ImpulsCore

/// Finds out whether the terminal's background is light or dark, where the terminal tells:
/// `COLORFGBG` (rxvt, Konsole and others set it), then the xterm colour query `OSC 11`, asked on the
/// terminal before the screen starts and given a short time to answer.
public enum BackgroundDetection {
    /// The background for the configured theme; for `auto`, what the terminal says (or `.unknown`).
    /// `query` is false where asking the terminal could do harm (the Linux console, a pipe).
    public static func background(theme: Theme, environment: (String) -> String?, query: Bool) -> Background {
        switch theme {
        case .light: return .light
        case .dark: return .dark
        case .auto:
            if let value = environment("COLORFGBG"), let found = fromColorFGBG(value) { return found }
            let term = environment("TERM") ?? ""
            if term == "linux" || term.hasPrefix("linux-") { return .dark }  // the console is black
            guard query, let reply = askTerminal(milliseconds: 250) else { return .unknown }
            return fromColorReply(reply) ?? .unknown
        }
    }

    /// `COLORFGBG` is `fg;bg` (or `fg;default;bg`) in colour numbers: 0–6 and 8 are dark
    /// backgrounds, 7 and 9–15 light ones (the rxvt convention vim and others follow).
    public static func fromColorFGBG(_ value: String) -> Background? {
        guard let last = value.split(separator: ";").last, let number = Int(last), (0...15).contains(number) else { return nil }
        return number <= 6 || number == 8 ? .dark : .light
    }

    /// The answer to `OSC 11 ; ?`: `ESC ] 11 ; rgb:RRRR/GGGG/BBBB` ended by BEL or `ESC \`, with one
    /// to four hex digits a channel (`rgba:` too). nil when it is not such an answer.
    public static func fromColorReply(_ bytes: [UInt8]) -> Background? {
        let marker = Array("]11;".utf8)
        guard bytes.count > marker.count,
              let start = (0...(bytes.count - marker.count)).first(where: { Array(bytes[$0..<($0 + marker.count)]) == marker }) else { return nil }
        var tail = bytes[(start + marker.count)...]
        if let end = tail.firstIndex(where: { $0 == 0x07 || $0 == 0x1B }) { tail = tail[..<end] }
        let body = Substring(String(decoding: tail, as: UTF8.self))
        let prefix = body.hasPrefix("rgba:") ? "rgba:" : body.hasPrefix("rgb:") ? "rgb:" : nil
        guard let prefix else { return nil }
        let channels = body.dropFirst(prefix.count).split(separator: "/")
        guard channels.count >= 3 else { return nil }
        var values: [Double] = []
        for channel in channels.prefix(3) {
            guard (1...4).contains(channel.count), let raw = Int(channel, radix: 16) else { return nil }
            values.append(Double(raw) / Double((1 << (4 * channel.count)) - 1))
        }
        return classify(red: values[0], green: values[1], blue: values[2])
    }

    /// Light when black text on it has more contrast than white text (relative luminance above
    /// about 0.18, WCAG's formula); channels from 0 to 1.
    public static func classify(red: Double, green: Double, blue: Double) -> Background {
        let luminance = Contrast.luminance(red: red, green: green, blue: blue)
        return Contrast.ratio(luminance, 0) > Contrast.ratio(luminance, 1) ? .light : .dark
    }

    /// Asks the terminal for its background colour, followed by a request every terminal answers
    /// (device attributes, `ESC [ c`), so that one that does not know the colour query is found out
    /// at once instead of at the timeout. Returns what came back, or nil.
    static func askTerminal(milliseconds: Int) -> [UInt8]? {
        let input = STDIN_FILENO, output = STDOUT_FILENO
        guard isatty(input) == 1, isatty(output) == 1 else { return nil }
        var saved = termios()
        guard tcgetattr(input, &saved) == 0 else { return nil }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 0
            cc[Int(VTIME)] = 0
        }
        guard tcsetattr(input, TCSANOW, &raw) == 0 else { return nil }
        defer { tcsetattr(input, TCSANOW, &saved) }
        let request = Array("\u{1B}]11;?\u{1B}\\\u{1B}[c".utf8)
        guard request.withUnsafeBytes({ write(output, $0.baseAddress, $0.count) }) == request.count else { return nil }
        var reply: [UInt8] = []
        var deadline = timespec()
        clock_gettime(CLOCK_MONOTONIC, &deadline)
        let end = Double(deadline.tv_sec) + Double(deadline.tv_nsec) / 1e9 + Double(milliseconds) / 1000
        while reply.count < 512 {
            var now = timespec()
            clock_gettime(CLOCK_MONOTONIC, &now)
            let left = end - (Double(now.tv_sec) + Double(now.tv_nsec) / 1e9)
            guard left > 0 else { break }
            var poller = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(max(1, left * 1000)))
            if ready < 0, errno == EINTR { continue }
            guard ready > 0 else { break }
            var buffer = [UInt8](repeating: 0, count: 256)
            let n = read(input, &buffer, buffer.count)
            guard n > 0 else { break }
            reply += buffer[0..<n]
            if answeredDeviceAttributes(reply) { break }
        }
        return reply.isEmpty ? nil : reply
    }

    /// Whether `bytes` hold the answer to `ESC [ c` (`ESC [ ? … c`), which comes after the colour.
    static func answeredDeviceAttributes(_ bytes: [UInt8]) -> Bool {
        guard let start = bytes.indices.first(where: { bytes[$0] == 0x1B && $0 + 2 < bytes.count && bytes[$0 + 1] == 0x5B && bytes[$0 + 2] == 0x3F }) else { return false }
        return bytes[(start + 3)...].contains(0x63)
    }
}

/// WCAG 2.1 relative luminance and contrast ratio.
public enum Contrast {
    /// Relative luminance of an sRGB colour, channels from 0 to 1.
    public static func luminance(red: Double, green: Double, blue: Double) -> Double {
        func linear(_ c: Double) -> Double { c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// The contrast ratio of two luminances, from 1 to 21.
    public static func ratio(_ a: Double, _ b: Double) -> Double {
        (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }
}
