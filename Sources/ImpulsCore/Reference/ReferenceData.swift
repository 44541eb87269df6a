/// The municipalities compiled into the program: the 342 of 1 January 2023 and the former ones
/// merged during or just before the scheme's window, each pointing to its successor.
public struct ReferenceData: Sendable {
    /// The 342 municipalities of 2023, in the source's alphabetical order.
    public let current: [Municipality]
    /// Weesp, Brielle, Hellevoetsluis and Westvoorne.
    public let former: [Municipality]
    /// All municipalities that may have a dossier: current and former.
    public let all: [Municipality]
    /// The 12 provinces, in alphabetical order.
    public let provinces: [String]
    /// Safety region codes (`VR01`…) with their names, by code.
    public let safetyRegions: [(code: String, name: String)]
    public let referenceDate: String
    private let byCode: [MunicipalityCode: Municipality]

    /// The data, parsed once.
    public static let shared = ReferenceData()

    // Every command that touches data starts here: the tables are read in one pass over their
    // bytes, and everything derived from them is worked out once, not at each use.
    private init() {
        var current: [Municipality] = []
        current.reserveCapacity(342)
        var safetyRegionNames: [String: String] = [:]
        ReferenceData.forEachRow(ReferenceTable.municipalities2023) { f in
            current.append(Municipality(code: MunicipalityCode(f[0])!, name: f[1], province: f[2],
                                        safetyRegionCode: f[4], safetyRegion: f[5]))
            safetyRegionNames[f[4]] = f[5]
        }
        var former: [Municipality] = []
        ReferenceData.forEachRow(ReferenceTable.formerMunicipalities) { f in
            former.append(Municipality(code: MunicipalityCode(f[0])!, name: f[1], province: f[2],
                                       safetyRegionCode: f[3], safetyRegion: safetyRegionNames[f[3]] ?? f[3],
                                       mergedInto: MunicipalityCode(f[4]), mergedOn: CalendarDay(parsing: f[5])))
        }
        self.current = current
        self.former = former
        all = current + former
        referenceDate = ReferenceTable.referenceDate
        var byCode: [MunicipalityCode: Municipality] = Dictionary(minimumCapacity: all.count)
        for m in all { byCode[m.code] = m }
        self.byCode = byCode
        var provinceNames: [String] = []
        for m in current where !provinceNames.contains(m.province) { provinceNames.append(m.province) }
        provinces = provinceNames.map { (name: $0, key: Folding.fold($0)) }.sorted { $0.key < $1.key }.map(\.name)
        safetyRegions = safetyRegionNames.sorted { $0.key < $1.key }.map { (code: $0.key, name: $0.value) }
    }

    /// Calls `body` with the tab-separated fields of each line of a table, read from the bytes
    /// (splitting by characters took a sixth of a whole `status`).
    private static func forEachRow(_ table: String, _ body: ([String]) -> Void) {
        var table = table
        table.withUTF8 { bytes in
            var fields: [String] = []
            var lineStart = 0
            while lineStart < bytes.count {
                let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
                if lineEnd > lineStart {
                    var fieldStart = lineStart
                    for index in lineStart...lineEnd where index == lineEnd || bytes[index] == UInt8(ascii: "\t") {
                        fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[fieldStart..<index]), as: UTF8.self))
                        fieldStart = index + 1
                    }
                    body(fields)
                    fields.removeAll(keepingCapacity: true)
                }
                lineStart = lineEnd + 1
            }
        }
    }

    public func municipality(_ code: MunicipalityCode) -> Municipality? { byCode[code] }

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
