import ImpulsCore
import ImpulsText

/// Bar charts as inline SVG for the HTML report. Every bar carries its figure and exact value in
/// `data-figure` and `data-value` (amounts in cents), so a program reads the same numbers a
/// person sees. Lengths are worked out in integers; nothing is drawn from a floating-point amount.
enum ReportChart {
    /// One bar: its label, the figure it shows (a path in `status --format json`, such as
    /// `applications.draft` or `grantedCents`), its exact value, the value as people read it,
    /// and its colour.
    struct Bar {
        let label: String
        let figure: String
        let value: Int64
        let text: String
        let color: String
    }

    static let width = 500
    static let labelWidth = 150
    static let plotWidth = 236
    static let rowHeight = 24
    static let barHeight = 14
    static let track = "#e6e6e6"

    /// The length of `value` on a scale where `scale` fills the plot: 0 for nothing, at least 1 for
    /// anything, never more than the plot.
    static func length(_ value: Int64, of scale: Int64, in plot: Int = plotWidth) -> Int {
        guard value > 0, scale > 0 else { return 0 }
        let (product, overflow) = value.multipliedReportingOverflow(by: Int64(plot))
        if overflow || value >= scale { return plot }
        return max(1, Int(product / scale))
    }

    /// Horizontal bars, one a row, all on one scale (`scale` fills the plot). With `track`, each
    /// bar lies on a grey track as long as `track` (the ceiling against which it is read).
    static func bars(id: String, title: String, region: String, chart: String, _ bars: [Bar], scale: Int64,
                     track trackValue: Int64? = nil) -> String {
        let height = bars.count * rowHeight + 8
        var body = ""
        for (index, bar) in bars.enumerated() {
            let top = 4 + index * rowHeight
            let barTop = top + (rowHeight - barHeight) / 2
            let length = ReportChart.length(bar.value, of: scale)
            var parts = HTML.text("text", [("x", "\(labelWidth - 8)"), ("y", "\(barTop + barHeight - 3)"), ("text-anchor", "end")], bar.label)
            if let trackValue {
                parts += HTML.empty("rect", [("x", "\(labelWidth)"), ("y", "\(barTop)"), ("width", "\(ReportChart.length(trackValue, of: scale))"),
                                             ("height", "\(barHeight)"), ("fill", track)])
            }
            if length > 0 {
                parts += HTML.empty("rect", [("x", "\(labelWidth)"), ("y", "\(barTop)"), ("width", "\(length)"), ("height", "\(barHeight)"),
                                             ("fill", bar.color)])
            }
            let textX = labelWidth + max(length, trackValue.map { ReportChart.length($0, of: scale) } ?? 0) + 6
            parts += HTML.text("text", [("x", "\(textX)"), ("y", "\(barTop + barHeight - 3)"), ("class", "value")], bar.text)
            body += HTML.element("g", [("class", "bar"), ("data-figure", bar.figure), ("data-value", "\(bar.value)")], parts) + "\n"
        }
        return svg(id: id, title: title, region: region, chart: chart, height: height, body: body)
    }

    /// One bar split in parts (reached and not reached), each part's length its share of the
    /// whole, with a legend of the parts below it.
    static func stacked(id: String, title: String, region: String, chart: String, _ parts: [Bar]) -> String {
        let whole = parts.reduce(Int64(0)) { $0 + max(0, $1.value) }
        let full = width - 16
        var body = ""
        var x = 8
        for (index, part) in parts.enumerated() {
            // The last part takes what is left, so rounding never leaves a gap.
            let length = index == parts.count - 1 ? (whole > 0 && part.value > 0 ? 8 + full - x : 0) : ReportChart.length(part.value, of: whole, in: full)
            var content = ""
            if length > 0 {
                content += HTML.empty("rect", [("x", "\(x)"), ("y", "6"), ("width", "\(length)"), ("height", "\(barHeight + 6)"), ("fill", part.color)])
            }
            let legendX = 8 + index * (full / max(1, parts.count))
            content += HTML.empty("rect", [("x", "\(legendX)"), ("y", "36"), ("width", "10"), ("height", "10"), ("fill", part.color)])
            content += HTML.text("text", [("x", "\(legendX + 16)"), ("y", "45")], part.label + ": " + part.text)
            body += HTML.element("g", [("class", "bar"), ("data-figure", part.figure), ("data-value", "\(part.value)")], content) + "\n"
            x += length
        }
        if whole == 0 {
            body += HTML.empty("rect", [("x", "8"), ("y", "6"), ("width", "\(full)"), ("height", "\(barHeight + 6)"), ("fill", track)])
        }
        return svg(id: id, title: title, region: region, chart: chart, height: 54, body: body)
    }

    private static func svg(id: String, title: String, region: String, chart: String, height: Int, body: String) -> String {
        HTML.element("svg", [("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", "0 0 \(width) \(height)"), ("role", "img"),
                             ("aria-labelledby", id + "-title"), ("font-family", "sans-serif"), ("font-size", "12"),
                             ("data-chart", chart), ("data-region", region)],
                     "\n" + HTML.text("title", [("id", id + "-title")], title) + "\n" + body)
    }
}
