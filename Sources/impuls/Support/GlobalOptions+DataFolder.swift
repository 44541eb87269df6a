import ImpulsCore
import ImpulsText
import ImpulsStore

/// Where the data folder is, and where its path was given: a folder refused for its place (`/`, a
/// system folder) or for what it holds says which option, variable or config key named it.
extension GlobalOptions {
    /// The folders to read together: every `--data-dir`, else `$IMPULS_DATA_DIR`, else the config's
    /// `dataDirs`, else the one data folder. Never `/` or a system folder.
    func dataFolders(_ config: Config) throws -> [String] {
        if !dataDir.isEmpty { return try dataDir.map { try placed(expanded($0), .option("--data-dir"), config.language) } }
        if let env = ProcessEnvironment.value("IMPULS_DATA_DIR") { return [try placed(expanded(env), .environment("IMPULS_DATA_DIR"), config.language)] }
        if !config.dataDirs.isEmpty {
            return try config.dataDirs.map { try placed(expanded($0), .configKey("dataDirs", file: configFile), config.language) }
        }
        return [try dataFolder(config)]
    }

    /// The data folder: `--data-dir`, `$IMPULS_DATA_DIR`, the config's `dataDir`, else
    /// `$XDG_DATA_HOME/impuls` (`~/.local/share/impuls`). Never a folder relative to a missing HOME,
    /// never `/` or a system folder (refused naming where the path was given).
    func dataFolder(_ config: Config) throws -> String {
        let path: String
        if let first = dataDir.first { path = try expanded(first) }
        else if let env = ProcessEnvironment.value("IMPULS_DATA_DIR") { path = try expanded(env) }
        else if let configured = config.dataDir { path = try expanded(configured) }
        else if let base = ProcessEnvironment.xdgFolder("XDG_DATA_HOME") ?? ProcessEnvironment.home.map({ $0 + "/.local/share" }) { path = base + "/impuls" }
        else { throw CommandFailure.usage(Message.noHome(what: Message.theDataFolder.text(config.language), flag: "--data-dir").text(config.language)) }
        return try placed(path, dataFolderOrigin(config), config.language)
    }

    /// Where `dataFolder` takes its path from.
    func dataFolderOrigin(_ config: Config) -> PathOrigin {
        if !dataDir.isEmpty { return .option("--data-dir") }
        if ProcessEnvironment.value("IMPULS_DATA_DIR") != nil { return .environment("IMPULS_DATA_DIR") }
        if config.dataDir != nil { return .configKey("dataDir", file: configFile) }
        return .defaultFolder
    }

    /// Where `dataFolders` takes its paths from.
    func dataFoldersOrigin(_ config: Config) -> PathOrigin {
        if dataDir.isEmpty, ProcessEnvironment.value("IMPULS_DATA_DIR") == nil, !config.dataDirs.isEmpty { return .configKey("dataDirs", file: configFile) }
        return dataFolderOrigin(config)
    }

    /// The config file read (only to name it in a message).
    private var configFile: String? { (try? ConfigLoader.load(explicitPath: config))?.file }

    /// `path`, unless it is `/` or a system folder: then a usage failure naming the folder and `origin`.
    static func placed(_ path: String, _ origin: PathOrigin, _ language: Language) throws -> String {
        guard let system = DataFolderPlace.systemFolder(path) else { return path }
        throw openingFailure(.folder(FileIssue(file: path, problem: .systemFolder(system))), origin, language)
    }

    private func placed(_ path: String, _ origin: PathOrigin, _ language: Language) throws -> String {
        try GlobalOptions.placed(path, origin, language)
    }

    private func expanded(_ path: String) throws -> String { try GlobalOptions.userPath(path) }

    /// A data folder that could not be opened, as a usage failure; one refused for where it is or
    /// what it holds also says where its path was given.
    static func openingFailure(_ error: StoreError, _ origin: @autoclosure () -> PathOrigin, _ language: Language) -> CommandFailure {
        guard case .folder(let issue) = error else { return .usage(error.message(language)) }
        switch issue.problem {
        case .systemFolder, .foreignFolder: return .usage(error.message(language) + " " + Message.pathOrigin(origin()).text(language))
        default: return .usage(error.message(language))
        }
    }
}
