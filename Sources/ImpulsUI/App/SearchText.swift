import ImpulsCore
import ImpulsText
#if canImport(Glibc)
import Glibc
#endif

/// A piece of a dossier's text the filter searches, and where it is in the dossier.
public struct SearchPart: Sendable, Equatable {
    public let field: SearchField
    /// Which record it is in, as the user knows it: a session's date, a contact's name (or empty).
    public let context: String
    public let text: String
    /// The record's id (a session, follow-up, contact or application), to open the dossier there.
    public var record: String? = nil
}

/// All the text of one municipality's dossier that the filter searches — name, code, contacts
/// (name, role, e-mail, phone), notes, the adviser, sessions (summary, participants), follow-ups,
/// applications (title, activities, outcome) and the notes of their steps —, and all of it folded.
public struct SearchText: Sendable, Equatable {
    /// Changes with the dossier (its history grows with every change), so a kept one can be reused.
    let stamp: String
    public let parts: [SearchPart]
    /// Every part folded (`Folding`), one a line: what the filter's words are looked for in.
    public var folded: String { String(decoding: bytes, as: UTF8.self) }
    /// Where each part is in `bytes`, in the order of `parts`.
    let ranges: [Range<Int>]
    /// `folded` as bytes, searched with the C library's `memmem` (a keystroke over 70,000 sessions).
    let bytes: [UInt8]

    init(_ m: Municipality, dossier: Dossier?) {
        var parts = [SearchPart(field: .name, context: "", text: m.name), SearchPart(field: .code, context: "", text: m.code.rawValue)]
        if let d = dossier {
            for c in d.contacts {
                parts.append(SearchPart(field: .contactName, context: "", text: c.name, record: c.id))
                for (field, text) in [(SearchField.contactRole, c.role), (.contactEmail, c.email), (.contactPhone, c.phone)] where !text.isEmpty {
                    parts.append(SearchPart(field: field, context: c.name, text: text, record: c.id))
                }
            }
            if !d.notes.isEmpty { parts.append(SearchPart(field: .notes, context: "", text: d.notes)) }
            if !d.adviser.isEmpty { parts.append(SearchPart(field: .adviser, context: "", text: d.adviser)) }
            for s in d.sessions.sorted(by: { ($0.date, $0.id) > ($1.date, $1.id) }) {
                parts.append(SearchPart(field: .sessionSummary, context: s.date.description, text: s.summary, record: s.id))
                if !s.participants.isEmpty {
                    parts.append(SearchPart(field: .sessionParticipants, context: s.date.description, text: s.participants.joined(separator: ", "),
                                            record: s.id))
                }
                for f in s.followUps { parts.append(SearchPart(field: .followUp, context: f.due.description, text: f.text, record: f.id)) }
            }
            for a in d.applications.reversed() {
                parts.append(SearchPart(field: .applicationTitle, context: "", text: a.title, record: a.id))
                if !a.activities.isEmpty { parts.append(SearchPart(field: .applicationActivities, context: "", text: a.activities, record: a.id)) }
                if let outcome = a.outcome { parts.append(SearchPart(field: .applicationOutcome, context: "", text: outcome, record: a.id)) }
            }
            for h in d.history.reversed() {
                if let note = h.note, !note.isEmpty {
                    parts.append(SearchPart(field: .stepNote, context: h.on.description, text: note, record: h.subject.record?.id))
                }
            }
        }
        self.parts = parts
        var bytes: [UInt8] = [], ranges: [Range<Int>] = []
        for part in parts {
            if !bytes.isEmpty { bytes.append(10) }
            let start = bytes.count
            SearchText.fold(part.text, into: &bytes)
            ranges.append(start..<bytes.count)
        }
        self.bytes = bytes
        self.ranges = ranges
        stamp = SearchText.stamp(dossier)
    }

    /// `Folding.fold(text)` as UTF-8 bytes, with ASCII (most of the text) folded here at once.
    static func fold(_ text: String, into out: inout [UInt8]) {
        for scalar in text.unicodeScalars {
            let v = scalar.value
            guard v < 0x80 else {
                out.append(contentsOf: Folding.fold(String(scalar)).utf8)
                continue
            }
            switch v {
            case 65...90: out.append(UInt8(v + 32))
            case 39, 96: continue                     // ' and `
            case 45, 95, 9: out.append(32)            // - _ and tab as a space
            default: out.append(UInt8(v))
            }
        }
    }

    /// Whether every word (folded, as bytes) occurs somewhere in the dossier's text.
    func contains(all words: [[UInt8]]) -> Bool {
        bytes.withUnsafeBytes { haystack in
            words.allSatisfy { word in word.withUnsafeBytes { SearchText.find($0, in: haystack) } }
        }
    }

    /// A byte search: the C library's `memchr` to the next candidate, `memcmp` to check it.
    static func find(_ needle: UnsafeRawBufferPointer, in haystack: UnsafeRawBufferPointer) -> Bool {
        guard let first = needle.first, let base = haystack.baseAddress, let n = needle.baseAddress else { return needle.isEmpty }
        var offset = 0
        while haystack.count - offset >= needle.count {
            #if canImport(Glibc)
            guard let hit = memchr(base + offset, Int32(first), haystack.count - offset - needle.count + 1) else { return false }
            let at = UnsafeRawPointer(hit) - base
            if memcmp(base + at, n, needle.count) == 0 { return true }
            offset = at + 1
            #else
            if haystack[offset..<(offset + needle.count)].elementsEqual(needle) { return true }
            offset += 1
            #endif
        }
        return false
    }

    static func stamp(_ dossier: Dossier?) -> String {
        guard let d = dossier else { return "" }
        return "\(d.history.count) \(d.history.last?.id ?? "") \(d.notes.count) \(d.contacts.count)"
    }

    /// Where the filter is found — the part that holds most of its words (the first such), and a
    /// snippet of that part's text from a little before the first of them, on one line —; nil
    /// when no part holds any (or the filter is empty).
    public func match(_ query: String, width: Int) -> (part: SearchPart, snippet: String)? {
        matchKeepingWord(query, width: width).map { ($0.part, $0.snippet) }
    }

    /// `match`, with the width of the word the match is in (which the snippet keeps whole).
    public func matchKeepingWord(_ query: String, width: Int) -> (part: SearchPart, snippet: String, word: Int)? {
        let words = Folding.fold(query).split(separator: " ").map { Array($0.unicodeScalars) }
        guard !words.isEmpty else { return nil }
        var best: (part: SearchPart, count: Int, characters: [Character], at: Int)?
        let wordBytes = Folding.fold(query).split(separator: " ").map { Array($0.utf8) }
        for (part, range) in zip(parts, ranges) {
            // Only a part that holds a word is folded again, character by character, to find where.
            let holds = bytes.withUnsafeBytes { all in
                wordBytes.contains { word in word.withUnsafeBytes { SearchText.find($0, in: UnsafeRawBufferPointer(rebasing: all[range])) } }
            }
            guard holds else { continue }
            let characters = Array(part.text)
            var scalars: [Unicode.Scalar] = [], owner: [Int] = []
            for (index, c) in characters.enumerated() {
                for scalar in Folding.fold(String(c)).unicodeScalars {
                    scalars.append(scalar)
                    owner.append(index)
                }
            }
            var count = 0, at: Int?
            for word in words {
                guard let start = SearchText.find(word, in: scalars) else { continue }
                count += 1
                at = at ?? owner[start]
            }
            if let at, count > (best?.count ?? 0) { best = (part, count, characters, at) }
            if count == words.count { break }
        }
        guard let best else { return nil }
        // The word the match is in stays whole: the text before it gives way first.
        let word = SearchText.wordWidth(best.characters, from: best.at)
        let lead = min(best.at, max(0, min(16, width / 4, width - word - 2)))
        var snippet = String(best.characters[(best.at - lead)...].map { $0 == "\n" ? " " : $0 })
        if best.at - lead > 0 { snippet = "…" + snippet }
        return (best.part, snippet, word)
    }

    /// The width of the word that starts at `index` (to the next space or line break).
    static func wordWidth(_ characters: [Character], from index: Int) -> Int {
        DisplayWidth.of(String(characters[index...].prefix { $0 != " " && $0 != "\n" }))
    }

    static func find(_ needle: [Unicode.Scalar], in scalars: [Unicode.Scalar]) -> Int? {
        guard !needle.isEmpty, needle.count <= scalars.count else { return nil }
        return (0...(scalars.count - needle.count)).first { scalars[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}
