import ImpulsCore

/// A text shown to users, in Dutch and in English. Only this module makes one: each entry of the
/// catalog (`Message.x`, `Message.x(…)`) writes its two languages side by side, once; everyone
/// else asks for `text(_:)` in the user's language.
public struct Message: Sendable, Equatable {
    let nl: String
    let en: String

    init(nl: String, en: String) {
        self.nl = nl
        self.en = en
    }

    /// A text that reads the same in both languages ("dossier", a name, a version).
    init(both text: String) { self.init(nl: text, en: text) }

    /// A text put together from other entries and values, the same way in each language.
    init(_ words: (Language) -> String) { self.init(nl: words(.nl), en: words(.en)) }

    /// The text in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .nl: nl
        case .en: en
        }
    }
}

extension Message {
    /// The entry followed by text that reads the same in both languages (names, a list).
    static func + (message: Message, text: String) -> Message {
        Message(nl: message.nl + text, en: message.en + text)
    }

    /// One entry followed by another, each language by its own.
    static func + (first: Message, second: Message) -> Message {
        Message(nl: first.nl + second.nl, en: first.en + second.en)
    }

    /// The same change made to the text in each language (a capital first letter).
    func mapped(_ transform: (String) -> String) -> Message {
        Message(nl: transform(nl), en: transform(en))
    }
}

/// A part of the catalog with a name of its own, so a call says where its text is shown
/// (`Message.ui(.barOpen)`, `Message.command(.nothingImported, language)`): its entries are
/// messages, written once each like every other.
protocol MessageGroup {
    var message: Message { get }
    init(message: Message)
}

extension MessageGroup {
    init(nl: String, en: String) { self.init(message: Message(nl: nl, en: en)) }
    init(both text: String) { self.init(message: Message(both: text)) }
    init(_ words: (Language) -> String) { self.init(message: Message(words)) }
}
