/// Text about a person — a name, an e-mail address, a phone number — as privacy requests name it:
/// found case- and accent-insensitively (`Folding`), and only as whole words, so "Jan" finds
/// "jan@gemeente.nl" and "JAN de Vries" but not "januari".
public struct PersonalText: Sendable, Hashable {
    /// What the person asked about, folded.
    public let folded: String

    /// The shortest text that may be looked for (folded, in characters): shorter finds too much.
    public static let shortest = 3

    /// nil when the text is too short to name anyone (fewer than `shortest` letters or digits).
    public init?(_ text: String) {
        let folded = Folding.fold(text).split(separator: " ").joined(separator: " ")
        guard folded.filter({ $0.isLetter || $0.isNumber }).count >= PersonalText.shortest else { return nil }
        self.folded = folded
    }

    /// Whether `text` mentions it.
    public func occurs(in text: String) -> Bool { !spans(in: text).isEmpty }

    /// `text` with every mention replaced by `PersonalText.marker`; nil when there is none.
    public func replacing(in text: String) -> String? {
        let found = spans(in: text)
        guard !found.isEmpty else { return nil }
        var characters = Array(text)
        for span in found.reversed() { characters.replaceSubrange(span, with: Array(PersonalText.marker)) }
        return String(characters)
    }

    /// What an erased mention becomes (in every language: the same bytes on every laptop).
    public static let marker = "[gewist]"

    /// Where it occurs in `text`, as ranges of characters, first to last, not overlapping.
    func spans(in text: String) -> [Range<Int>] {
        // Each character folded on its own, with the folded offset it starts at: a match in the
        // folded text maps back to whole characters of the original.
        var folded: [UInt8] = []
        var starts: [Int] = []
        let characters = Array(text)
        for character in characters {
            starts.append(folded.count)
            folded.append(contentsOf: Folding.fold(String(character)).utf8)
        }
        // Runs of spaces fold to one, as the needle's did.
        let needle = Array(self.folded.utf8)
        guard !needle.isEmpty, folded.count >= needle.count else { return [] }
        func character(at offset: Int) -> Int {
            var low = 0, high = starts.count - 1
            while low < high {
                let mid = (low + high + 1) / 2
                if starts[mid] <= offset { low = mid } else { high = mid - 1 }
            }
            return low
        }
        func isWordCharacter(_ index: Int) -> Bool {
            guard index >= 0, index < characters.count else { return false }
            return characters[index].isLetter || characters[index].isNumber
        }
        var found: [Range<Int>] = []
        var offset = 0
        while offset + needle.count <= folded.count {
            if folded[offset] == needle[0], folded[offset..<(offset + needle.count)].elementsEqual(needle) {
                let first = character(at: offset)
                let last = character(at: offset + needle.count - 1)
                let wordStart = starts[first] == offset && !(isWordCharacter(first - 1) && isWordCharacter(first))
                let wordEnd = (last + 1 >= starts.count || starts[last + 1] == offset + needle.count)
                    && !(isWordCharacter(last) && isWordCharacter(last + 1))
                if wordStart && wordEnd, found.last.map({ $0.upperBound <= first }) ?? true {
                    found.append(first..<(last + 1))
                    offset = starts.indices.contains(last + 1) ? starts[last + 1] : folded.count
                    continue
                }
            }
            offset += 1
        }
        return found
    }
}
