import ImpulsCore

/// Finds, reads and validates the config file.
///
/// Looked up in this order: `--config FILE`, `$IMPULS_CONFIG`, `$XDG_CONFIG_HOME/impuls/config.json`
/// (`~/.config/impuls/config.json`). Without any, the defaults. A file named explicitly must exist.
public enum ConfigLoader {
    /// The config and the file it came from (nil when the defaults are used).
    public struct Loaded: Sendable {
        public let config: Config
        public let file: String?
    }

    public static func load(explicitPath: String?) throws(FileIssue) -> Loaded {
        if let path = explicitPath ?? ProcessEnvironment.value("IMPULS_CONFIG") {
            guard let expanded = ProcessEnvironment.expandHome(path) else { throw FileIssue(file: path, problem: .unreadable("HOME is not set")) }
            return Loaded(config: try load(file: expanded), file: expanded)
        }
        // Without an absolute XDG_CONFIG_HOME or HOME there is no config to look for: the defaults
        // apply, and nothing is read from the current folder.
        guard let base = ProcessEnvironment.xdgFolder("XDG_CONFIG_HOME") ?? ProcessEnvironment.home.map({ $0 + "/.config" }) else {
            return Loaded(config: Config(), file: nil)
        }
        let defaultPath = base + "/impuls/config.json"
        guard FileIO.exists(defaultPath) else { return Loaded(config: Config(), file: nil) }
        return Loaded(config: try load(file: defaultPath), file: defaultPath)
    }

    public static func load(file path: String) throws(FileIssue) -> Config {
        let bytes: [UInt8]
        do {
            bytes = try FileIO.read(path, limit: 1 << 20)
        } catch {
            throw FileIO.issue(for: error, file: path)
        }
        return try parse(bytes, file: path)
    }

    /// Validates config text; `file` only names it in messages.
    public static func parse(_ bytes: [UInt8], file: String) throws(FileIssue) -> Config {
        let root = try JSONParser.parse(bytes, file: file)
        do {
            return try ConfigDecoder.decode(root)
        } catch {
            throw FileIssue(file: file, bytes: bytes, shape: error)
        }
    }
}
