import ImpulsCore
import ImpulsText

/// The report's look: its style sheet (screen and A4 print) and the colours of its charts.
/// The style sheet holds no `<` or `&`, so it stays well-formed XML inside `<style>`.
enum ReportStyle {
    static func color(_ status: ApplicationStatus) -> String {
        switch status {
        case .draft: return "#9e9e9e"
        case .submitted: return "#1f77b4"
        case .approved: return "#2ca02c"
        case .rejected: return "#d62728"
        case .withdrawn: return "#8c564b"
        case .running: return "#17a2b8"
        case .completed: return "#1b5e20"
        }
    }

    static let ceiling = "#bdbdbd"
    static let requested = "#1f77b4"
    static let granted = "#2ca02c"
    static let reached = "#2ca02c"
    static let notReached = "#ff9800"
    static let overdue = ["#d62728", "#e6550d", "#fd8d3c", "#b15928", "#9467bd"]

    static let css = """

    :root { color-scheme: light; }
    body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1a1a1a;
           background: #fff; max-width: 60rem; margin: 1.5rem auto; padding: 0 1rem; line-height: 1.4; font-size: 15px; }
    h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
    h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; padding-bottom: .2rem; border-bottom: 2px solid #1f77b4; }
    h3 { font-size: 1rem; margin: 1.25rem 0 .5rem; }
    .scheme { color: #555; margin: 0 0 .75rem; }
    dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0; }
    dl.meta dt { font-weight: 600; }
    dl.meta dd { margin: 0; }
    code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .9em; overflow-wrap: anywhere; }
    .notes { border-left: 4px solid #ff9800; background: #fff5e6; padding: .25rem .75rem; margin: 1rem 0; }
    .tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: .5rem; margin: .75rem 0; }
    .tile { border: 1px solid #ddd; border-radius: 4px; padding: .4rem .6rem; }
    .tile .label, .tile .detail { display: block; font-size: .8rem; color: #555; }
    .tile strong { display: block; font-size: 1.3rem; }
    .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(24rem, 1fr)); gap: .75rem 1.5rem; }
    figure.chart { margin: 0; }
    figure.chart figcaption { font-weight: 600; font-size: .9rem; margin-bottom: .2rem; }
    figure.chart svg { width: 100%; height: auto; display: block; }
    svg text { fill: #1a1a1a; }
    svg text.value { fill: #333; }
    table { border-collapse: collapse; width: 100%; font-size: .85rem; margin-bottom: .5rem; }
    th, td { padding: .2rem .4rem; border-bottom: 1px solid #e0e0e0; text-align: left; vertical-align: bottom; }
    thead th { border-bottom: 2px solid #999; }
    .n { text-align: right; font-variant-numeric: tabular-nums; }
    td.n { white-space: nowrap; }
    th.total { font-weight: 700; }
    th[scope=row] { min-width: 8.5em; }
    dl.behind { font-size: .85rem; margin: 0; }
    dl.behind div { margin-bottom: .35rem; }
    dl.behind dt { font-weight: 600; }
    dl.behind dd { margin: 0 0 0 1rem; }
    footer { margin-top: 2rem; padding-top: .5rem; border-top: 1px solid #ccc; font-size: .8rem; color: #555; }
    @page { size: A4; margin: 14mm 12mm 16mm; }
    @media print {
      body { max-width: none; margin: 0; padding: 0; font-size: 9.5pt; }
      table { font-size: 8.5pt; }
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      h2 { break-after: avoid; }
      h3 { break-after: avoid; }
      section.region { break-before: page; }
      #regions { break-before: page; }
      .charts { grid-template-columns: 1fr 1fr; }
      figure.chart, .tile, table, dl.behind div { break-inside: avoid; }
      thead { display: table-header-group; }
    }

    """
}
