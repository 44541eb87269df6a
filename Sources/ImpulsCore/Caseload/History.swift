/// What a history entry is about: the dossier itself or one record, by id.
public enum Subject: Hashable, Sendable {
    case dossier
    case session(String)
    case followUp(String)
    case contact(String)
    case application(String)

    /// The record kind and id; nil for the dossier itself.
    public var record: (kind: Dossier.RecordKind, id: String)? {
        switch self {
        case .dossier: nil
        case .session(let id): (.session, id)
        case .followUp(let id): (.followUp, id)
        case .contact(let id): (.contact, id)
        case .application(let id): (.application, id)
        }
    }

    public init(_ kind: Dossier.RecordKind, _ id: String) {
        switch kind {
        case .session: self = .session(id)
        case .followUp: self = .followUp(id)
        case .contact: self = .contact(id)
        case .application: self = .application(id)
        }
    }

    /// `dossier`, `session:ID`, `follow-up:ID`, `contact:ID`, `application:ID`: the file format's form.
    public var text: String { record.map { $0.kind.rawValue + ":" + $0.id } ?? "dossier" }

    public init?(text: String) {
        var text = text
        guard let subject = text.withUTF8({ Subject(utf8: $0) }) else { return nil }
        self = subject
    }

    /// The same, from the UTF-8 of a string (a `String`'s, or a JSON string's as the parser checked
    /// it): subjects are read by the thousand when a folder loads, so the kind is told from the
    /// bytes before the colon without making strings.
    /// `keepingID` false for a kind: its id is checked but left empty (a reading that only counts).
    public init?(utf8 bytes: UnsafeBufferPointer<UInt8>, keepingID: (Dossier.RecordKind) -> Bool = { _ in true }) {
        func starts(with word: StaticString) -> Bool {
            guard bytes.count >= word.utf8CodeUnitCount else { return false }
            for i in 0..<word.utf8CodeUnitCount where bytes[i] != word.utf8Start[i] { return false }
            return true
        }
        if bytes.count == 7, starts(with: "dossier") { self = .dossier; return }
        let kind: Dossier.RecordKind
        if starts(with: "session:") { kind = .session }
        else if starts(with: "follow-up:") { kind = .followUp }
        else if starts(with: "contact:") { kind = .contact }
        else if starts(with: "application:") { kind = .application }
        else { return nil }
        let idStart = kind.rawValue.utf8.count + 1
        guard idStart < bytes.count else { return nil }
        self.init(kind, keepingID(kind) ? String(decoding: UnsafeBufferPointer(rebasing: bytes[idStart...]), as: UTF8.self) : "")
    }
}

/// A moment, in milliseconds since 1970-01-01 UTC: what orders two changes made on one day on two
/// laptops. Shown to people only as its calendar day (`HistoryEntry.on`).
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let milliseconds: Int64

    /// Kept within the calendar (0001-01-01 to the last millisecond of 9999-12-31), like `CalendarDay`.
    public init(milliseconds: Int64) {
        self.milliseconds = min(max(milliseconds, Timestamp.first), Timestamp.last)
    }

    static let first = Int64(CalendarDay.earliest.dayNumber) * 86_400_000
    static let last = Int64(CalendarDay.latest.dayNumber) * 86_400_000 + 86_399_999

    /// Midnight UTC at the start of `day`.
    public init(day: CalendarDay) { self.init(milliseconds: Int64(day.dayNumber) * 86_400_000) }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.milliseconds < rhs.milliseconds }

    /// The calendar day (UTC) the moment falls on.
    public var day: CalendarDay {
        CalendarDay(dayNumber: Int(milliseconds >= 0 ? milliseconds / 86_400_000 : (milliseconds - 86_399_999) / 86_400_000))
    }

    /// `2023-10-16T14:03:22.123Z`.
    public var description: String {
        let day = self.day
        let rest = milliseconds - Int64(day.dayNumber) * 86_400_000
        func pad(_ v: Int64, _ width: Int) -> String { let t = String(v); return String(repeating: "0", count: max(0, width - t.count)) + t }
        return "\(day)T\(pad(rest / 3_600_000, 2)):\(pad(rest / 60_000 % 60, 2)):\(pad(rest / 1000 % 60, 2)).\(pad(rest % 1000, 3))Z"
    }

    /// Parses exactly the form `description` writes; nil for anything else.
    public init?(text: String) {
        var text = text
        guard let value = text.withUTF8({ Timestamp.parse($0) }) else { return nil }
        milliseconds = value
    }

    /// The same, from the text's UTF-8 bytes.
    public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard let value = Timestamp.parse(bytes) else { return nil }
        milliseconds = value
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard bytes.count == 24, bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
              bytes[19] == UInt8(ascii: "."), bytes[23] == UInt8(ascii: "Z"),
              let day = CalendarDay.parse(UnsafeBufferPointer(rebasing: bytes[0..<10]), acceptDutchOrder: false) else { return nil }
        func number(_ range: Range<Int>) -> Int64? {
            var value: Int64 = 0
            for i in range {
                guard bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int64(bytes[i] - UInt8(ascii: "0"))
            }
            return value
        }
        guard let h = number(11..<13), let m = number(14..<16), let s = number(17..<19), let ms = number(20..<23),
              h < 24, m < 60, s < 60 else { return nil }
        return Int64(day.dayNumber) * 86_400_000 + ((h * 60 + m) * 60 + s) * 1000 + ms
    }
}

/// A record as it was before a history entry removed or replaced it, kept whole so that an undo
/// (or the redo of an undo) puts back exactly what was there.
public enum RecordSnapshot: Hashable, Sendable {
    case session(AdviceSession)
    /// A follow-up, with the session it belongs to.
    case followUp(FollowUp, session: String)
    case contact(Contact)
    case application(Application)
}

/// One recorded change: when, by whom, to what, and what changed.
public struct HistoryEntry: Hashable, Sendable {
    /// What kind of change.
    public enum Action: String, CaseIterable, Sendable {
        case created, changed, removed, transition
        /// Took back a change (version 1's undo, which names no records; newer undos are entries of
        /// the other kinds, each with `undoes` set).
        case undo
        /// A notice (named in `new`) was dealt with.
        case resolved
        /// The dossier took in an export (`new` names the file); never undone by `u`.
        case imported
        /// A person's data was erased (`note`: the request's id, never the text); never undone.
        case erased
    }

    /// Unique in the dossier across every laptop: `CHANGE.NN`, where CHANGE (16 hex digits) is
    /// shared by the entries of one user action (an undo takes back all of them) and NN orders them.
    public var id: String
    /// When, to order changes across laptops; `on` is the same moment as the user's calendar day.
    public var at: Timestamp
    public var on: CalendarDay
    public var by: String
    /// The laptop the change was made on: the id its data folder keeps (`DataFolder.laptopID`), so
    /// that two advisers of the same name, or both without one, are told apart. Nil in entries
    /// written before laptops were recorded.
    public var laptop: String?
    public var subject: Subject
    public var action: Action
    /// The field changed (a record's, or the dossier's `notice` for a notice's resolution); of the
    /// same kind as `subject`.
    public var field: RecordField?
    public var old: String?
    public var new: String?
    public var note: String?
    /// For a removal, and for every entry of an undo: the record as it was before.
    public var before: RecordSnapshot?
    /// For an undo: the change it takes back.
    public var undoes: String?

    public init(id: String, at: Timestamp, on: CalendarDay, by: String, laptop: String? = nil, subject: Subject, action: Action,
                field: RecordField? = nil, old: String? = nil, new: String? = nil, note: String? = nil,
                before: RecordSnapshot? = nil, undoes: String? = nil) {
        self.id = id
        self.at = at
        self.on = on
        self.by = by
        self.laptop = laptop
        self.subject = subject
        self.action = action
        self.field = field
        self.old = old
        self.new = new
        self.note = note
        self.before = before
        self.undoes = undoes
    }

    /// The user action this entry belongs to: its id without the `.NN` suffix.
    public var change: String {
        guard let dot = id.lastIndex(of: ".") else { return id }
        return String(id[..<dot])
    }

    /// The canonical order of a history: by time, then by id (which keeps a change's entries in order).
    public static func precedes(_ a: HistoryEntry, _ b: HistoryEntry) -> Bool { (a.at, a.id) < (b.at, b.id) }
}

/// Stable 64-bit hashing (FNV-1a) for ids derived from content: the same input gives the same id
/// on every laptop and in every run.
public enum StableHash {
    public static func hex(_ parts: [String]) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in parts {
            for byte in part.utf8 { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            h = (h ^ 0x1F) &* 0x0000_0100_0000_01B3
        }
        let text = String(h, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }
}
