/// A problem in one file, with where it is: the file, the line and column, the key path.
public struct FileIssue: Error, Sendable, Hashable {
    public let file: String
    public let line: Int?
    public let column: Int?
    /// The key path inside the file, like `sessions[2].date`.
    public let keyPath: String?
    public let problem: DataProblem

    public init(file: String, line: Int? = nil, column: Int? = nil, keyPath: String? = nil, problem: DataProblem) {
        self.file = file
        self.line = line
        self.column = column
        self.keyPath = keyPath
        self.problem = problem
    }

    /// `file:line:column`, as compilers and editors write it; control characters in the file name
    /// are written as escapes, so a hostile name cannot drive the terminal.
    public var location: String {
        let name = file.escapingControlCharacters
        guard let line else { return name }
        return column.map { "\(name):\(line):\($0)" } ?? "\(name):\(line)"
    }
}

extension String {
    /// The text with control characters (C0, DEL, C1) written as `\u{1B}`-style escapes.
    public var escapingControlCharacters: String {
        guard unicodeScalars.contains(where: \.isControl) else { return self }
        var result = ""
        for scalar in unicodeScalars {
            if scalar.isControl { result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}" } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }
}

extension Unicode.Scalar {
    var isControl: Bool { value < 0x20 || (0x7F...0x9F).contains(value) }
}
