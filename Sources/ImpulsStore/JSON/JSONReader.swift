import ImpulsCore

/// A value in a JSON file that is not what it should be: where (key path and byte offset) and why.
public struct JSONShapeError: Error, Sendable {
    public let path: String
    public let offset: Int
    public let problem: DataProblem

    public init(path: String, offset: Int, problem: DataProblem) {
        self.path = path
        self.offset = offset
        self.problem = problem
    }
}

/// Reads an object of a JSON tree field by field, keeping the key path for error messages.
public struct JSONObjectReader {
    public let node: JSONNode
    public let path: String
    private let members: [(key: String, value: JSONNode)]

    public init(_ node: JSONNode, path: String) throws(JSONShapeError) {
        guard case .object(let members) = node.value else {
            throw JSONShapeError(path: path, offset: node.offset, problem: .wrongType(expected: .object, found: node.kindName))
        }
        self.node = node
        self.path = path
        self.members = members
    }

    /// A path that is not kept: decoding a file that is fine builds no key-path strings at all; only
    /// when something is wrong is the file decoded again with paths, to name where.
    public static let untracked = "\u{0}"

    public func childPath(_ key: String) -> String {
        if path == JSONObjectReader.untracked { return path }
        return path.isEmpty ? key : path + "." + key
    }

    public func has(_ key: String) -> Bool { members.contains { $0.key == key } }

    /// The value of `key`; null counts as absent.
    public func optional(_ key: String) -> JSONNode? {
        guard let node = members.first(where: { $0.key == key })?.value else { return nil }
        if case .null = node.value { return nil }
        return node
    }

    public func required(_ key: String) throws(JSONShapeError) -> JSONNode {
        guard let node = optional(key) else {
            throw JSONShapeError(path: childPath(key), offset: self.node.offset, problem: .missing)
        }
        return node
    }

    /// Refuses keys this version does not know: a typo in a hand-edited file is reported, not ignored.
    public func rejectUnknownKeys(_ known: [String]) throws(JSONShapeError) {
        if let unknown = members.first(where: { !known.contains($0.key) }) {
            throw JSONShapeError(path: childPath(unknown.key), offset: unknown.value.offset, problem: .unknownKey)
        }
    }

    public func string(_ key: String) throws(JSONShapeError) -> String {
        try JSONObjectReader.string(try required(key), path: childPath(key))
    }

    public func optionalString(_ key: String) throws(JSONShapeError) -> String? {
        guard let node = optional(key) else { return nil }
        return try JSONObjectReader.string(node, path: childPath(key))
    }

    public func int(_ key: String) throws(JSONShapeError) -> Int {
        try JSONObjectReader.int(try required(key), path: childPath(key))
    }

    /// A whole number within `range`; anything outside is refused here, where it enters.
    public func int(_ key: String, in range: ClosedRange<Int>) throws(JSONShapeError) -> Int {
        let node = try required(key)
        let value = try JSONObjectReader.int(node, path: childPath(key))
        guard range.contains(value) else {
            throw JSONShapeError(path: childPath(key), offset: node.offset, problem: .invalid(expected: .wholeNumber(in: range), found: String(value)))
        }
        return value
    }

    public func optionalInt(_ key: String, in range: ClosedRange<Int>) throws(JSONShapeError) -> Int? {
        guard optional(key) != nil else { return nil }
        return try int(key, in: range)
    }

    public func optionalInt(_ key: String) throws(JSONShapeError) -> Int? {
        guard let node = optional(key) else { return nil }
        return try JSONObjectReader.int(node, path: childPath(key))
    }

    public func bool(_ key: String) throws(JSONShapeError) -> Bool {
        let node = try required(key)
        guard case .bool(let value) = node.value else {
            throw JSONShapeError(path: childPath(key), offset: node.offset, problem: .wrongType(expected: .boolean, found: node.kindName))
        }
        return value
    }

    public func day(_ key: String) throws(JSONShapeError) -> CalendarDay {
        let text = try string(key)
        guard let day = CalendarDay(parsing: text) else {
            throw JSONShapeError(path: childPath(key), offset: try required(key).offset, problem: .invalid(expected: .date, found: text))
        }
        return day
    }

    /// The elements of an array, each with its path (`sessions[3]`); absent means empty.
    public func array(_ key: String) throws(JSONShapeError) -> [(node: JSONNode, path: String)] {
        guard let node = optional(key) else { return [] }
        guard case .array(let elements) = node.value else {
            throw JSONShapeError(path: childPath(key), offset: node.offset, problem: .wrongType(expected: .array, found: node.kindName))
        }
        if path == JSONObjectReader.untracked { return elements.map { (node: $0, path: path) } }
        let base = childPath(key) + "["
        return elements.enumerated().map { (node: $0.element, path: base + String($0.offset) + "]") }
    }

    public func strings(_ key: String) throws(JSONShapeError) -> [String] {
        var result: [String] = []
        for element in try array(key) { result.append(try JSONObjectReader.string(element.node, path: element.path)) }
        return result
    }

    public func object(_ key: String) throws(JSONShapeError) -> JSONObjectReader {
        try JSONObjectReader(try required(key), path: childPath(key))
    }

    public static func string(_ node: JSONNode, path: String) throws(JSONShapeError) -> String {
        guard case .string(let value) = node.value else {
            throw JSONShapeError(path: path, offset: node.offset, problem: .wrongType(expected: .string, found: node.kindName))
        }
        return value
    }

    public static func int(_ node: JSONNode, path: String) throws(JSONShapeError) -> Int {
        guard case .number(let text) = node.value else {
            throw JSONShapeError(path: path, offset: node.offset, problem: .wrongType(expected: .integer, found: node.kindName))
        }
        guard let value = Int(text) else {
            throw JSONShapeError(path: path, offset: node.offset, problem: .invalid(expected: .integer, found: text))
        }
        return value
    }
}

extension JSONNode {
    /// Builders, for writing files.
    public static func string(_ text: String) -> JSONNode { JSONNode(.string(text)) }
    public static func int(_ value: Int) -> JSONNode { JSONNode(.number(String(value))) }
    public static func int64(_ value: Int64) -> JSONNode { JSONNode(.number(String(value))) }
    public static func bool(_ value: Bool) -> JSONNode { JSONNode(.bool(value)) }
    public static func day(_ value: CalendarDay) -> JSONNode { JSONNode(.string(value.description)) }
    public static func array(_ elements: [JSONNode]) -> JSONNode { JSONNode(.array(elements)) }
    public static func strings(_ elements: [String]) -> JSONNode { JSONNode(.array(elements.map { .string($0) })) }
    public static let null = JSONNode(.null)

    /// An object from key–value pairs; nil values are left out, so files hold no noise.
    public static func object(_ members: [(String, JSONNode?)]) -> JSONNode {
        JSONNode(.object(members.compactMap { key, value in value.map { (key: key, value: $0) } }))
    }
}
