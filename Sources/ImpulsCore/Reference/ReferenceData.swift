/// The municipalities compiled into the program: the 342 of 1 January 2023 and the former ones
/// merged during or just before the scheme's window, each pointing to its successor.
public struct ReferenceData: Sendable {
    /// The 342 municipalities of 2023, in the source's alphabetical order.
    public let current: [Municipality]
    /// Weesp, Brielle, Hellevoetsluis and Westvoorne.
    public let former: [Municipality]
    public let referenceDate: String
    private let byCode: [MunicipalityCode: Municipality]

    /// The data, parsed once.
    public static let shared = ReferenceData()

    private init() {
        var current: [Municipality] = []
        var safetyRegionNames: [String: String] = [:]
        for f in ReferenceData.rows(ReferenceTable.municipalities2023) {
            current.append(Municipality(code: MunicipalityCode(f[0])!, name: f[1], province: f[2],
                                        safetyRegionCode: f[4], safetyRegion: f[5]))
            safetyRegionNames[f[4]] = f[5]
        }
        var former: [Municipality] = []
        for f in ReferenceData.rows(ReferenceTable.formerMunicipalities) {
            former.append(Municipality(code: MunicipalityCode(f[0])!, name: f[1], province: f[2],
                                       safetyRegionCode: f[3], safetyRegion: safetyRegionNames[f[3]] ?? f[3],
                                       mergedInto: MunicipalityCode(f[4]), mergedOn: CalendarDay(parsing: f[5])))
        }
        self.current = current
        self.former = former
        self.referenceDate = ReferenceTable.referenceDate
        var byCode: [MunicipalityCode: Municipality] = [:]
        for m in current + former { byCode[m.code] = m }
        self.byCode = byCode
    }

    /// A table's lines and tab-separated fields, split on the bytes (every command starts here:
    /// splitting by characters took a sixth of a whole `status`).
    private static func rows(_ table: String) -> [[String]] {
        table.utf8.split(separator: UInt8(ascii: "\n")).map { line in
            line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        }
    }

    public func municipality(_ code: MunicipalityCode) -> Municipality? { byCode[code] }

    /// All municipalities that may have a dossier: current and former.
    public var all: [Municipality] { current + former }

    /// The 12 provinces, in alphabetical order.
    public var provinces: [String] { Array(Set(current.map(\.province))).sorted { Folding.fold($0) < Folding.fold($1) } }

    /// Safety region codes (`VR01`…) with their names, by code.
    public var safetyRegions: [(code: String, name: String)] {
        var seen: [String: String] = [:]
        for m in current { seen[m.safetyRegionCode] = m.safetyRegion }
        return seen.sorted { $0.key < $1.key }.map { (code: $0.key, name: $0.value) }
    }

    /// Finds one municipality by code or by name: exact (ignoring case and accents) first, then a
    /// unique prefix. Former municipalities are found too.
    public func resolve(_ text: String) -> Resolution<Municipality> {
        if let code = MunicipalityCode(text), let m = byCode[code] { return .found(m) }
        return Resolution.resolve(text, among: all, key: { $0.name })
    }
}

/// The result of looking up a name the user typed.
public enum Resolution<Value: Sendable>: Sendable {
    case found(Value)
    case notFound
    case ambiguous([Value])

    /// Exact match ignoring case and accents, then a unique prefix.
    public static func resolve(_ text: String, among values: [Value], key: (Value) -> String) -> Resolution {
        let wanted = Folding.fold(text.trimmingSpaces)
        guard !wanted.isEmpty else { return .notFound }
        let exact = values.filter { Folding.fold(key($0)) == wanted }
        if exact.count == 1 { return .found(exact[0]) }
        if exact.count > 1 { return .ambiguous(exact) }
        let prefixed = values.filter { Folding.fold(key($0)).hasPrefix(wanted) }
        if prefixed.count == 1 { return .found(prefixed[0]) }
        return prefixed.isEmpty ? .notFound : .ambiguous(prefixed)
    }
}
