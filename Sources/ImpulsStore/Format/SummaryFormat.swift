import ImpulsCore

/// The data folder's summary file (`.impuls-cache/summary`): for each dossier file, its stamp when
/// read and the figures read from it on one day. Binary, written and read only by impuls:
///
///     "impuls-summary\n"  version  dossier format  today  count  entries…  checksum
///
/// A summary of another version (of this layout or of the dossier format), a different day, or
/// one that does not read back exactly with its checksum is not used at all.
enum SummaryFormat {
    /// Raise whenever the layout, or what the figures are made of, changes.
    static let version: Int = 1
    static let magic = Array("impuls-summary\n".utf8)

    /// One dossier's file as it was read.
    struct Entry: Equatable, Sendable {
        let stamp: FileStamp
        let figures: DossierFigures
    }

    static func encode(_ entries: [MunicipalityCode: Entry], today: CalendarDay) -> [UInt8] {
        var w = SummaryWriter()
        w.raw(magic)
        w.int(version)
        w.int(DossierFormat.currentVersion)
        day(today, &w)
        w.int(entries.count)
        for code in entries.keys.sorted() {
            let entry = entries[code]!
            w.i64(entry.stamp.size)
            w.i64(entry.stamp.seconds)
            w.i64(entry.stamp.nanoseconds)
            w.u64(entry.stamp.inode)
            figures(entry.figures, &w)
        }
        w.u64(Revision(of: w.bytes).hash)
        return w.bytes
    }

    /// The entries of a summary made on `today` by this impuls; nil for anything else.
    static func decode(_ bytes: [UInt8], today: CalendarDay) -> [MunicipalityCode: Entry]? {
        guard bytes.count >= magic.count + 8 else { return nil }
        let body = Array(bytes[..<(bytes.count - 8)])
        var tail = SummaryReader(Array(bytes[(bytes.count - 8)...]))
        guard (try? tail.u64()) == Revision(of: body).hash else { return nil }
        var r = SummaryReader(body)
        do {
            guard Array(try r.raw(magic.count)) == magic, try r.int() == version, try r.int() == DossierFormat.currentVersion,
                  try day(&r) == today else { return nil }
            var entries: [MunicipalityCode: Entry] = [:]
            for _ in 0..<(try r.count(least: 40)) {
                let stamp = FileStamp(size: try r.i64(), seconds: try r.i64(), nanoseconds: try r.i64(), inode: try r.u64())
                let figures = try figures(&r)
                guard entries.updateValue(Entry(stamp: stamp, figures: figures), forKey: figures.code) == nil else { return nil }
            }
            return r.atEnd ? entries : nil
        } catch {
            return nil
        }
    }

    // MARK: - Figures

    private static func figures(_ f: DossierFigures, _ w: inout SummaryWriter) {
        w.text(f.code.rawValue)
        optional(f.row.current, &w) { application($0, &$1) }
        optional(f.row.lastContact, &w) { day($0, &$1) }
        w.int(f.row.openFollowUps)
        w.int(f.row.overdueFollowUps)
        w.text(f.adviser)
        w.bool(f.hasSessions)
        w.int(f.work.count)
        for name in f.work.keys.sorted() {
            let work = f.work[name]!
            w.text(name)
            w.int(work.sessionsLast30Days)
            w.int(work.sessionsLast90Days)
            w.bool(work.active)
        }
        w.int(f.applications.count)
        for a in f.applications { application(a, &w) }
        for flag in [f.hasOverdueFollowUps, f.hasProjectsPastEnd, f.hasStaleDrafts, f.hasApprovedNotStarted, f.hasOpenNotices] { w.bool(flag) }
    }

    private static func figures(_ r: inout SummaryReader) throws(SummaryReader.Damaged) -> DossierFigures {
        let text = try r.text()
        guard let code = MunicipalityCode(text), code.rawValue == text else { throw SummaryReader.Damaged() }
        let row = DossierFigures.Row(current: try optional(&r) { (r) throws(SummaryReader.Damaged) in try application(&r) },
                                     lastContact: try optional(&r) { (r) throws(SummaryReader.Damaged) in try day(&r) },
                                     openFollowUps: try tally(&r), overdueFollowUps: try tally(&r))
        let adviser = try r.text()
        let hasSessions = try r.bool()
        var work: [String: AdviserWork] = [:]
        for _ in 0..<(try r.count(least: 25)) {
            let name = try r.text()
            work[name] = AdviserWork(sessionsLast30Days: try tally(&r), sessionsLast90Days: try tally(&r), active: try r.bool())
        }
        var applications: [DossierFigures.ApplicationFigures] = []
        for _ in 0..<(try r.count(least: 18)) { applications.append(try application(&r)) }
        return DossierFigures(code: code, row: row, adviser: adviser, hasSessions: hasSessions, work: work, applications: applications,
                              hasOverdueFollowUps: try r.bool(), hasProjectsPastEnd: try r.bool(), hasStaleDrafts: try r.bool(),
                              hasApprovedNotStarted: try r.bool(), hasOpenNotices: try r.bool())
    }

    /// A count of records of one dossier: what a file holds stays far below a million, and a count
    /// that does not is damage (it is added up into a region's figures).
    private static func tally(_ r: inout SummaryReader) throws(SummaryReader.Damaged) -> Int {
        let n = try r.int()
        guard (0...1_000_000).contains(n) else { throw SummaryReader.Damaged() }
        return n
    }

    private static func application(_ a: DossierFigures.ApplicationFigures, _ w: inout SummaryWriter) {
        w.text(a.status.rawValue)
        w.i64(a.requested.value)
        optional(a.granted, &w) { $1.i64($0.value) }
    }

    private static func application(_ r: inout SummaryReader) throws(SummaryReader.Damaged) -> DossierFigures.ApplicationFigures {
        guard let status = ApplicationStatus(rawValue: try r.text()) else { throw SummaryReader.Damaged() }
        return DossierFigures.ApplicationFigures(status: status, requested: Cents(try r.i64()),
                                                 granted: try optional(&r) { (r) throws(SummaryReader.Damaged) in Cents(try r.i64()) })
    }

    private static func day(_ d: CalendarDay, _ w: inout SummaryWriter) {
        w.int(d.year)
        w.int(d.month)
        w.int(d.day)
    }

    private static func day(_ r: inout SummaryReader) throws(SummaryReader.Damaged) -> CalendarDay {
        guard let d = CalendarDay(year: try r.int(), month: try r.int(), day: try r.int()) else { throw SummaryReader.Damaged() }
        return d
    }

    private static func optional<T>(_ value: T?, _ w: inout SummaryWriter, _ write: (T, inout SummaryWriter) -> Void) {
        w.bool(value != nil)
        if let value { write(value, &w) }
    }

    private static func optional<T>(_ r: inout SummaryReader,
                                    _ read: (inout SummaryReader) throws(SummaryReader.Damaged) -> T) throws(SummaryReader.Damaged) -> T? {
        try r.bool() ? try read(&r) : nil
    }
}
