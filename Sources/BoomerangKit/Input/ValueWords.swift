/// Values as ERP and CRM exports write them in the handbook's languages, understood without a
/// `values:` mapping: yes/no flags and contact channels.
enum ValueWords {
    /// Lower-cased, surrounding spaces ignored: how `values:` keys and these words are matched.
    static func key(_ s: String) -> String { s.trimmingCharacters(in: .whitespaces).lowercased() }

    static let yes: Set<String> = ["yes", "true", "1", "y", "да", "д", "da", "بله", "آری", "صحیح"]
    static let no: Set<String> = ["no", "false", "0", "n", "нет", "н", "nu", "خیر", "نه", "غلط"]

    /// yes/no in English, Russian, Romanian or Persian, true/false, 1/0; nil for anything else.
    static func flag(_ text: String) -> Bool? {
        let k = key(text)
        if yes.contains(k) { return true }
        if no.contains(k) { return false }
        return nil
    }

    /// The channels the handbook knows (its plans and strings use these names), each with the
    /// words exports use for it in the four interface languages.
    static let channels: [(name: String, words: [String])] = [
        ("call", ["call", "phone", "звонок", "телефон", "звонки", "apel", "telefon", "تماس", "تلفن"]),
        ("visit", ["visit", "meeting", "визит", "встреча", "выезд", "vizită", "vizita", "întâlnire", "intalnire", "بازدید", "ملاقات"]),
        ("email", ["email", "e-mail", "mail", "почта", "эл. почта", "электронная почта", "e-mail-ul", "ایمیل", "پست الکترونیک"]),
        ("letter", ["letter", "post", "письмо", "scrisoare", "poștă", "posta", "نامه"]),
        ("messenger", ["messenger", "whatsapp", "telegram", "viber", "chat", "мессенджер", "mesagerie", "پیام‌رسان"]),
    ]

    static var channelNames: [String] { channels.map(\.name) }

    /// The handbook's name for a channel written `text`, nil when it is none of them. Most values
    /// are written as one of the words already: those are found without normalising the text
    /// first (`key` goes through Foundation, and this runs for every contact and customer row).
    /// A word is its own key (lower case, no surrounding spaces), so the result is the same.
    static func channel(_ text: String) -> String? {
        if let name = channelByWord[text] { return name }
        return channelByWord[key(text)]
    }

    /// Each word of `channels` with its channel's name (the first channel, should two share one).
    static let channelByWord: [String: String] = Dictionary(
        channels.flatMap { channel in channel.words.map { ($0, channel.name) } }, uniquingKeysWith: { first, _ in first })
}
