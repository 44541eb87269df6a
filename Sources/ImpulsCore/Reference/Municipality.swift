/// A CBS municipality code: `GM` and four digits. The only thing data file names are made from.
public struct MunicipalityCode: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: String

    /// Accepts `GM0080`, `gm0080` and `0080`; nil for anything else.
    public init?(_ text: String) {
        // The form every file name and reference line has, checked on the bytes.
        let bytes = text.utf8
        if bytes.count == 6, bytes.starts(with: "GM".utf8), bytes.dropFirst(2).allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
            rawValue = text
            return
        }
        var body = text.trimmingSpaces.uppercased()
        if body.hasPrefix("GM") { body.removeFirst(2) }
        guard body.count == 4, body.allSatisfy(\.isASCIIDigit) else { return nil }
        rawValue = "GM" + body
    }

    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A municipality of the reference data: one of the 342 of 2023, or a former one.
public struct Municipality: Hashable, Sendable {
    public let code: MunicipalityCode
    public let name: String
    public let province: String
    public let safetyRegionCode: String
    public let safetyRegion: String
    /// For a former municipality: the one it merged into, and when.
    public let mergedInto: MunicipalityCode?
    public let mergedOn: CalendarDay?
    /// Name folded for matching (see `Folding`).
    public let searchKey: String

    public var isFormer: Bool { mergedInto != nil }

    public init(code: MunicipalityCode, name: String, province: String, safetyRegionCode: String,
                safetyRegion: String, mergedInto: MunicipalityCode? = nil, mergedOn: CalendarDay? = nil) {
        self.code = code
        self.name = name
        self.province = province
        self.safetyRegionCode = safetyRegionCode
        self.safetyRegion = safetyRegion
        self.mergedInto = mergedInto
        self.mergedOn = mergedOn
        self.searchKey = Folding.fold(name + " " + code.rawValue)
    }
}
