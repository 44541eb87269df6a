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
