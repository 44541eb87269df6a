/// A named group of municipalities an adviser works in.
public struct Region: Hashable, Sendable {
    /// How a region's municipalities are chosen.
    public enum Selector: Hashable, Sendable {
        case provinces([String])
        case safetyRegions([String])
        case municipalities([MunicipalityCode])
    }

    public let name: String
    public let selector: Selector
    public let searchKey: String

    public init(name: String, selector: Selector) {
        self.name = name
        self.selector = selector
        self.searchKey = Folding.fold(name)
    }

    /// Whether the municipality (current or former) belongs to this region.
    public func contains(_ m: Municipality) -> Bool {
        switch selector {
        // Province names are the reference data's own (config loading maps what was typed to them).
        case .provinces(let names): return names.contains(m.province)
        case .safetyRegions(let codes): return codes.contains(m.safetyRegionCode)
        case .municipalities(let codes): return codes.contains(m.code)
        }
    }

    /// The region's municipalities of 2023, alphabetical; former ones only when asked.
    public func members(in data: ReferenceData = .shared, includingFormer: Bool = false) -> [Municipality] {
        (includingFormer ? data.all : data.current).filter(contains)
    }

    /// The default regions: one for each of the 12 provinces.
    public static func provinces(in data: ReferenceData = .shared) -> [Region] {
        data.provinces.map { Region(name: $0, selector: .provinces([$0])) }
    }
}
