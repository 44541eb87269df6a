/// Everything the user configured, validated. Built by the config loader; defaults without a file.
public struct Config: Sendable {
    public var adviser: String
    public var team: Team
    public var language: Language
    public var role: Role
    /// The data folder named in config, if any (`~` not yet expanded).
    public var dataDir: String?
    /// Several folders to read together (status, dashboard), read-only; `dataDir` is where one writes.
    public var dataDirs: [String] = []
    /// Every region known, by default the 12 provinces.
    public var regionDefinitions: [Region]
    /// The names of the regions this user works in; empty means all of the Netherlands.
    public var regions: [String]
    public var rules: Rules
    /// The interface's colours: for a light or a dark background, or `auto` (asks the terminal).
    public var theme: Theme = .auto
    /// How long a sync waits for the team repository (each fetch and push) before it ends as offline.
    public var syncTimeoutSeconds = 60
    /// How long personal data is kept after a dossier's last activity, in months (`privacy purge`'s
    /// default and `doctor`'s check); nil: not set.
    public var personalDataMonths: Int?

    public init(adviser: String = "", team: Team = .zorgVeiligheid, language: Language = .nl,
                role: Role = .adviser, dataDir: String? = nil, regionDefinitions: [Region] = Region.provinces(),
                regions: [String] = [], rules: Rules = .scheme) {
        self.adviser = adviser
        self.team = team
        self.language = language
        self.role = role
        self.dataDir = dataDir
        self.regionDefinitions = regionDefinitions
        self.regions = regions
        self.rules = rules
    }

    /// The regions this user works in, in config order.
    public var workingRegions: [Region] {
        regions.compactMap { name in regionDefinitions.first { $0.name == name } }
    }

    /// Finds a defined region by name, ignoring case and accents, or by unique prefix.
    public func region(named text: String) -> Resolution<Region> {
        Resolution.resolve(text, among: regionDefinitions, key: \.name)
    }

    /// Who is recorded in the history of a change.
    public var actor: String { adviser.isEmpty ? "?" : adviser }
}
