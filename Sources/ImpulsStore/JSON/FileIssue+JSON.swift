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

extension FileIssue {
    /// A problem found in the decoded content of `bytes` (a rule it breaks), placed at the line and
    /// column of `keyPath` (`applications[1].requestedCents`) when the path is found in the file.
    public init(file: String, bytes: [UInt8], keyPath: String, problem: DataProblem) {
        guard let root = try? JSONParser.parse(bytes), let node = root.descendant(keyPath) else {
            self.init(file: file, keyPath: keyPath, problem: problem)
            return
        }
        let p = TextPosition(offset: node.offset, in: bytes)
        self.init(file: file, line: p.line, column: p.column, keyPath: keyPath, problem: problem)
    }
}

extension JSONNode {
    /// The value at a key path like `dossiers[2].applications[0].status`, if there is one.
    public func descendant(_ keyPath: String) -> JSONNode? {
        var node = self
        for part in keyPath.split(separator: ".") {
            var rest = Substring(part)
            if let bracket = rest.firstIndex(of: "[") {
                let key = rest[..<bracket]
                if !key.isEmpty { guard let child = node[String(key)] else { return nil }; node = child }
                rest = rest[bracket...]
            } else {
                guard let child = node[String(rest)] else { return nil }
                node = child
                continue
            }
            while rest.first == "[", let close = rest.firstIndex(of: "]") {
                guard let index = Int(rest[rest.index(after: rest.startIndex)..<close]),
                      case .array(let elements) = node.value, elements.indices.contains(index) else { return nil }
                node = elements[index]
                rest = rest[rest.index(after: close)...]
            }
        }
        return node
    }
}
