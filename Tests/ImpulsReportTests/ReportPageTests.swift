import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import ImpulsReport
import ImpulsText
import ImpulsCore
import ImpulsTestSupport

/// The HTML report: well-formed, escaped, and its charts carry exactly the report's figures.
@Suite struct ReportPageTests {
    /// Every element of a parsed XML document: its name, attributes, and the `data-region` of the
    /// chart it is in; and all text.
    final class Collector: NSObject, XMLParserDelegate {
        var elements: [(name: String, attributes: [String: String], region: String?)] = []
        var text = ""
        private var regions: [String?] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            let region = name == "svg" ? attributes["data-region"] : regions.last ?? nil
            regions.append(region)
            elements.append((name, attributes, region))
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            regions.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    }

    /// Parses `html` as XML; records an issue (with the line) when it is not well-formed.
    func parse(_ html: String, sourceLocation: SourceLocation = #_sourceLocation) -> Collector {
        let collector = Collector()
        let parser = XMLParser(data: Data(html.utf8))
        parser.delegate = collector
        let ok = parser.parse()
        #expect(ok, "not well-formed at line \(parser.lineNumber): \(String(describing: parser.parserError))", sourceLocation: sourceLocation)
        return collector
    }

    func page(_ report: StatusReport, single: Bool = false, language: Language = .nl, folders: [String] = ["/data/anne"]) -> String {
        StatusReportPage(report: report, singleRegion: single, scope: single ? .scopeRegion(report.regions[0].name) : .scopeAll,
                         today: day("2023-10-16"), folders: folders, unreadableFiles: 1, version: "0.1.0", language: language).html()
    }

    /// The value of a figure as `status --format json` has it.
    func figure(_ path: String, _ r: RegionStatus) -> Int64 {
        switch path {
        case "reached": return Int64(r.reached.count)
        case "notReached": return Int64(r.notReached.count)
        case "requestedCents": return r.requested.value
        case "grantedCents": return r.granted.value
        case "ceilingCents": return r.ceiling.value
        case "overdue.followUps": return Int64(r.overdueFollowUps.count)
        case "overdue.runningPastEnd": return Int64(r.runningPastEnd.count)
        case "overdue.staleDrafts": return Int64(r.staleDrafts.count)
        case "overdue.approvedNotStarted": return Int64(r.approvedNotStarted.count)
        case "overdue.openNotices": return Int64(r.openNotices.count)
        default:
            guard path.hasPrefix("applications."), let status = ApplicationStatus(rawValue: String(path.dropFirst(13))) else {
                Issue.record("unknown figure \(path)")
                return -1
            }
            return Int64(r.count(status))
        }
    }

    @Test func chartsCarryTheReportsFiguresForEveryRegionAndTheTotal() throws {
        let nh = Region(name: "Noord-Holland", selector: .provinces(["Noord-Holland"]))
        let fr = Region(name: "VR Fryslân", selector: .safetyRegions(["VR02"]))
        let report = StatusReport.make(dossiers: ReportFixture.dossiers(), regions: [nh, fr], rules: .scheme, today: day("2023-10-16"))
        let parsed = parse(page(report))
        let bars = parsed.elements.filter { $0.name == "g" && $0.region != nil }
        // Four charts for the total and for each region: 7 statuses, 3 budget bars, 2 reach parts, 5 overdue.
        #expect(parsed.elements.filter { $0.name == "svg" }.count == 12)
        #expect(bars.count == 3 * 17)
        for bar in bars {
            let status = bar.region == "" ? report.total : try #require(report.regions.first { $0.name == bar.region })
            let path = try #require(bar.attributes["data-figure"])
            #expect(Int64(bar.attributes["data-value"] ?? "") == figure(path, status), "\(bar.region ?? "?") \(path)")
        }
        // The municipalities behind a figure are named: Haarlem's draft, Weesp's overdue follow-up.
        #expect(parsed.text.contains("Haarlem"))
        #expect(parsed.text.contains("Weesp"))
        #expect(parsed.text.contains("16 oktober 2023"))
        #expect(parsed.text.contains("/data/anne"))
        #expect(parsed.text.contains("1 bestand kon niet worden gelezen"))
    }

    @Test func oneRegionHasNoTotalAndEnglishReadsEnglish() {
        let fr = Region(name: "Fryslân", selector: .provinces(["Fryslân"]))
        let report = StatusReport.make(dossiers: ReportFixture.dossiers(), regions: [fr], rules: .scheme, today: day("2023-10-16"))
        let parsed = parse(page(report, single: true, language: .en))
        let regions = Set(parsed.elements.filter { $0.name == "svg" }.compactMap { $0.attributes["data-region"] })
        #expect(regions == ["Fryslân"])
        #expect(!parsed.text.contains("Total (all of the Netherlands)"))
        #expect(parsed.text.contains("Applications by status"))
        #expect(parsed.text.contains("16 October 2023"))
        #expect(parsed.elements.first { $0.name == "html" }?.attributes["lang"] == "en")
    }

    @Test func everyTextIsEscaped() {
        let hostile = "<script>alert(\"x\")</script> & 'Noord'\u{7}"
        let region = Region(name: hostile, selector: .provinces(["Noord-Holland"]))
        var dossiers = ReportFixture.dossiers()
        dossiers[0].adviser = "</td></svg><img src=x onerror=alert(1)>"
        let report = StatusReport.make(dossiers: dossiers, regions: [region], rules: .scheme, today: day("2023-10-16"))
        let html = page(report, folders: ["/tmp/<b>&\"folder\""])
        let parsed = parse(html)
        #expect(!parsed.elements.contains { ["script", "img", "b"].contains($0.name) })
        #expect(parsed.text.contains("<script>alert(\"x\")</script> & 'Noord'\u{FFFD}"))
        #expect(parsed.text.contains("</td></svg><img src=x onerror=alert(1)>"))
        #expect(parsed.text.contains("/tmp/<b>&\"folder\""))
        #expect(!html.contains("<script"))
        #expect(HTML.escape("a&b<c>d\"e'f\u{1}\u{85}\n") == "a&amp;b&lt;c&gt;d&quot;e&#39;f\u{FFFD}\u{FFFD}\n")
    }

    @Test func nothingIsFetchedAndPrintingIsStyled() {
        let report = StatusReport.make(dossiers: [], regions: [], rules: .scheme, today: day("2023-10-16"))
        let html = page(report)
        for outside in ["http://", "https://", "src=", "<link", "<script", "@import", "url("] where outside != "http://" {
            #expect(!html.contains(outside), "\(outside)")
        }
        // The one http:// is the SVG namespace, which is a name, not a fetch.
        #expect(html.components(separatedBy: "http://").dropFirst().allSatisfy { $0.hasPrefix("www.w3.org/2000/svg\"") })
        #expect(html.contains("@page { size: A4;"))
        #expect(html.contains("@media print"))
        _ = parse(html)
    }

    @Test func barLengthsAreIntegersWithinThePlot() {
        #expect(ReportChart.length(0, of: 100) == 0)
        #expect(ReportChart.length(1, of: 1_000_000) == 1)          // anything shows
        #expect(ReportChart.length(50, of: 100) == ReportChart.plotWidth / 2)
        #expect(ReportChart.length(200, of: 100) == ReportChart.plotWidth)  // requested above the ceiling: a full bar, not more
        #expect(ReportChart.length(.max, of: 3) == ReportChart.plotWidth)   // no overflow
        #expect(ReportChart.length(5, of: 0) == 0)
    }
}
