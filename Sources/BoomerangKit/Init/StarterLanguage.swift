/// The languages `boomerang init` can start a handbook in: each has interface strings in
/// templates/strings/ and a locale whose figures the tests check.
public enum StarterLanguage: String, CaseIterable, Sendable {
    case en, ru, ro, fa

    /// The locale written to handbook.yml: it formats numbers, money and dates, and its
    /// language part picks templates/strings/<language>.yml.
    public var locale: String {
        switch self {
        case .en: return "en_US"
        case .ru: return "ru_RU"
        case .ro: return "ro_RO"
        case .fa: return "fa_IR"
        }
    }

    /// The currency a company in the locale's country most likely reports in.
    public var defaultCurrency: String {
        switch self {
        case .en: return "USD"
        case .ru: return "RUB"
        case .ro: return "RON"
        case .fa: return "IRR"
        }
    }

    /// The handbook's title, in its own language, so the first build's header reads naturally.
    var title: String {
        switch self {
        case .en: return "Customer retention handbook"
        case .ru: return "Справочник по удержанию клиентов"
        case .ro: return "Ghidul de păstrare a clienților"
        case .fa: return "راهنمای نگه‌داشت مشتریان"
        }
    }
}
