import ImpulsCore

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
    public let folded: String

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
                if let note = h.note, !note.isEmpty { parts.append(SearchPart(field: .stepNote, context: h.on.description, text: note)) }
            }
        }
        self.parts = parts
        folded = parts.map { Folding.fold($0.text) }.joined(separator: "\n")
        stamp = SearchText.stamp(dossier)
    }

    static func stamp(_ dossier: Dossier?) -> String {
        guard let d = dossier else { return "" }
        return "\(d.history.count) \(d.history.last?.id ?? "") \(d.notes.count) \(d.contacts.count)"
    }

    /// Where the filter is found — the part that holds most of its words (the first such), and a
    /// snippet of that part's text from a little before the first of them, on one line —; nil
    /// when no part holds any (or the filter is empty).
    public func match(_ query: String, width: Int) -> (part: SearchPart, snippet: String)? {
        let words = Folding.fold(query).split(separator: " ").map { Array($0.unicodeScalars) }
        guard !words.isEmpty else { return nil }
        var best: (part: SearchPart, count: Int, characters: [Character], at: Int)?
        for part in parts {
            // Fold character by character, remembering which character each folded scalar came from.
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
        let lead = min(best.at, max(0, min(16, width / 4)))
        var snippet = String(best.characters[(best.at - lead)...].map { $0 == "\n" ? " " : $0 })
        if best.at - lead > 0 { snippet = "…" + snippet }
        return (best.part, snippet)
    }

    static func find(_ needle: [Unicode.Scalar], in scalars: [Unicode.Scalar]) -> Int? {
        guard !needle.isEmpty, needle.count <= scalars.count else { return nil }
        return (0...(scalars.count - needle.count)).first { scalars[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}
