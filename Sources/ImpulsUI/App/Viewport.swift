/// The window's size as the run loop last reported it (a resize event), and the heights the
/// views' lists get from it: the page a list moves by and shows. Features read their page size
/// here; nothing in the update asks a view how it is laid out.
public struct Viewport: Sendable, Equatable {
    public var columns: Int
    public var rows: Int

    public init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }

    /// Rows available for the body between the header and the hint bar.
    public var bodyHeight: Int { max(1, rows - 2) }
    /// Lines above a dossier section's list: the name with the tabs, a blank line.
    static let dossierHeaderLines = 2
    /// A dossier section's list.
    var dossierHeight: Int { max(1, bodyHeight - Viewport.dossierHeaderLines) }
    /// A narrow agenda gives each item two lines (when, where; then what), so what is due reads whole.
    var agendaLinesPerItem: Int { columns < 60 ? 2 : 1 }
    /// How many agenda items fit under its column header, with a line under them for the
    /// selected item's text when its column cuts it.
    var agendaHeight: Int { max(1, (bodyHeight - 2) / agendaLinesPerItem) }
    /// A dashboard figure's municipalities, under their title.
    var drillHeight: Int { max(1, bodyHeight - 1) }
}
