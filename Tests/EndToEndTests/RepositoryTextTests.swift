import Foundation
import Testing

/// What a merge can leave behind in the repository's own texts.
@Suite struct RepositoryTextTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    @Test func noConflictMarkersInTheSourcesTestsAndDocs() throws {
        var found: [String] = []
        for top in ["README.md", "ARCHITECTURE.md", "Makefile", "config.sample.json", "Sources", "Tests", "docs", "tools", "man", "demo"] {
            let path = Self.root + "/" + top
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
            let files = isFolder.boolValue ? (FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String }.map { path + "/" + $0 } ?? []) : [path]
            for file in files where ["swift", "md", "sh", "json", "mdoc", "txt"].contains(URL(fileURLWithPath: file).pathExtension) && !file.contains("/Tests/Fuzz/") {
                guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { continue }
                for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
                where line.hasPrefix("<<<<<<< ") || line.hasPrefix(">>>>>>> ") {
                    found.append("\(file.dropFirst(Self.root.count + 1)):\(n + 1)")
                }
            }
        }
        #expect(found == [], "conflict markers left by a merge")
    }
}
