/// The text files `boomerang init` writes that do not come from the source tree: a commented
/// handbook.yml and header-only data files that satisfy the contract in docs/data.md.
enum StarterFiles {
    /// File name -> header line, the columns of docs/data.md in the order the example uses.
    /// Header-only files build (an empty handbook) and show where each column goes.
    static let dataHeaders: [(file: String, header: String)] = [
        ("customers.csv", "id,name,manager,contact_name,contact_role,channel,segment,city,since,email,referrals"),
        ("orders.csv", "order_id,customer_id,date,amount,margin"),
        ("churn.csv", "customer_id,date,reasons,competitor,note"),
        ("complaints.csv", "customer_id,date,topic,resolved"),
        ("contacts.csv", "customer_id,date,channel,manager,note"),
        ("managers.csv", "name,email,phone,region"),
    ]

    static func handbookYAML(language: StarterLanguage, currency: String) -> String {
        """
        # The handbook's settings. Every key is optional; docs/config.md in the Boomerang
        # repository describes each one. Numbers here use a dot for decimals (1.5).

        # Shown in every page header and in the dossier emails.
        title: "\(language.title)"
        # Formats numbers, money and dates (en_US, ru_RU, ro_RO, fa_IR); its language part
        # picks the interface words in templates/strings/.
        locale: \(language.locale)
        # The interface language, when it should differ from the locale's (en, ru, ro, fa).
        # language: \(language.rawValue)
        # ISO 4217 code of the amounts in content/data/ (the CSV files carry no currency sign).
        currency: \(currency)
        # The day the handbook is computed for; left out, the latest order date.
        # as_of: 2026-01-31
        # Lost when the days since the last purchase exceed this many times the customer's usual interval.
        lost_factor: 1.33
        # The same for "at risk"; not above lost_factor.
        at_risk_factor: 1.0
        # The purchase model behind P(alive) and the model lifetime value: mbgnbd or bgnbd.
        model: mbgnbd
        # Weeks held out to check the model; left out, a quarter of the history (13 to 52).
        # model_check_weeks: 26
        # The chance to return is the chance of at least one purchase in this many weeks.
        return_horizon_weeks: 26
        # Months ahead for the model lifetime value; left out, the same span as the simple value.
        # clv_horizon_months: 36
        # Discount per month applied to future revenue in the lifetime value.
        monthly_discount_rate: 0.01
        # Expected customer lifetime in years for the simple lifetime value; left out, 1 / yearly churn.
        # expected_years: 3
        # ABC classes by cumulative share of revenue: A up to the first, B up to the second.
        abc_thresholds: [0.8, 0.95]
        # XYZ classes by how steady monthly revenue is: X below the first, Y below the second.
        xyz_thresholds: [0.5, 1.0]
        # Raw HTML in playbooks is dropped unless this is true; turn it on only for trusted editors.
        allow_raw_html: false
        # How many days ahead `boomerang mail` and the dossiers look for planned steps.
        mail_within_days: 7
        # The From of the dossier emails.
        # mail_from: "Retention team <retention@example.com>"
        # How output/data/customers.csv is written, e.g. for Excel in a decimal-comma locale.
        # export: {delimiter: ";", decimal: ",", bom: true}
        # How the data files are written when they come from an ERP (separator, dates, encoding, headers).
        # data:
        #   files:
        #     orders.csv: {delimiter: ";", decimal: ",", date_format: dd.MM.yyyy}

        """
    }

    static let dataReadme = """
        # The company's data

        One CSV file per kind of record, UTF-8, a header line naming the columns, dates as
        YYYY-MM-DD and amounts as plain numbers with a dot for decimals (1234.50).
        Only customers.csv is required; the others may stay header-only or be removed.

        - customers.csv: one line per customer; `id` and `name` are required.
        - orders.csv: one line per order: `order_id`, `customer_id`, `date`, `amount` (`margin` if known).
        - churn.csv: a customer left: `customer_id`, `date`, `reasons` (`;`-separated playbook ids such as price;delivery).
        - complaints.csv: `customer_id`, `date`, `topic`, `resolved` (yes/no).
        - contacts.csv: calls, visits and emails that happened: `customer_id`, `date`, `channel`, `manager`, `note`.
        - managers.csv: account managers: `name` (as written in customers.csv), `email`.

        Exports in another form (semicolons, decimal commas, 31.01.2025, Windows-1251, the ERP's
        own headers, Excel workbooks) are read once `data:` in ../handbook.yml says how they are
        written. docs/data.md in the Boomerang repository lists every column and check.
        Then run `boomerang build --root <project>` again.

        """
}
