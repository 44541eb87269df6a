import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `impuls report`: an HTML file whose charts carry the figures of `status --format json`, read
/// back by an XML parser and, when one is installed, by a real browser.
@Suite struct ReportEndToEndTests {
    /// The bars of every chart: (region, figure, value), from elements with `data-figure` inside an
    /// `svg` with `data-region`.
    final class ChartReader: NSObject, XMLParserDelegate {
        var bars: [(region: String, figure: String, value: Int)] = []
        var charts: [(region: String, chart: String)] = []
        var folders: [String] = []
        var text = ""
        private var region: String?
        private var inFolder = false

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            if name == "svg" {
                region = attributes["data-region"]
                charts.append((attributes["data-region"] ?? "?", attributes["data-chart"] ?? "?"))
            }
            if let region, let figure = attributes["data-figure"] { bars.append((region, figure, Int(attributes["data-value"] ?? "") ?? -1)) }
            if name == "code", attributes["class"] == "folder" { inFolder = true; folders.append("") }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "svg" { region = nil }
            if name == "code" { inFolder = false }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            text += string
            if inFolder { folders[folders.count - 1] += string }
        }
    }

    func read(_ file: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> ChartReader {
        let reader = ChartReader()
        let parser = XMLParser(data: try Data(contentsOf: URL(fileURLWithPath: file)))
        parser.delegate = reader
        #expect(parser.parse(), "not well-formed at line \(parser.lineNumber)", sourceLocation: sourceLocation)
        return reader
    }

    /// A figure of `status --format json` by its path (`applications.draft`, `overdue.followUps`).
    static func value(_ path: String, in region: [String: Any]) -> Int? {
        var node: Any? = region
        for key in path.split(separator: ".") { node = (node as? [String: Any])?[String(key)] }
        return node as? Int
    }

    /// Every bar's value equals the same figure in `status --format json` (regions by name, the
    /// total as region ""); returns how many bars were compared.
    @discardableResult
    static func compare(_ bars: [(region: String, figure: String, value: Int)], with json: String,
                        sourceLocation: SourceLocation = #_sourceLocation) throws -> Int {
        let status = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any], sourceLocation: sourceLocation)
        var regions: [String: [String: Any]] = [:]
        for region in (status["regions"] as? [[String: Any]]) ?? [] { regions[region["name"] as? String ?? "?"] = region }
        regions[""] = status["total"] as? [String: Any]
        for bar in bars {
            let region = try #require(regions[bar.region], "no region \(bar.region) in status", sourceLocation: sourceLocation)
            #expect(value(bar.figure, in: region) == bar.value, "\(bar.region) \(bar.figure)", sourceLocation: sourceLocation)
        }
        return bars.count
    }

    /// Two advisers' demo folders (Fryslân and Utrecht), with their configs.
    func twoFolders(_ home: String, language: String = "nl") throws -> (env: [String: String], folders: [String]) {
        try #"{"adviser": "Anne", "regions": ["Fryslân"], "language": "\#(language)"}"#.write(toFile: home + "/anne.json", atomically: true, encoding: .utf8)
        try #"{"adviser": "Bert", "regions": ["Utrecht"], "language": "\#(language)"}"#.write(toFile: home + "/bert.json", atomically: true, encoding: .utf8)
        let env = pinnedEnvironment(home: home)
        #expect(impuls(["demo", "--config", home + "/anne.json", "--output", home + "/anne", "--seed", "1"], env).status == 0)
        #expect(impuls(["demo", "--config", home + "/bert.json", "--output", home + "/bert", "--seed", "2"], env).status == 0)
        return (env, ["--config", home + "/anne.json", "--data-dir", home + "/anne", "--data-dir", home + "/bert"])
    }

    @Test func theChartsCarryTheFiguresOfStatusForEveryRegionAndTheTotal() throws {
        let home = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let (env, folders) = try twoFolders(home)
        let made = impuls(["report", "--all", "--output", home + "/report.html"] + folders, env)
        #expect(made.status == 0, "\(made.err)")
        #expect(made.out.contains("report.html"))
        let reader = try read(home + "/report.html")
        // Four charts for the total and for each of the 12 provinces.
        #expect(reader.charts.count == 13 * 4)
        #expect(Set(reader.charts.map(\.chart)) == ["applications", "budget", "reach", "overdue"])
        let json = impuls(["status", "--all", "--format", "json"] + folders, env)
        #expect(try Self.compare(reader.bars, with: json.out) == 13 * 17)
        #expect(reader.folders == [home + "/anne", home + "/bert"])
        #expect(reader.text.contains("16 oktober 2023"))
        #expect(reader.text.contains("Achtkarspelen"))       // behind a figure of Fryslân
        let mode = try FileManager.default.attributesOfItem(atPath: home + "/report.html")[.posixPermissions] as? Int
        #expect(mode == 0o600)

        // One region, in English: no total, the region's own figures.
        let config = home + "/en.json"
        try #"{"adviser": "Anne", "language": "en"}"#.write(toFile: config, atomically: true, encoding: .utf8)
        let english = folders.dropFirst(2).map { $0 }
        #expect(impuls(["report", "--region", "fryslan", "--config", config, "--output", home + "/fr.html"] + english, env).status == 0)
        let one = try read(home + "/fr.html")
        #expect(Set(one.charts.map(\.region)) == ["Fryslân"])
        #expect(one.text.contains("Applications by status"))
        #expect(one.text.contains("16 October 2023"))
        try Self.compare(one.bars, with: impuls(["status", "--region", "fryslan", "--format", "json", "--config", config] + english, env).out)
    }

    @Test func theReportReplacesOnlyARegularFile() throws {
        let home = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let (env, folders) = try twoFolders(home)
        // A folder, a FIFO (which must not block), a link: refused with exit status 2, left as they were.
        try FileManager.default.createDirectory(atPath: home + "/folder.html", withIntermediateDirectories: false)
        #expect(mkfifo(home + "/fifo.html", 0o600) == 0)
        try "keep".write(toFile: home + "/target", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: home + "/link.html", withDestinationPath: home + "/target")
        for name in ["folder.html", "fifo.html", "link.html"] {
            let refused = impuls(["report", "--output", home + "/" + name] + folders, env)
            #expect(refused.status == 2, "\(name): \(refused.err)")
        }
        #expect(try String(contentsOfFile: home + "/target", encoding: .utf8) == "keep")
        // A regular file is replaced whole; a folder that does not exist is an error.
        try "old".write(toFile: home + "/old.html", atomically: false, encoding: .utf8)
        #expect(impuls(["report", "--output", home + "/old.html"] + folders, env).status == 0)
        #expect(try String(contentsOfFile: home + "/old.html", encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
        #expect(impuls(["report", "--output", home + "/old.html", "--data-dir", home + "/missing"], env).status == 2)
        #expect(impuls(["report", "--region", "nowhere", "--output", home + "/x.html"] + folders, env).status == 2)
    }

    /// A browser from the distribution, when one is installed (`apt-get install chromium`).
    enum Browser {
        static func find(_ names: [String]) -> String? {
            for folder in ["/usr/bin", "/usr/local/bin", "/snap/bin"] {
                for name in names where FileManager.default.isExecutableFile(atPath: folder + "/" + name) { return folder + "/" + name }
            }
            return nil
        }
        static let chromium = find(["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"])
        static let firefox = find(["firefox", "firefox-esr"])
    }

    @Test(.enabled(if: Browser.chromium != nil, "needs Chromium (apt-get install chromium)"))
    func chromiumReadsTheChartsAndPrintsA4() throws {
        let home = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let (env, folders) = try twoFolders(home)
        #expect(impuls(["report", "--all", "--output", home + "/report.html"] + folders, env).status == 0)
        let browser = try #require(Browser.chromium)
        let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=" + home + "/profile"]
        var browserEnv = env
        browserEnv["PATH"] = "/usr/bin:/bin:/usr/local/bin"

        // The document as the browser built it: the same bars, the same numbers as status.
        let dom = runBounded([browser] + flags + ["--dump-dom", "file://" + home + "/report.html"], environment: browserEnv, timeout: 120)
        #expect(dom.status == 0, "\(dom.errHead)")
        var bars: [(region: String, figure: String, value: Int)] = []
        for chart in dom.out.components(separatedBy: "<svg ").dropFirst() {
            let svg = chart.components(separatedBy: "</svg>")[0]
            let region = try #require(Self.attribute("data-region", in: svg))
            for bar in svg.components(separatedBy: "<g ").dropFirst() {
                bars.append((region, Self.attribute("data-figure", in: bar) ?? "?", Int(Self.attribute("data-value", in: bar) ?? "") ?? -1))
            }
        }
        let json = impuls(["status", "--all", "--format", "json"] + folders, env)
        #expect(try Self.compare(bars, with: json.out) == 13 * 17)

        // Printed: A4 pages, each region on a page of its own.
        let pdf = runBounded([browser] + flags + ["--no-pdf-header-footer", "--print-to-pdf=" + home + "/report.pdf", "file://" + home + "/report.html"],
                             environment: browserEnv, timeout: 120)
        #expect(pdf.status == 0, "\(pdf.errHead)")
        let bytes = String(decoding: try Data(contentsOf: URL(fileURLWithPath: home + "/report.pdf")), as: UTF8.self)
        #expect(bytes.hasPrefix("%PDF"))
        let pages = bytes.components(separatedBy: "/MediaBox [").dropFirst().map { $0.prefix { $0 != "]" } }
        #expect(pages.count >= 12 + 2, "\(pages.count) pages")
        for page in pages {
            let size = page.split(separator: " ").compactMap { Double($0) }
            #expect(size.count == 4 && abs(size[2] - 595.3) < 2 && abs(size[3] - 841.9) < 2, "not A4: \(page)")
        }
    }

    @Test(.enabled(if: Browser.firefox != nil, "needs Firefox (apt-get install firefox-esr)"))
    func firefoxRendersTheReport() throws {
        let home = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let (env, folders) = try twoFolders(home)
        #expect(impuls(["report", "--all", "--output", home + "/report.html"] + folders, env).status == 0)
        let shot = runBounded([try #require(Browser.firefox), "--headless", "--profile", home, "--screenshot", home + "/report.png",
                               "--window-size=1200,1600", "file://" + home + "/report.html"], environment: env, timeout: 120)
        #expect(shot.status == 0, "\(shot.errHead)")
        let png = try Data(contentsOf: URL(fileURLWithPath: home + "/report.png"))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 20_000)
    }

    /// An attribute's value in a piece of serialized HTML (`name="value"`), unescaped.
    static func attribute(_ name: String, in html: String) -> String? {
        guard let start = html.range(of: " " + name + "=\"") else { return nil }
        let value = html[start.upperBound...].prefix { $0 != "\"" }
        return value.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }
}
