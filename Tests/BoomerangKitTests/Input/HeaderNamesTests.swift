import BoomerangModel
import Testing
@testable import BoomerangKit

@Suite struct HeaderNamesTests {
    /// A header that differs from a contract name only by case, spaces, `_` or `-` is that column.
    @Test func headersMatchWhateverTheirSeparators() {
        let c = CSVColumns(names: ["Order ID", "CustomerId", "E-mail", "DATE", "Amount"],
                           contract: ["order_id", "customer_id", "date", "amount", "email"])
        #expect(c.keys == ["order_id", "customer_id", "email", "date", "amount"])
        // A mapping wins over a look-alike header.
        let mapped = CSVColumns(names: ["E-mail", "Почта"], mapping: ["email": "Почта"], contract: ["email"])
        #expect(mapped["email"] == 1 && mapped.keys == ["e_mail", "email"])
    }

    @Test func missingRequiredColumnSuggestsATranslatedHeader() throws {
        let c = CSVColumns(names: ["Номер", "Код клиента", "Дата", "Сумма"], contract: ["order_id", "customer_id", "date", "amount"])
        let message = try #require(CSVTable.headerProblem(c, CSVSchema(required: ["order_id", "customer_id", "date", "amount"], optional: [])))
        #expect(message == #"header: missing required columns 'order_id', 'customer_id', 'date', 'amount'; found: Номер, Код клиента, Дата, Сумма ("Номер" looks like 'order_id': map it with order_id: "Номер" under columns: in content/handbook.yml) ("Код клиента" looks like 'customer_id': map it with customer_id: "Код клиента" under columns: in content/handbook.yml) ("Дата" looks like 'date': map it with date: "Дата" under columns: in content/handbook.yml) ("Сумма" looks like 'amount': map it with amount: "Сумма" under columns: in content/handbook.yml)"#)
    }

    /// A mapping that matches nothing suggests the header that translates to the same field.
    @Test func unmatchedMappingSuggestsTheTranslatedHeader() {
        var options = FileOptions(delimiter: 0x3B)
        options.columns = ["margin": "Маржинальность"]
        let place = SourceLocation(file: "content/handbook.yml", line: 9, column: 17)
        options.columnSources = ["margin": ColumnSource(location: place, key: "data.files.orders.csv.columns.margin", shared: false)]
        let c = CSVColumns(names: ["order_id", "customer_id", "date", "amount", "Маржа"], mapping: options.columns,
                           contract: ["order_id", "customer_id", "date", "amount", "margin"])
        let problems = HeaderNames.mappingProblems(c, options: options, schema: DataLoader.schema(ofKind: "orders"), file: "content/data/orders.csv")
        #expect(problems.map(\.description) == [#"content/handbook.yml:9:17: data.files.orders.csv.columns.margin: no column "Маржинальность" in content/data/orders.csv; its columns: order_id, customer_id, date, amount, Маржа (did you mean "Маржа"?)"#])
    }
}
