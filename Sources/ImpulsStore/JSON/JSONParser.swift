#if canImport(Glibc)
import Glibc
#endif
import ImpulsCore

/// Why a text is not JSON, and where.
public struct JSONSyntaxError: Error, Sendable {
    public let problem: DataProblem
    public let offset: Int
}

/// A strict JSON parser (RFC 8259) over UTF-8 bytes, with byte offsets on every value. It reads
/// through a pointer to the caller's bytes, valid only inside `parse` or `pulling`.
public struct JSONParser {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    /// The keys of the objects being read, innermost last (for duplicates), kept across objects
    /// so that reading one allocates nothing.
    private var keyStack: [JSONKey] = []
    private var depth = 0
    private var values = 0
    private var valueLimit = JSONParser.maximumValues
    /// False: `pullText` checks each text as `pullString` does and hands back "" (see `pulling`).
    private var keepsText = true
    /// False (only when texts are not kept): `pullText` passes over a text to its closing quote
    /// without checking its UTF-8 or control characters, for a preview.
    private var checksText = true
    private static let maximumDepth = 200
    /// Bounds the memory a hostile file can take (a 16 MiB array of small numbers would otherwise
    /// become millions of nodes). A real dossier holds a few thousand values.
    public static let maximumValues = 250_000
    /// The same bound for an export, which holds every dossier of a folder (the stress demo's
    /// export has about 2 million values).
    public static let maximumExportValues = 8_000_000

    /// The tree of `bytes`; more than `maximumValues` values is refused as too many.
    public static func parse(_ bytes: [UInt8], maximumValues: Int = JSONParser.maximumValues) throws(JSONSyntaxError) -> JSONNode {
        let result = bytes.withUnsafeBufferPointer { buffer -> Result<JSONNode, JSONSyntaxError> in
            var parser = JSONParser(buffer)
            parser.valueLimit = maximumValues
            return Result { () throws(JSONSyntaxError) in
                parser.skipSpace()
                if parser.index >= buffer.count { throw JSONSyntaxError(problem: .empty, offset: parser.index) }
                let node = try parser.parseValue()
                parser.skipSpace()
                if parser.index < buffer.count { throw JSONSyntaxError(problem: .trailingText, offset: parser.index) }
                return node
            }
        }
        return try result.get()
    }

    /// A parser at the start of `buffer`, after a byte order mark if there is one.
    private init(_ buffer: UnsafeBufferPointer<UInt8>) {
        bytes = buffer
        if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { index = 3 }
    }

    /// Most calls find no space at all, or the one after a colon: that is told without a call.
    @inline(__always)
    private mutating func skipSpace() {
        if index < bytes.count, bytes[index] > 0x20 { return }
        if index + 1 < bytes.count, bytes[index] == 0x20, bytes[index + 1] > 0x20 {
            index += 1
            return
        }
        skipSpaceFound()
    }

    private mutating func skipSpaceFound() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x0A, 0x0D, 0x09: index += 1
            case 0x20:
                // Indentation, eight spaces a step.
                index = scan(from: index) { JSONParser.nonZeroBytes($0 ^ 0x2020_2020_2020_2020) }
                while index < bytes.count, bytes[index] == 0x20 { index += 1 }
            default: return
            }
        }
    }

    /// From `start`, eight bytes a step: the offset of the first byte `flags` marks (its lowest set
    /// high bit, see `attention`), or of the first of the last few bytes, for the caller to read
    /// one by one.
    @inline(__always)
    private func scan(from start: Int, _ flags: (UInt64) -> UInt64) -> Int {
        var at = start
        while at + 8 <= bytes.count {
            let found = flags(word(at: at))
            if found != 0 { return at + found.trailingZeroBitCount / 8 }
            at += 8
        }
        return at
    }

    /// The eight bytes from `offset` (which must leave eight bytes), the first lowest.
    private func word(at offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self))
    }

    private func fail(_ problem: DataProblem) -> JSONSyntaxError {
        JSONSyntaxError(problem: problem, offset: index)
    }

    private func unexpected() -> JSONSyntaxError {
        guard index < bytes.count else { return fail(.unexpectedEnd) }
        var end = index + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        let text = String(decoding: bytes[index..<end], as: UTF8.self)
        return fail(.unexpectedCharacter(text))
    }

    private mutating func parseValue() throws(JSONSyntaxError) -> JSONNode {
        guard index < bytes.count else { throw fail(.unexpectedEnd) }
        values += 1
        if values > valueLimit { throw fail(.tooManyValues(limit: valueLimit)) }
        let start = index
        switch bytes[index] {
        case UInt8(ascii: "{"): return JSONNode(try parseObject(), offset: start)
        case UInt8(ascii: "["): return JSONNode(try parseArray(), offset: start)
        case UInt8(ascii: "\""): return JSONNode(.string(try parseString()), offset: start)
        case UInt8(ascii: "t"): try expectWord("true"); return JSONNode(.bool(true), offset: start)
        case UInt8(ascii: "f"): try expectWord("false"); return JSONNode(.bool(false), offset: start)
        case UInt8(ascii: "n"): try expectWord("null"); return JSONNode(.null, offset: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return JSONNode(.number(try parseNumber()), offset: start)
        default: throw unexpected()
        }
    }

    private mutating func expectWord(_ word: StaticString) throws(JSONSyntaxError) {
        let count = word.utf8CodeUnitCount
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: count)
        for i in 0..<count {
            guard index < bytes.count else { throw fail(.unexpectedEnd) }
            guard bytes[index] == expected[i] else { throw unexpected() }
            index += 1
        }
    }

    private mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        if depth > JSONParser.maximumDepth { throw fail(.tooDeep) }
    }

    private mutating func parseObject() throws(JSONSyntaxError) -> JSONNode.Value {
        var found: [(key: String, value: JSONNode)] = []
        // Duplicate keys: a linear scan for the small objects data files hold, a set beyond that.
        var keys = Set<String>()
        try members { p throws(JSONSyntaxError) in
            let keyOffset = p.index
            let key = try p.parseString()
            let duplicate: Bool
            if found.count < 24 {
                duplicate = found.contains { $0.key == key }
            } else {
                if keys.isEmpty { keys = Set(found.map(\.key)) }
                duplicate = !keys.insert(key).inserted
            }
            if duplicate { throw JSONSyntaxError(problem: .duplicateKey(key), offset: keyOffset) }
            try p.colon()
            found.append((key: key, value: try p.parseValue()))
        }
        return .object(found)
    }

    private mutating func parseArray() throws(JSONSyntaxError) -> JSONNode.Value {
        var elements: [JSONNode] = []
        try elementsOfArray { p throws(JSONSyntaxError) in
            p.skipSpace()
            elements.append(try p.parseValue())
        }
        return .array(elements)
    }

    /// `{ member, … }` with the parser at the `{`: `member` reads one key (the parser at its `"`)
    /// and its value; the braces, commas and depth are checked here, for the tree and for pulling.
    private mutating func members(_ member: (inout JSONParser) throws(JSONSyntaxError) -> Void) throws(JSONSyntaxError) {
        try items(closedBy: UInt8(ascii: "}"), keyed: true, member)
    }

    /// `[ element, … ]` with the parser at the `[`, likewise.
    private mutating func elementsOfArray(_ element: (inout JSONParser) throws(JSONSyntaxError) -> Void) throws(JSONSyntaxError) {
        try items(closedBy: UInt8(ascii: "]"), keyed: false, element)
    }

    /// An object's members (`keyed`: each must start with a key) or an array's elements.
    @inline(__always)
    private mutating func items(closedBy close: UInt8, keyed: Bool,
                                _ item: (inout JSONParser) throws(JSONSyntaxError) -> Void) throws(JSONSyntaxError) {
        try enter()
        index += 1
        skipSpace()
        if index < bytes.count, bytes[index] == close {
            index += 1
            depth -= 1
            return
        }
        while true {
            if keyed {
                skipSpace()
                guard index < bytes.count else { throw fail(.unexpectedEnd) }
                guard bytes[index] == UInt8(ascii: "\"") else { throw unexpected() }
            }
            try item(&self)
            skipSpace()
            guard index < bytes.count else { throw fail(.unexpectedEnd) }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == close { index += 1; break }
            throw unexpected()
        }
        depth -= 1
    }

    /// The `:` between a key and its value.
    private mutating func colon() throws(JSONSyntaxError) {
        skipSpace()
        guard index < bytes.count else { throw fail(.unexpectedEnd) }
        guard bytes[index] == UInt8(ascii: ":") else { throw unexpected() }
        index += 1
        skipSpace()
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> String {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        func digits(_ parser: inout JSONParser) -> Int {
            var count = 0
            while parser.index < parser.bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(parser.bytes[parser.index]) {
                parser.index += 1
                count += 1
            }
            return count
        }
        let leadingZero = index < bytes.count && bytes[index] == UInt8(ascii: "0")
        let integerDigits = digits(&self)
        guard integerDigits > 0, !(leadingZero && integerDigits > 1) else { throw fail(.invalidNumber) }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits(&self) > 0 else { throw fail(.invalidNumber) }
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits(&self) > 0 else { throw fail(.invalidNumber) }
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    /// `keep` false: checked all the same, but no string is made ("" is returned).
    private mutating func parseString(keep: Bool = true) throws(JSONSyntaxError) -> String {
        index += 1
        let start = index
        // Fast path: no escapes. Eight bytes a step while none of them ends the string, starts an
        // escape or is a control character (most of a dossier's bytes are summaries and notes).
        var ascii = true
        while true {
            while index + 8 <= bytes.count {
                let word = word(at: index)
                let attention = JSONParser.attention(word)
                if attention != 0 {
                    // Straight to the first byte that needs it; the ones before it are plain text.
                    let before = attention.trailingZeroBitCount / 8
                    if before > 0, word & (UInt64.max >> (64 - 8 * UInt64(before))) & JSONParser.highBits != 0 { ascii = false }
                    index += before
                    break
                }
                if word & JSONParser.highBits != 0 { ascii = false }
                index += 8
            }
            guard index < bytes.count else { break }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<index])
                index += 1
                if !keep {
                    guard ascii || UTF8Check.isValid(slice) else { throw JSONSyntaxError(problem: .invalidUTF8, offset: start) }
                    return ""
                }
                // Plain ASCII needs no validation.
                guard let text = ascii ? String(decoding: slice, as: UTF8.self) : UTF8Check.string(slice) else {
                    throw JSONSyntaxError(problem: .invalidUTF8, offset: start)
                }
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw unexpected() }
            if byte >= 0x80 { ascii = false }
            index += 1
        }
        var scratch = Array(UnsafeBufferPointer(rebasing: bytes[start..<index]))
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                guard let text = scratch.withUnsafeBufferPointer(UTF8Check.string) else {
                    throw JSONSyntaxError(problem: .invalidUTF8, offset: start)
                }
                index += 1
                return keep ? text : ""
            case UInt8(ascii: "\\"):
                index += 1
                guard index < bytes.count else { throw fail(.unexpectedEnd) }
                let escaped = bytes[index]
                index += 1
                switch escaped {
                case UInt8(ascii: "\""): scratch.append(0x22)
                case UInt8(ascii: "\\"): scratch.append(0x5C)
                case UInt8(ascii: "/"): scratch.append(0x2F)
                case UInt8(ascii: "b"): scratch.append(0x08)
                case UInt8(ascii: "f"): scratch.append(0x0C)
                case UInt8(ascii: "n"): scratch.append(0x0A)
                case UInt8(ascii: "r"): scratch.append(0x0D)
                case UInt8(ascii: "t"): scratch.append(0x09)
                case UInt8(ascii: "u"):
                    var scalarValue = try parseHex4()
                    if (0xD800..<0xDC00).contains(scalarValue) {
                        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                            throw fail(.invalidEscape)
                        }
                        index += 2
                        let low = try parseHex4()
                        guard (0xDC00..<0xE000).contains(low) else { throw fail(.invalidEscape) }
                        scalarValue = 0x10000 + ((scalarValue - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(scalarValue) else { throw fail(.invalidEscape) }
                    scratch.append(contentsOf: Array(String(Character(scalar)).utf8))
                default:
                    index -= 1
                    throw fail(.invalidEscape)
                }
            default:
                if byte < 0x20 { throw unexpected() }
                scratch.append(byte)
                index += 1
            }
        }
        throw fail(.unexpectedEnd)
    }

    /// The high bit of every byte of `x` that is not zero (exact: no carry crosses a byte).
    private static func nonZeroBytes(_ x: UInt64) -> UInt64 {
        (((x & ~highBits) &+ ~highBits) | x) & highBits
    }

    /// The high bit of the first byte that is a `"`, a `\\`, below 0x20 or above 0x7F, and maybe of
    /// later bytes (a borrow carries upwards only): its lowest set bit is exact.
    private static func specialBytes(_ word: UInt64) -> UInt64 {
        attention(word) | (word & highBits)
    }

    private static func zeroBytes(_ x: UInt64) -> UInt64 { (x &- lowBits) & ~x & highBits }

    /// The high bit of the first of the eight bytes that is a quote, a bracket, a brace or a comma,
    /// and maybe of later ones (the lowest set bit is exact, see `attention`).
    private static func structural(_ word: UInt64) -> UInt64 {
        zeroBytes(word ^ (lowBits &* 0x22)) | zeroBytes(word ^ (lowBits &* 0x2C)) | zeroBytes((word | (lowBits &* 0x20)) ^ (lowBits &* 0x7B))
            | zeroBytes((word | (lowBits &* 0x20)) ^ (lowBits &* 0x7D))
    }

    /// The high bit of the first of the eight bytes that is a quote or a backslash, and maybe of later ones.
    private static func quoteOrEscape(_ word: UInt64) -> UInt64 {
        zeroBytes(word ^ (lowBits &* 0x22)) | zeroBytes(word ^ (lowBits &* 0x5C))
    }

    private static let lowBits: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of the first of the eight bytes that is a `"`, a `\\` or below 0x20, and maybe
    /// of later ones (the usual bit tricks: a byte is zero, or less than n, when the subtraction
    /// borrows into its high bit; a borrow carries upwards only, so the lowest set bit is exact).
    private static func attention(_ word: UInt64) -> UInt64 {
        let below20 = (word &- lowBits &* 0x20) & ~word & highBits
        return below20 | zeroBytes(word ^ (lowBits &* 0x22)) | zeroBytes(word ^ (lowBits &* 0x5C))
    }

    private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw fail(.unexpectedEnd) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw fail(.invalidEscape)
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }
}

// MARK: Pulling values one at a time

/// The same parser, read value by value into the caller's own types: no tree of nodes is built. It
/// checks exactly what `parse` checks (syntax, UTF-8, duplicate keys, depth, the value count) —
/// except what a preview asks to pass over (`skipUnchecked`, `checkingText: false`).
extension JSONParser {
    /// Calls `body` with a parser at the start of `bytes` (after a byte order mark), for pulling.
    /// The parser and the keys it hands out are valid only inside `body`.
    /// `keepingText` false: `pullText` checks texts without making strings, for a reader that needs
    /// only a file's numbers, days and ids.
    /// `checkingText` false as well: texts are passed over unchecked, for a preview that a checked
    /// reading follows.
    public static func pulling<T>(_ bytes: [UInt8], keepingText: Bool = true, checkingText: Bool = true,
                                  _ body: (inout JSONParser) throws -> T) throws -> T {
        try bytes.withUnsafeBufferPointer { buffer in
            var parser = JSONParser(buffer)
            parser.keepsText = keepingText
            parser.checksText = keepingText || checkingText
            return try body(&parser)
        }
    }

    private mutating func startValue() throws(JSONSyntaxError) {
        skipSpace()
        guard index < bytes.count else { throw fail(.unexpectedEnd) }
        values += 1
        if values > valueLimit { throw fail(.tooManyValues(limit: valueLimit)) }
    }

    /// Where an object or an array being pulled stands (see `beginObject`, `beginArray`).
    public struct Cursor {
        fileprivate var first = true
        /// Where this object's keys start on the key stack.
        fileprivate let keys: Int
    }

    /// Starts reading an object: then `nextKey` until it gives nil, pulling each key's value in
    /// between. A key with an escape in it is refused: files impuls writes have none. No closure
    /// per key: a folder's files hold millions.
    public mutating func beginObject() throws(JSONSyntaxError) -> Cursor {
        try startValue()
        guard bytes[index] == UInt8(ascii: "{") else { throw unexpected() }
        try enter()
        index += 1
        return Cursor(keys: keyStack.count)
    }

    /// The object's next key (its bytes, not copied into a string), the parser at its value; nil
    /// past the closing brace.
    public mutating func nextKey(_ cursor: inout Cursor) throws(JSONSyntaxError) -> JSONKey? {
        skipSpace()
        guard index < bytes.count else { throw fail(.unexpectedEnd) }
        if bytes[index] == UInt8(ascii: "}") {
            index += 1
            keyStack.removeLast(keyStack.count - cursor.keys)
            depth -= 1
            return nil
        }
        if cursor.first {
            cursor.first = false
        } else {
            guard bytes[index] == UInt8(ascii: ",") else { throw unexpected() }
            index += 1
            skipSpace()
            guard index < bytes.count else { throw fail(.unexpectedEnd) }
        }
        guard bytes[index] == UInt8(ascii: "\"") else { throw unexpected() }
        let keyOffset = index
        index += 1
        let key = try scanKey(from: keyOffset)
        for i in cursor.keys..<keyStack.count where keyStack[i] == key {
            throw JSONSyntaxError(problem: .duplicateKey(key.text), offset: keyOffset)
        }
        keyStack.append(key)
        try colon()
        return key
    }

    /// A key of plain ASCII without escapes, the parser just past its opening quote; leaves the
    /// parser past the closing one.
    private mutating func scanKey(from keyOffset: Int) throws(JSONSyntaxError) -> JSONKey {
        let start = index
        // Most keys end within eight bytes: find the quote in one step.
        if start + 8 <= bytes.count {
            let word = word(at: start)
            let special = JSONParser.specialBytes(word)
            if special != 0 {
                let length = special.trailingZeroBitCount / 8
                if bytes[start + length] == UInt8(ascii: "\"") {
                    index = start + length + 1
                    let head = length == 0 ? 0 : word & (UInt64.max >> (64 - 8 * UInt64(length)))
                    return JSONKey(bytes: UnsafeBufferPointer(rebasing: bytes[start..<start + length]), head: head)
                }
                throw JSONSyntaxError(problem: .invalidEscape, offset: keyOffset)
            }
        }
        var head: UInt64 = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\"), byte >= 0x20, byte < 0x80 else { break }
            if index - start < 8 { head |= UInt64(byte) << (8 * UInt64(index - start)) }
            index += 1
        }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw JSONSyntaxError(problem: .invalidEscape, offset: keyOffset) }
        index += 1
        return JSONKey(bytes: UnsafeBufferPointer(rebasing: bytes[start..<index - 1]), head: head)
    }

    /// Starts reading an array: then `nextElement` until it gives false, pulling each element.
    public mutating func beginArray() throws(JSONSyntaxError) -> Cursor {
        try startValue()
        guard bytes[index] == UInt8(ascii: "[") else { throw unexpected() }
        try enter()
        index += 1
        return Cursor(keys: 0)
    }

    /// Whether another element follows (the parser at it), false past the closing bracket.
    public mutating func nextElement(_ cursor: inout Cursor) throws(JSONSyntaxError) -> Bool {
        skipSpace()
        guard index < bytes.count else { throw fail(.unexpectedEnd) }
        if bytes[index] == UInt8(ascii: "]") {
            index += 1
            depth -= 1
            return false
        }
        if cursor.first {
            cursor.first = false
            return true
        }
        // `[1,]` is refused by the element's own reading, which finds the `]`.
        guard bytes[index] == UInt8(ascii: ",") else { throw unexpected() }
        index += 1
        return true
    }

    /// Reads an object, handing each key to `body`, which must pull its value (see `nextKey`).
    public mutating func pullObject(_ body: (inout JSONParser, JSONKey) throws -> Void) throws {
        var cursor = try beginObject()
        while let key = try nextKey(&cursor) { try body(&self, key) }
    }

    /// Reads an array, calling `body` for each element, which must pull it.
    public mutating func pullArray(_ body: (inout JSONParser) throws -> Void) throws {
        var cursor = try beginArray()
        while try nextElement(&cursor) { try body(&self) }
    }

    public mutating func pullString() throws(JSONSyntaxError) -> String {
        try startValue()
        guard bytes[index] == UInt8(ascii: "\"") else { throw unexpected() }
        return try parseString()
    }

    /// Whether `pullText` hands back texts (see `pulling`).
    public var keepingText: Bool { keepsText }

    /// A free text (a summary, a name, a note): `pullString`, or when the parser does not keep text,
    /// the same checks and "".
    public mutating func pullText() throws(JSONSyntaxError) -> String {
        try startValue()
        guard bytes[index] == UInt8(ascii: "\"") else { throw unexpected() }
        if !checksText {
            try skipUnchecked()
            return ""
        }
        return try parseString(keep: keepsText)
    }

    /// Hands a string's UTF-8 to `body` without making a `String` when it is plain ASCII without
    /// escapes (dates, moments, subjects, ids); otherwise it is decoded and checked as `pullString` does.
    public mutating func pullStringBytes<T>(_ body: (UnsafeBufferPointer<UInt8>) -> T) throws(JSONSyntaxError) -> T {
        try startValue()
        guard bytes[index] == UInt8(ascii: "\"") else { throw unexpected() }
        let start = index + 1
        var end = scan(from: start, JSONParser.specialBytes)
        while end < bytes.count {
            let byte = bytes[end]
            if byte == UInt8(ascii: "\"") {
                index = end + 1
                return body(UnsafeBufferPointer(rebasing: bytes[start..<end]))
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 || byte >= 0x80 { break }
            end += 1
        }
        var text = try parseString()
        return text.withUTF8(body)
    }

    /// A whole number (an integer literal within Int's range).
    public mutating func pullInt() throws(JSONSyntaxError) -> Int {
        try startValue()
        let start = index
        guard bytes[index] == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) else { throw unexpected() }
        guard let value = Int(try parseNumber()) else { throw JSONSyntaxError(problem: .invalidNumber, offset: start) }
        return value
    }

    public mutating func pullBool() throws(JSONSyntaxError) -> Bool {
        try startValue()
        switch bytes[index] {
        case UInt8(ascii: "t"): try expectWord("true"); return true
        case UInt8(ascii: "f"): try expectWord("false"); return false
        default: throw unexpected()
        }
    }

    /// True (and consumed) when the next value is `null`.
    public mutating func pullNull() throws(JSONSyntaxError) -> Bool {
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "n") else { return false }
        try startValue()
        try expectWord("null")
        return true
    }

    /// Passes over one value without checking it: strings to their closing quote, arrays and
    /// objects to their matching bracket, anything else to the next `,`, `]` or `}`. For a preview
    /// that a checked reading follows; it only ever stops at the end of the bytes.
    public mutating func skipUnchecked() throws(JSONSyntaxError) {
        skipSpace()
        var depth = 0
        while true {
            index = scan(from: index, JSONParser.structural)
            guard index < bytes.count else { throw fail(.unexpectedEnd) }
            switch bytes[index] {
            case UInt8(ascii: "\""):
                index += 1
                while true {
                    index = scan(from: index, JSONParser.quoteOrEscape)
                    guard index < bytes.count else { throw fail(.unexpectedEnd) }
                    if bytes[index] == UInt8(ascii: "\"") { index += 1; break }
                    index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
                }
                if depth == 0 { return }
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                index += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                guard depth > 0 else { return }  // the end of the container holding a scalar
                depth -= 1
                index += 1
                if depth == 0 { return }
            case UInt8(ascii: ","):
                if depth == 0 { return }
                index += 1
            default:
                index += 1
            }
        }
    }

    /// Nothing but space may follow the value read.
    public mutating func pullEnd() throws(JSONSyntaxError) {
        skipSpace()
        if index < bytes.count { throw JSONSyntaxError(problem: .trailingText, offset: index) }
    }
}

/// An object's key as the bytes in the file (plain ASCII), matched against literals without making
/// a string: `switch key { case "id": … }`. Valid only while its parser is.
public struct JSONKey: Equatable {
    let bytes: UnsafeBufferPointer<UInt8>
    /// The first eight bytes, little-endian, zero beyond the key's end.
    let head: UInt64

    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Keys are short: compared by their first eight bytes, the rest byte by byte.
    @inline(__always)
    public static func ~= (pattern: StaticString, key: JSONKey) -> Bool {
        let count = pattern.utf8CodeUnitCount
        guard count == key.bytes.count else { return false }
        let expected = pattern.utf8Start
        var head: UInt64 = 0
        for i in 0..<min(count, 8) { head |= UInt64(expected[i]) << (8 * UInt64(i)) }
        guard head == key.head else { return false }
        for i in min(count, 8)..<count where expected[i] != key.bytes[i] { return false }
        return true
    }

    public static func == (a: JSONKey, b: JSONKey) -> Bool {
        guard a.bytes.count == b.bytes.count, a.head == b.head else { return false }
        return a.bytes.count <= 8 || memcmp(a.bytes.baseAddress! + 8, b.bytes.baseAddress! + 8, a.bytes.count - 8) == 0
    }
}
