import Testing
@testable import BoomerangKit

private func parse(_ yaml: String) -> (HandbookConfig, [String]) {
    var log = ProblemLog(keepGoing: false)
    let c = ConfigLoader.parse(yaml, file: "content/handbook.yml", log: &log)
    return (c, log.diagnostics.map(\.description))
}

@Suite struct ConfigLoaderTests {
    @Test func everyKey() {
        let (c, problems) = parse("""
            title: Справочник
            locale: fa_IR@numbers=latn
            language: fa
            currency: IRR
            as_of: 2025-03-31
            lost_factor: 2
            at_risk_factor: 1.2
            clv_horizon_months: 24
            monthly_discount_rate: 0.02
            expected_years: 4.5
            abc_thresholds: [0.7, 0.9]
            xyz_thresholds: [0.4, 0.8]
            allow_raw_html: true
            mail_within_days: 14
            mail_from: "Retention team <retention@example.com>"
            model: bgnbd
            return_horizon_weeks: 13
            """)
        #expect(problems == [])
        #expect(c.title == "Справочник")
        #expect(c.locale == "fa_IR@numbers=latn")
        #expect(c.language == "fa")
        #expect(c.currency == "IRR")
        #expect(c.asOf == Day(year: 2025, month: 3, day: 31))
        #expect(c.lostFactor == 2 && c.atRiskFactor == 1.2)
        #expect(c.clvHorizonMonths == 24 && c.monthlyDiscountRate == 0.02 && c.expectedYears == 4.5)
        #expect(c.abcThresholds == (0.7, 0.9) && c.xyzThresholds == (0.4, 0.8))
        #expect(c.allowRawHTML && c.mailWithinDays == 14)
        #expect(c.mailFrom == "Retention team <retention@example.com>")
        #expect(c.model == .bgnbd)
        #expect(c.returnHorizonWeeks == 13)
    }

    @Test func emptyFileGivesDefaults() {
        let (c, problems) = parse("# nothing yet\n")
        #expect(problems == [])
        #expect(c.currency == "USD")
        #expect(c.model == .mbgnbd)
        #expect(c.returnHorizonWeeks == 26)
    }

    @Test func returnHorizonIsWholeWeeks() {
        #expect(parse("return_horizon_weeks: 52").0.returnHorizonWeeks == 52)
        let (c, problems) = parse("return_horizon_weeks: 0")
        #expect(c.returnHorizonWeeks == 26)
        #expect(problems.count == 1)
    }

    @Test func purchaseModel() {
        #expect(parse("model: mbgnbd").0.model == .mbgnbd)
        #expect(parse("model: bgnbd").0.model == .bgnbd)
        #expect(parse("title: A\nmodel: pareto").1 == ["content/handbook.yml:2:8: model: expected one of mbgnbd, bgnbd, found \"pareto\""])
        #expect(parse("model: BG/NBD").1 == ["content/handbook.yml:1:8: model: expected one of mbgnbd, bgnbd, found \"BG/NBD\" (did you mean 'bgnbd'?)"])
        #expect(parse("model: [bgnbd]").1 == ["content/handbook.yml:1:8: model: expected text, found a list"])
        // A bad value keeps the default rather than half-applying anything.
        #expect(parse("model: nbd").0.model == .mbgnbd)
    }

    @Test func unknownKeyNamesItsLine() {
        #expect(parse("title: A\n\ntitel: B\n").1 == ["content/handbook.yml:3:1: unknown key 'titel' (did you mean 'title'?)"])
        #expect(parse("colour: red\n").1 == ["content/handbook.yml:1:1: unknown key 'colour'"])
    }

    @Test func wrongTypes() {
        #expect(parse("lost_factor: high").1 == ["content/handbook.yml:1:14: lost_factor: expected a number, found \"high\""])
        #expect(parse("lost_factor: 1,5").1 == ["content/handbook.yml:1:14: lost_factor: expected a number, found \"1,5\" (looks like a decimal comma; use a dot: 1.5)"])
        #expect(parse("title: [a, b]").1 == ["content/handbook.yml:1:8: title: expected text, found a list"])
        #expect(parse("as_of: 2023-02-30").1 == ["content/handbook.yml:1:8: as_of: not a date: expected YYYY-MM-DD, found \"2023-02-30\" (February 2023 has 28 days)"])
        #expect(parse("clv_horizon_months: 1.5").1 == ["content/handbook.yml:1:21: clv_horizon_months: expected a whole number, found \"1.5\""])
        #expect(parse("allow_raw_html: sometimes").1 == ["content/handbook.yml:1:17: allow_raw_html: expected true or false, found \"sometimes\""])
        #expect(parse("currency: dollars").1 == ["content/handbook.yml:1:11: currency: expected a three-letter ISO 4217 code such as USD, EUR or RUB, found \"dollars\""])
        #expect(parse("locale: English").1 == ["content/handbook.yml:1:9: locale: expected a locale such as en_US, ru_RU or fa_IR, found \"English\""])
        #expect(parse("abc_thresholds: [0.9, 0.5]").1 == ["content/handbook.yml:1:17: abc_thresholds: expected two numbers [first, second] with 0 < first < second <= 1, found [0.9, 0.5]"])
        #expect(parse("lost_factor: 1\nat_risk_factor: 2").1 == ["content/handbook.yml:2:17: at_risk_factor: must not be greater than lost_factor (1), found 2"])
        #expect(parse("mail_from: the sales team").1 == ["content/handbook.yml:1:12: mail_from: expected a mailbox such as \"Retention team <retention@example.com>\" or \"retention@example.com\", found \"the sales team\""])
        #expect(parse("- a\n- b").1 == ["content/handbook.yml:1:1: expected key: value lines at the top level, found a list"])
    }

    @Test func badYAMLAndHostileYAML() {
        #expect(parse("title: [unclosed\n").1.first?.hasPrefix("content/handbook.yml:2:1: not valid YAML:") == true)
        #expect(parse("title: a\ntitle: b\n").1.first?.contains("duplicate key 'title'") == true)
        let deepFlow = "title: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(parse(deepFlow).1 == ["content/handbook.yml:1: YAML nested more than 64 levels deep"])
        var deepBlock = ""
        for i in 0..<200 { deepBlock += String(repeating: " ", count: i) + "k\(i):\n" }
        #expect(parse(deepBlock).1 == ["content/handbook.yml:65: YAML nested more than 64 levels deep"])
        #expect(parse(String(repeating: "- ", count: 5000) + "x").1 == ["content/handbook.yml:1: YAML nested more than 64 levels deep"])
    }
}
