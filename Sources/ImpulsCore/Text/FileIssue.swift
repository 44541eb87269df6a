/// A problem in one file, with where it is: the file, the line and column, the key path.
public struct FileIssue: Error, Sendable, Equatable {
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

    /// `file:line:column`, as compilers and editors write it.
    public var location: String {
        guard let line else { return file }
        return column.map { "\(file):\(line):\($0)" } ?? "\(file):\(line)"
    }
}
