import ImpulsCore

/// Turns a config file's JSON into a validated `Config`; every key is optional and checked.
enum ConfigDecoder {
    static let keys: [String] = ["adviser", "team", "language", "role", "dataDir", "dataDirs", "regions", "regionDefinitions", "rules", "theme", "syncTimeoutSeconds", "personalDataMonths"]

    static func decode(_ root: JSONNode) throws(JSONShapeError) -> Config {
        let reader = try JSONObjectReader(root, path: "")
        try reader.rejectUnknownKeys(keys)
        var config = Config()
        if let adviser = try reader.optionalString("adviser") { config.adviser = adviser.trimmingSpaces }
        if let node = reader.optional("team") { config.team = try JSONObjectReader.choice(node, path: "team", Team.self) }
        if let node = reader.optional("language") { config.language = try JSONObjectReader.choice(node, path: "language", Language.self) }
        if let node = reader.optional("theme") { config.theme = try JSONObjectReader.choice(node, path: "theme", Theme.self) }
        if reader.optional("syncTimeoutSeconds") != nil { config.syncTimeoutSeconds = try reader.int("syncTimeoutSeconds", in: 1...3600) }
        if reader.optional("personalDataMonths") != nil { config.personalDataMonths = try reader.int("personalDataMonths", in: 1...1200) }
        if let node = reader.optional("role") { config.role = try JSONObjectReader.choice(node, path: "role", Role.self) }
        if let dataDir = try reader.optionalString("dataDir") {
            guard !dataDir.trimmingSpaces.isEmpty else {
                throw JSONShapeError(path: "dataDir", offset: reader.optional("dataDir")!.offset, problem: .invalid(expected: .nonEmptyText, found: dataDir))
            }
            config.dataDir = dataDir
        }
        for element in try reader.array("dataDirs") {
            let text = try JSONObjectReader.string(element.node, path: element.path)
            guard !text.trimmingSpaces.isEmpty else {
                throw JSONShapeError(path: element.path, offset: element.node.offset, problem: .invalid(expected: .nonEmptyText, found: text))
            }
            config.dataDirs.append(text)
        }
        if reader.optional("regionDefinitions") != nil {
            config.regionDefinitions = try regionDefinitions(reader)
        }
        for element in try reader.array("regions") {
            let name = try JSONObjectReader.string(element.node, path: element.path)
            guard case .found(let region) = config.region(named: name) else {
                throw JSONShapeError(path: element.path, offset: element.node.offset,
                                     problem: .invalid(expected: .knownRegion(config.regionDefinitions.map(\.name)), found: name))
            }
            if !config.regions.contains(region.name) { config.regions.append(region.name) }
        }
        if reader.optional("rules") != nil { config.rules = try rules(try reader.object("rules")) }
        return config
    }


    private static func regionDefinitions(_ reader: JSONObjectReader) throws(JSONShapeError) -> [Region] {
        let data = ReferenceData.shared
        var regions: [Region] = []
        for element in try reader.array("regionDefinitions") {
            let item = try JSONObjectReader(element.node, path: element.path)
            try item.rejectUnknownKeys(["name", "provinces", "safetyRegions", "municipalities"])
            let name = try item.string("name").trimmingSpaces
            guard !name.isEmpty else {
                throw JSONShapeError(path: item.childPath("name"), offset: try item.required("name").offset, problem: .invalid(expected: .nonEmptyText, found: name))
            }
            let selectors = ["provinces", "safetyRegions", "municipalities"].filter { item.optional($0) != nil }
            guard selectors.count == 1 else {
                throw JSONShapeError(path: element.path, offset: element.node.offset, problem: .invalid(expected: .oneSelector, found: selectors.joined(separator: ", ")))
            }
            let selector: Region.Selector
            let entries = try item.array(selectors[0])
            switch selectors[0] {
            case "provinces":
                var names: [String] = []
                for entry in entries {
                    let text = try JSONObjectReader.string(entry.node, path: entry.path)
                    guard let province = data.provinces.first(where: { Folding.fold($0) == Folding.fold(text) }) else {
                        throw JSONShapeError(path: entry.path, offset: entry.node.offset, problem: .invalid(expected: .knownProvince, found: text))
                    }
                    names.append(province)
                }
                selector = .provinces(names)
            case "safetyRegions":
                var codes: [String] = []
                for entry in entries {
                    let text = try JSONObjectReader.string(entry.node, path: entry.path)
                    guard let match = data.safetyRegions.first(where: { $0.code == text.uppercased() || Folding.fold($0.name) == Folding.fold(text) }) else {
                        throw JSONShapeError(path: entry.path, offset: entry.node.offset, problem: .invalid(expected: .knownSafetyRegion, found: text))
                    }
                    codes.append(match.code)
                }
                selector = .safetyRegions(codes)
            default:
                var codes: [MunicipalityCode] = []
                for entry in entries {
                    let text = try JSONObjectReader.string(entry.node, path: entry.path)
                    guard let code = MunicipalityCode(text), data.municipality(code) != nil else {
                        throw JSONShapeError(path: entry.path, offset: entry.node.offset, problem: .invalid(expected: .knownMunicipalityCode, found: text))
                    }
                    codes.append(code)
                }
                selector = .municipalities(codes)
            }
            guard !regions.contains(where: { Folding.fold($0.name) == Folding.fold(name) }) else {
                throw JSONShapeError(path: item.childPath("name"), offset: try item.required("name").offset, problem: .duplicateKey(name))
            }
            regions.append(Region(name: name, selector: selector))
        }
        return regions
    }

    private static func rules(_ reader: JSONObjectReader) throws(JSONShapeError) -> Rules {
        try reader.rejectUnknownKeys(["maximumAmount", "openingDate", "closingDate", "maximumMonths", "actionLines"])
        var rules = Rules.scheme
        if let euros = try reader.optionalInt("maximumAmount") {
            guard euros > 0, euros <= 1_000_000_000 else {
                throw JSONShapeError(path: "rules.maximumAmount", offset: reader.optional("maximumAmount")!.offset, problem: .invalid(expected: .positiveAmount, found: String(euros)))
            }
            rules.maximumAmount = Cents(euros: Int64(euros))
        }
        if reader.optional("openingDate") != nil { rules.openingDate = try reader.day("openingDate") }
        if reader.optional("closingDate") != nil { rules.closingDate = try reader.day("closingDate") }
        guard rules.closingDate > rules.openingDate else {
            let node = reader.optional("closingDate") ?? reader.optional("openingDate")!
            throw JSONShapeError(path: "rules.closingDate", offset: node.offset, problem: .invalid(expected: .dateAfter(rules.openingDate.description), found: rules.closingDate.description))
        }
        if let months = try reader.optionalInt("maximumMonths") {
            guard (1...120).contains(months) else {
                throw JSONShapeError(path: "rules.maximumMonths", offset: reader.optional("maximumMonths")!.offset, problem: .invalid(expected: .positiveWholeNumber, found: String(months)))
            }
            rules.maximumMonths = months
        }
        if reader.optional("actionLines") != nil {
            var lines: [ActionLine] = []
            for element in try reader.array("actionLines") {
                let item = try JSONObjectReader(element.node, path: element.path)
                try item.rejectUnknownKeys(["id", "label"])
                let id = try item.string("id")
                guard !id.isEmpty, id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
                    throw JSONShapeError(path: item.childPath("id"), offset: try item.required("id").offset, problem: .invalid(expected: .nonEmptyText, found: id))
                }
                guard !lines.contains(where: { $0.id == id }) else {
                    throw JSONShapeError(path: item.childPath("id"), offset: try item.required("id").offset, problem: .duplicateKey(id))
                }
                lines.append(ActionLine(id: id, label: try item.string("label")))
            }
            guard !lines.isEmpty else {
                throw JSONShapeError(path: "rules.actionLines", offset: reader.optional("actionLines")!.offset, problem: .invalid(expected: .nonEmptyText, found: "[]"))
            }
            rules.actionLines = lines
        }
        return rules
    }
}
