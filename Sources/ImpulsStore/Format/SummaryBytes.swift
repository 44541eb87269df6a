/// Little-endian numbers and length-prefixed texts, for the data folder's summary: a file only
/// impuls reads, so no JSON is parsed for it.
struct SummaryWriter {
    private(set) var bytes: [UInt8] = []

    mutating func raw(_ data: [UInt8]) { bytes += data }

    mutating func u64(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    mutating func i64(_ value: Int64) { u64(UInt64(bitPattern: value)) }
    mutating func int(_ value: Int) { i64(Int64(value)) }
    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func text(_ value: String) {
        let utf8 = Array(value.utf8)
        int(utf8.count)
        bytes += utf8
    }
}

/// Reads what `SummaryWriter` wrote; anything out of place (too short, a flag that is not 0 or 1,
/// a length beyond the end) throws, and the summary is then not used.
struct SummaryReader {
    struct Damaged: Error {}

    private let bytes: [UInt8]
    private var offset = 0
    var atEnd: Bool { offset == bytes.count }

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func raw(_ count: Int) throws(Damaged) -> ArraySlice<UInt8> {
        guard count >= 0, count <= bytes.count - offset else { throw Damaged() }
        defer { offset += count }
        return bytes[offset..<offset + count]
    }

    mutating func u64() throws(Damaged) -> UInt64 {
        var value: UInt64 = 0
        for (i, byte) in try raw(8).enumerated() { value |= UInt64(byte) << UInt64(8 * i) }
        return value
    }

    mutating func i64() throws(Damaged) -> Int64 { Int64(bitPattern: try u64()) }

    mutating func int() throws(Damaged) -> Int {
        let value = try i64()
        guard let int = Int(exactly: value) else { throw Damaged() }
        return int
    }

    /// A count of items that each take at least `least` bytes: never more than the rest can hold.
    mutating func count(least: Int) throws(Damaged) -> Int {
        let n = try int()
        guard n >= 0, n <= (bytes.count - offset) / max(least, 1) else { throw Damaged() }
        return n
    }

    mutating func bool() throws(Damaged) -> Bool {
        switch try raw(1).first {
        case 0: return false
        case 1: return true
        default: throw Damaged()
        }
    }

    mutating func text() throws(Damaged) -> String {
        let utf8 = try raw(try count(least: 1))
        guard let text = String(validating: utf8, as: UTF8.self) else { throw Damaged() }
        return text
    }
}
