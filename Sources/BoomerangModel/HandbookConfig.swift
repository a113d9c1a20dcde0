/// `content/handbook.yml`. Every key is documented in docs/config.md; unknown keys are an error.
public struct HandbookConfig: Sendable {
    public var title: String = "Customer retention handbook"
    /// ICU locale id used for numbers, money and dates: en_US, ru_RU, ro_RO, fa_IR.
    public var locale: String = "en_US"
    /// Language of the interface strings (strings/<language>.yml); defaults to the locale's language.
    public var language: String?
    public var currency: String = "USD"
    /// The day the handbook is computed for; default: the latest order date.
    public var asOf: Day?
    /// Lost when days since last purchase > lostFactor x median interval.
    public var lostFactor: Double = 1.33
    /// At risk when days since last purchase > atRiskFactor x median interval.
    public var atRiskFactor: Double = 1.0
    /// The purchase model behind P(alive), expected purchases and model CLV.
    public var model: PurchaseModelKind = .mbgnbd
    /// Weeks held out for the model's report card; nil: a quarter of the history, within 13 ... 52.
    public var modelCheckWeeks: Int? = nil
    /// The chance to return is the model's probability of at least one purchase in this many weeks.
    public var returnHorizonWeeks: Int = 26
    /// Model CLV horizon in months and monthly discount rate.
    /// How customers.csv is written (delimiter, decimal, encoding, byte-order mark).
    public var export = ExportFormat()
    /// nil: as many months as the simple CLV's expected years, so both values cover the same span.
    public var clvHorizonMonths: Int?
    public var monthlyDiscountRate: Double = 0.01
    /// Expected customer lifetime in years for the simple ("office wall") CLV; nil: 1 / the
    /// yearly churn, at most 10 years.
    public var expectedYears: Double?
    /// ABC cut-offs as cumulative revenue shares: A up to 0.80, B up to 0.95, C the rest.
    public var abcThresholds: (a: Double, b: Double) = (0.80, 0.95)
    /// XYZ cut-offs on the coefficient of variation of monthly revenue.
    public var xyzThresholds: (x: Double, y: Double) = (0.5, 1.0)
    /// Raw HTML in playbooks is filtered unless this is true.
    public var allowRawHTML: Bool = false
    /// Days ahead the `mail` command and dossiers look for due steps.
    public var mailWithinDays: Int = 7
    /// The From mailbox of dossier emails (`Name <address>` or a bare address); nil: Boomerang's own.
    public var mailFrom: String? = nil
    /// How the data files are written: separators, numbers, dates, encoding, headers (`data:`).
    public var data = DataSettings()
    /// The `database:` block: kinds read from PostgreSQL instead of content/data; nil without one.
    public var database: DatabaseSettings?

    public init() {}

    /// The interface language: explicit `language`, else the locale's language part.
    public var interfaceLanguage: String {
        language ?? String(locale.split(separator: "_").first ?? "en")
    }

    /// Right-to-left scripts among the supported languages.
}
