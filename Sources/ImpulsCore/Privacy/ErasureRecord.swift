/// A team's record of one erasure, shared with the dossiers (`erasures.json`): what lets every
/// laptop find the erased text in its own files and history — work not yet shared included —
/// without the record holding the text. It keeps a salted SHA-256 digest of the folded text and
/// its length (and a cheap polynomial hash to scan with); a guess of the text can be confirmed
/// against it, nothing more.
public struct ErasureRecord: Sendable, Hashable {
    /// The request's id, as each dossier's history names it.
    public var id: String
    public var on: CalendarDay
    public var by: String
    /// 16 random bytes, hex.
    public var salt: String
    /// SHA-256 of the salt's bytes followed by the folded text's UTF-8, hex.
    public var digest: String
    /// The folded text's length in UTF-8 bytes.
    public var length: Int
    /// The folded text's polynomial hash (mod 2^61 − 1, base from the salt), for the scan.
    public var check: UInt64
    /// A purge (`privacy purge`) instead of a text: these dossiers lose every person in them
    /// (`Dossier.purgedOfPersons`), in every version; the text's fields are then empty.
    public var purge: Purge?

    /// Dossiers inactive since a day, purged of the people in them.
    public struct Purge: Sendable, Hashable {
        public var before: CalendarDay
        public var codes: [MunicipalityCode]
        public init(before: CalendarDay, codes: [MunicipalityCode]) {
            self.before = before
            self.codes = codes.sorted()
        }
    }

    public init(id: String, on: CalendarDay, by: String, salt: String, digest: String, length: Int, check: UInt64, purge: Purge? = nil) {
        self.id = id
        self.on = on
        self.by = by
        self.salt = salt
        self.digest = digest
        self.length = length
        self.check = check
        self.purge = purge
    }

    /// The record of a purge.
    public init(purging purge: Purge, id: String, on: CalendarDay, by: String) {
        self.init(id: id, on: on, by: by, salt: "", digest: "", length: 0, check: 0, purge: purge)
    }

    /// The record of erasing `text`.
    public init(erasing text: PersonalText, id: String, on: CalendarDay, by: String, salt: [UInt8]) {
        let needle = Array(text.folded.utf8)
        let saltHex = ErasureRecord.hex(salt)
        self.init(id: id, on: on, by: by, salt: saltHex, digest: SHA256.hex(salt + needle), length: needle.count,
                  check: ErasureRecord.polynomial(needle[...], base: ErasureRecord.base(salt)))
    }

    /// The erased text, when `bytes` (a file's, any format) mention it: found by its hash alone.
    public func find(in bytes: [UInt8]) -> PersonalText? { find(inFolded: ErasureRecord.folded(bytes)) }

    /// A file's bytes folded as texts are matched (`Folding`): what `find(inFolded:)` scans. Fold a
    /// file once when several records are looked for in it.
    public static func folded(_ bytes: [UInt8]) -> [UInt8] { Array(Folding.fold(String(decoding: bytes, as: UTF8.self)).utf8) }

    /// The same, in bytes `folded(_:)` made.
    public func find(inFolded folded: [UInt8]) -> PersonalText? {
        guard length > 0, folded.count >= length, let saltBytes = ErasureRecord.bytes(hex: salt) else { return nil }
        let base = ErasureRecord.base(saltBytes)
        // The base to the power length − 1: what the byte leaving the window weighed.
        var top: UInt64 = 1
        for _ in 1..<max(length, 1) { top = ErasureRecord.multiply(top, base) }
        var hash = ErasureRecord.polynomial(folded[0..<length], base: base)
        var start = 0
        while true {
            if hash == check, SHA256.hex(saltBytes + folded[start..<(start + length)]) == digest,
               let found = PersonalText(String(decoding: folded[start..<(start + length)], as: UTF8.self)) {
                return found
            }
            guard start + length < folded.count else { return nil }
            let leaving = ErasureRecord.multiply(UInt64(folded[start]), top)
            hash = ErasureRecord.add(ErasureRecord.multiply(ErasureRecord.subtract(hash, leaving), base), UInt64(folded[start + length]))
            start += 1
        }
    }

    // MARK: arithmetic mod 2^61 − 1

    static let prime: UInt64 = (1 << 61) - 1

    static func base(_ salt: [UInt8]) -> UInt64 {
        let d = SHA256.digest(salt)
        var value: UInt64 = 0
        for byte in d.prefix(8) { value = value << 8 | UInt64(byte) }
        return value % (prime - 2) + 2
    }

    static func polynomial(_ bytes: ArraySlice<UInt8>, base: UInt64) -> UInt64 {
        bytes.reduce(0) { add(multiply($0, base), UInt64($1)) }
    }

    static func multiply(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let (high, low) = a.multipliedFullWidth(by: b)
        // high·2^64 + low ≡ high·8 + (low >> 61) + (low & p)  (mod 2^61 − 1)
        return reduce(reduce(high << 3 | low >> 61) &+ (low & prime))
    }

    static func add(_ a: UInt64, _ b: UInt64) -> UInt64 { reduce(a &+ b) }
    static func subtract(_ a: UInt64, _ b: UInt64) -> UInt64 { a >= b ? a - b : a &+ prime &- b }
    static func reduce(_ x: UInt64) -> UInt64 {
        var v = (x & prime) &+ (x >> 61)
        if v >= prime { v -= prime }
        return v
    }

    static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { $0 < 16 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
    }

    static func bytes(hex: String) -> [UInt8]? {
        let digits = Array(hex.utf8)
        guard digits.count % 2 == 0 else { return nil }
        var out: [UInt8] = []
        for i in stride(from: 0, to: digits.count, by: 2) {
            guard let byte = UInt8(String(decoding: digits[i..<(i + 2)], as: UTF8.self), radix: 16) else { return nil }
            out.append(byte)
        }
        return out
    }
}
