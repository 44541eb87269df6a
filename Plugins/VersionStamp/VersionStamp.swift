import Foundation
import PackagePlugin

/// Before every build of the impuls executable: `tools/version.sh --swift DIR` writes
/// `BuildInfo.swift` (the version from the git tag or the VERSION file, and the commit), so
/// `impuls --version` says what it was built from with or without make.
@main
struct VersionStamp: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let output = context.pluginWorkDirectoryURL.appending(path: "Generated")
        let script = context.package.directoryURL.appending(path: "tools/version.sh")
        return [.prebuildCommand(displayName: "Stamping impuls with its version and commit",
                                 executable: URL(fileURLWithPath: "/bin/sh"),
                                 arguments: [script.path(percentEncoded: false), "--swift", output.path(percentEncoded: false)],
                                 outputFilesDirectory: output)]
    }
}
