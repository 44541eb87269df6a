/// Strict UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF), checked on
/// bytes. `String(validating:)` does the same but is generic and several times slower per string;
/// once this says yes, `String(decoding:)` makes the string without repairing anything.
enum UTF8Check {
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        func continuation(_ at: Int) -> Bool { at < n && bytes[at] & 0xC0 == 0x80 }
        while i < n {
            let lead = bytes[i]
            if lead < 0x80 { i += 1; continue }
            let second: ClosedRange<UInt8>
            let length: Int
            switch lead {
            case 0xC2...0xDF: (second, length) = (0x80...0xBF, 2)
            case 0xE0: (second, length) = (0xA0...0xBF, 3)
            case 0xE1...0xEC, 0xEE...0xEF: (second, length) = (0x80...0xBF, 3)
            case 0xED: (second, length) = (0x80...0x9F, 3)
            case 0xF0: (second, length) = (0x90...0xBF, 4)
            case 0xF1...0xF3: (second, length) = (0x80...0xBF, 4)
            case 0xF4: (second, length) = (0x80...0x8F, 4)
            default: return false
            }
            guard i + 1 < n, second.contains(bytes[i + 1]) else { return false }
            for k in 2..<length where !continuation(i + k) { return false }
            i += length
        }
        return true
    }

    /// The string of `bytes`, nil when they are not strict UTF-8.
    static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        isValid(bytes) ? String(decoding: bytes, as: UTF8.self) : nil
    }
}
