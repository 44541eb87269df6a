import ImpulsCore

/// A parsed JSON value that remembers where in the file it stood, so that a problem found while
/// decoding can name its line and column. Objects keep their keys in file order.
public struct JSONNode: Sendable {
    public enum Value: Sendable {
        case null
        case bool(Bool)
        /// The number's literal text, so integers are exact.
        case number(String)
        case string(String)
        case array([JSONNode])
        case object([(key: String, value: JSONNode)])
    }

    public let value: Value
    /// Byte offset in the source text.
    public let offset: Int

    public init(_ value: Value, offset: Int = 0) {
        self.value = value
        self.offset = offset
    }

    public subscript(key: String) -> JSONNode? {
        if case .object(let members) = value { return members.first { $0.key == key }?.value }
        return nil
    }

    /// What kind of value this is, for messages.
    public var kindName: String {
        switch value {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}

/// A place in a text file, counted from 1.
public struct TextPosition: Hashable, Sendable, CustomStringConvertible {
    public let line: Int
    public let column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The line and column (in characters) of a byte offset.
    public init(offset: Int, in bytes: [UInt8]) {
        var line = 1
        var lineStart = 0
        let end = min(offset, bytes.count)
        var i = 0
        while i < end {
            if bytes[i] == 0x0A { line += 1; lineStart = i + 1 }
            i += 1
        }
        let column = (bytes[lineStart..<end].filter { $0 & 0xC0 != 0x80 }).count + 1
        self.init(line: line, column: column)
    }

    public var description: String { "\(line):\(column)" }
}
