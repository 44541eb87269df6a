import ImpulsCore

/// Everything the screen shows, as a plain value. `update` changes it; `render` draws it.
public struct AppState: Sendable {
    public var columns: Int
    public var rows: Int
    public var language: Language
    /// The title of the list: the region's name, or all of the Netherlands.
    public var title: String
    public var municipalities: [Municipality]
    public var selection = 0
    /// The first visible row of the list.
    public var scroll = 0

    public init(columns: Int, rows: Int, language: Language, title: String, municipalities: [Municipality]) {
        self.columns = columns
        self.rows = rows
        self.language = language
        self.title = title
        self.municipalities = municipalities
    }

    /// The list's height on screen: all rows but the header, the column header and the hint bar.
    public var listHeight: Int { max(1, rows - 3) }

    /// The smallest window anything is drawn in.
    public static let minimumColumns = 40
    public static let minimumRows = 12
    public var isTooSmall: Bool { columns < AppState.minimumColumns || rows < AppState.minimumRows }
}
