import Foundation
import Testing
@testable import BoomerangKit

/// Each handbook under Fixtures/invalid/ is valid-minimal with one mistake; loading it must fail
/// with exactly this text (what BuildFailure prints).
@Suite struct InvalidFixtureTests {
    static let expected: [(kind: String, message: String)] = [
        ("bad-date", #"content/data/orders.csv:3:7: date: not a date: expected YYYY-MM-DD, found "2024-02-30" (February 2024 has 29 days)"#),
        ("bad-flag", #"content/data/complaints.csv:2:29: resolved: expected yes or no (also да/нет, da/nu, بله/خیر, true/false, 1/0), found "maybe" (map your words under values: resolved: in content/handbook.yml)"#),
        ("bad-front-matter", "content/playbooks/reasons/price.md:4:5: not valid YAML: did not find expected ',' or ']' (while parsing a flow sequence on line 3)"),
        ("config-bad-thresholds", "content/handbook.yml:7:17: abc_thresholds: expected two numbers [first, second] with 0 < first < second <= 1, found [0.95, 0.8]"),
        ("config-wrong-type", #"content/handbook.yml:6:14: lost_factor: expected a number, found "high""#),
        ("date-after-as-of", "content/data/orders.csv:7:7: date: 2024-07-02 is after the as-of date 2024-06-30 (as_of in content/handbook.yml or --as-of)"),
        ("decimal-comma", #"content/data/orders.csv:3:18: amount: expected a number, found "12,50" (looks like a decimal comma: set decimal: "," under data: in content/handbook.yml, or write 12.50)"#),
        ("deep-yaml", "content/handbook.yml:8: YAML nested more than 64 levels deep"),
        ("duplicate-id", #"content/data/customers.csv:5:1: id: duplicate "C1", first on line 2"#),
        ("duplicate-order-id", #"content/data/orders.csv:7:1: order_id: duplicate "O3", first on line 4"#),
        ("duplicate-playbook-id", #"content/playbooks/reasons/price.md:2:5: id: duplicate "price", first in content/playbooks/guides/price-guide.md:2"#),
        ("missing-column", "content/data/orders.csv:1:1: header: missing required column 'customer_id'; found: order_id, customer, date, amount, margin"),
        ("missing-customers-file", "content/data/customers.csv: missing: a handbook needs at least customers.csv (see docs/data.md)"),
        ("missing-front-matter", "content/playbooks/reasons/price.md:1: missing front matter: a playbook starts with a line '---', then id, title and kind, then '---'"),
        ("missing-front-matter-field", "content/playbooks/reasons/price.md:1: front matter: missing required field 'title'"),
        ("missing-level-heading", "content/playbooks/reasons/price.md:9: missing section '## Maximum' (a reason playbook needs one section per level: '## Minimum', '## Normal', '## Maximum')"),
        ("not-a-number", #"content/data/orders.csv:5:18: amount: expected a number, found "lots""#),
        ("not-utf8", "content/data/customers.csv:2:9: bytes that are not UTF-8 (save the file as UTF-8, or set its encoding under data: in content/handbook.yml)"),
        ("unclosed-quote", "content/data/orders.csv:6:18: the quote opened here is never closed"),
        ("unknown-cause", #"content/playbooks/reasons/price.md:5:8: cause: unknown cause "competition", expected one of: competitor, company, customer (did you mean 'competitor'?)"#),
        ("unknown-config-key", "content/handbook.yml:2:1: unknown key 'titel' (did you mean 'title'?)"),
        ("unknown-customer", #"content/data/orders.csv:7:4: customer_id: no customer "C9" in content/data/customers.csv"#),
        ("unknown-kind", #"content/playbooks/reasons/price.md:4:7: kind: unknown kind "reasons", expected one of: reason, gifts, offers, contact-plan, winback, guide (did you mean 'reason'?)"#),
        ("unknown-manager", #"content/data/customers.csv:4:10: manager: "Ana" is not in content/data/managers.csv (did you mean 'Anna'?)"#),
        // Issue 17: a quote with a combining mark in an address that becomes a mailto: link.
        ("hostile-email", #"content/data/managers.csv:3:7: email: expected an address like name@example.com, found "a@b.c\"\#u{301}/onmouseover=alert(1)//": '"' (U+0022) at character 6"#),
        // Issue 20: a mapping to a header that is not there is an error at its line in handbook.yml.
        ("unmatched-file-mapping", #"content/handbook.yml:12:99: data.files.orders.csv.columns.margin: no column "Маржинальность" in content/data/orders.csv; its columns: Номер, Клиент, Дата, Сумма"#),
        ("unmatched-shared-mapping", #"content/handbook.yml:9:12: data.columns.email: no column "E-mail" in content/data/customers.csv; its columns: id, name, manager, city, vat"#),
        ("unknown-channel", #"content/data/contacts.csv:3:15: channel: unknown channel "Голубиная почта": the handbook knows call, visit, email, letter, messenger (map yours under values: channel: in content/handbook.yml)"#),
        ("unknown-reason", #"content/data/churn.csv:4:15: reasons: no reason playbook with id "prise" (did you mean 'price', "Too expensive"?)"#),
        ("wrong-column-count", "content/data/orders.csv:4:24: expected 5 fields as in the header, found 6"),
        // Dialects, encodings and Excel (docs/data.md).
        ("wrong-encoding", "content/data/customers.csv:4:4: bytes that are not UTF-8; they look like Windows-1251 (set encoding: windows-1251 under data: in content/handbook.yml, or save the file as UTF-8)"),
        ("semicolon-decimal-comma", #"content/data/orders.csv:3:18: amount: expected a number, found "12,50" (looks like a decimal comma: set decimal: "," under data: in content/handbook.yml, or write 12.50)"#),
        ("missing-mapped-column", #"content/data/orders.csv:1:1: header: missing required column 'customer_id' (mapped to "Код клиента" in content/handbook.yml); found: Номер, Клиент, Дата, Сумма ("Клиент" looks like 'customer_id': map it with customer_id: "Клиент" under columns: in content/handbook.yml)"#),
        ("bad-date-dialect", #"content/data/orders.csv:3:7: date: not a date: expected dd.MM.yyyy, found "30.02.2024" (February 2024 has 29 days)"#),
        ("broken-xlsx", #"content/data/customers.xlsx: not an Excel workbook: the file is not a ZIP archive (save it from Excel as "Excel Workbook (*.xlsx)"; an old .xls or a CSV renamed to .xlsx is not read)"#),
        ("xlsx-bad-date", #"content/data/orders.xlsx:Sheet1:3:C: date: not a date: expected YYYY-MM-DD, found "2024-02-30" (February 2024 has 29 days)"#),
    ]

    @Test(arguments: expected)
    func failsWithExactMessage(kind: String, message: String) {
        #expect(Fixtures.failureText(Fixtures.invalid(kind)) == message)
    }

    /// Every fixture folder has an expectation, so none is forgotten.
    @Test func everyFixtureIsListed() throws {
        let dirs = try FileManager.default.contentsOfDirectory(atPath: Fixtures.root.appendingPathComponent("invalid").path)
        #expect(Set(dirs) == Set(Self.expected.map(\.kind)))
    }

    /// Record problems are skipped under --keep-going; config and playbook problems still fail.
    /// A left-out customer takes its orders with it (not-utf8: C1 and two orders; unknown-manager: C3 and one;
    /// hostile-email: the manager row, then C2, whose manager it was, and its five records).
    @Test(arguments: [("bad-date", 1), ("date-after-as-of", 1), ("decimal-comma", 1), ("wrong-column-count", 1),
                      ("not-utf8", 3), ("duplicate-id", 1), ("duplicate-order-id", 1), ("unknown-customer", 1),
                      ("unknown-reason", 1), ("unknown-manager", 2), ("hostile-email", 7), ("bad-flag", 1), ("not-a-number", 1),
                      ("semicolon-decimal-comma", 1), ("bad-date-dialect", 1), ("xlsx-bad-date", 1)])
    func keepGoingSkipsTheBadRecords(kind: String, count: Int) throws {
        let result = try HandbookLoader.load(root: Fixtures.invalid(kind), options: LoadOptions(keepGoing: true))
        #expect(result.rejected.count == count)
        #expect(result.rejected.first?.reason == Self.expected.first { $0.kind == kind }?.message.split(separator: " ", maxSplits: 1).last.map(String.init))
    }

    @Test(arguments: ["bad-front-matter", "unknown-config-key", "missing-level-heading", "unclosed-quote", "missing-column",
                      "missing-mapped-column", "broken-xlsx"])
    func keepGoingStillFailsOnWholeFileProblems(kind: String) {
        #expect(Fixtures.failureText(Fixtures.invalid(kind), keepGoing: true) != nil)
    }
}
