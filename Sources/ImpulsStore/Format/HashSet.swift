/// A set of 64-bit hashes, for telling whether an id was seen before while a file is read: open
/// addressing with linear probing (a `Set<UInt64>` would hash each hash again, for every id of
/// every file of a folder).
struct HashSet {
    private var slots: [UInt64] = []
    private var count = 0

    /// False when `hash` was inserted before.
    mutating func insert(_ hash: UInt64) -> Bool {
        let key = hash == 0 ? 1 : hash  // 0 marks an empty slot
        if (count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: key >> 32) & mask
        while slots[i] != 0 {
            if slots[i] == key { return false }
            i = (i + 1) & mask
        }
        slots[i] = key
        count += 1
        return true
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: max(64, old.count * 2))
        count = 0
        for key in old where key != 0 { _ = insert(key) }
    }

    /// A hash of `bytes`, eight at a time; nil when one is not plain ASCII (an id beyond ASCII is
    /// left to the careful reader, which compares ids as strings, where two byte sequences can be
    /// one text).
    static func hash(ascii bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var hash = UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15
        var high: UInt64 = 0
        var i = 0
        func mix(_ word: UInt64) {
            hash = (hash ^ word) &* 0xBF58_476D_1CE4_E5B9
            hash ^= hash >> 31
        }
        while i + 8 <= bytes.count {
            let word = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)
            high |= word
            mix(word)
            i += 8
        }
        if i < bytes.count {
            var word: UInt64 = 0
            for (shift, byte) in bytes[i...].enumerated() { word |= UInt64(byte) << (8 * UInt64(shift)) }
            high |= word
            mix(word)
        }
        guard high & 0x8080_8080_8080_8080 == 0 else { return nil }
        return hash &* 0x94D0_49BB_1331_11EB
    }
}
