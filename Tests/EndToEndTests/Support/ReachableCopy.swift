import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A copy of a program in a fresh folder under /tmp that every user may enter and run, for a test
/// that runs it as another user (nobody): the checkout's own folder may be closed to others.
struct ReachableCopy {
    let folder: String
    let binary: String

    init(of path: String) throws {
        var template = Array("/tmp/impuls-reachable-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw CocoaError(.fileWriteUnknown) }
        folder = String(cString: made)
        binary = folder + "/" + URL(fileURLWithPath: path).lastPathComponent
        // Through a close-on-exec descriptor: a child another test starts meanwhile must not hold it open ("Text file busy").
        guard let bytes = FileManager.default.contents(atPath: path) else { throw CocoaError(.fileReadUnknown) }
        try writeExecutable(Array(bytes), to: binary)
        guard chmod(folder, 0o755) == 0, chmod(binary, 0o755) == 0 else { throw CocoaError(.fileWriteNoPermission) }
    }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }
}
