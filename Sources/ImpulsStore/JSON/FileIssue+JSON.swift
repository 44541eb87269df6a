import ImpulsCore

extension FileIssue {
    /// A JSON syntax error in `bytes` of `file`, with its line and column.
    public init(file: String, bytes: [UInt8], syntax error: JSONSyntaxError) {
        let p = TextPosition(offset: error.offset, in: bytes)
        self.init(file: file, line: p.line, column: p.column, problem: error.problem)
    }

    /// A value of the wrong shape in `bytes` of `file`, with its line, column and key path.
    public init(file: String, bytes: [UInt8], shape error: JSONShapeError) {
        let p = TextPosition(offset: error.offset, in: bytes)
        self.init(file: file, line: p.line, column: p.column, keyPath: error.path, problem: error.problem)
    }
}

extension JSONParser {
    /// Parses the bytes of `file`; a syntax error becomes a file issue with its line and column.
    public static func parse(_ bytes: [UInt8], file: String) throws(FileIssue) -> JSONNode {
        do {
            return try parse(bytes)
        } catch {
            throw FileIssue(file: file, bytes: bytes, syntax: error)
        }
    }
}

extension JSONObjectReader {
    /// One of an enumeration's raw values, or an error that lists them.
    public static func choice<T: RawRepresentable & CaseIterable>(_ node: JSONNode, path: String, _: T.Type) throws(JSONShapeError) -> T where T.RawValue == String {
        let text = try string(node, path: path)
        guard let value = T(rawValue: text) else {
            throw JSONShapeError(path: path, offset: node.offset, problem: .invalid(expected: .oneOf(T.allCases.map(\.rawValue)), found: text))
        }
        return value
    }
}
