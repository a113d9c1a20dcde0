import Foundation
import Testing
@testable import BoomerangKit

/// valid-minimal with one file written the way an ERP, 1C or Excel writes it: the loaded model
/// must be the same as from the plain CSV file.
@Suite struct DialectLoadingTests {
    static func orders(_ m: HandbookModel) -> [String] {
        m.orders.map { "\($0.orderID) \(m.customers[$0.customer].id) \($0.date.iso) \($0.amount) \($0.margin.map { "\($0)" } ?? "-")" }
    }

    static func customers(_ m: HandbookModel) -> [String] {
        m.customers.map { "\($0.id)|\($0.name)|\($0.manager)|\($0.city)|\($0.extra.map { "\($0.name)=\($0.value)" })" }
    }

    static let plain = try! HandbookLoader.load(root: Fixtures.validMinimal).model

    static let config = """
        title: Minimal handbook
        as_of: 2024-06-30
        lost_factor: 1.5
        data:
          columns: { customer_id: "Код клиента" }
          files:
            orders.csv:
              delimiter: ";"
              decimal: ","
              thousands: " "
              date_format: dd.MM.yyyy
              encoding: windows-1251
              columns: { order_id: "Номер", date: "Дата", amount: "Сумма", margin: "Маржа" }
        """

    @Test func oneCExportInWindows1251() throws {
        let h = try TempHandbook()
        defer { h.remove() }
        try h.write("handbook.yml", Self.config)
        let text = "Номер;Код клиента;Дата;Сумма;Маржа\r\nO1;C1;10.01.2024;100,50;20\r\nO2;C2;15.01.2024;80;\r\n"
            + "O3;C1;05.01.2024;40;10\r\nO4;C3;01.02.2024;1\u{A0}200,00;300\r\nO5;C2;20.02.2024 0:00:00;75,25;\r\n"
        try h.write("data/orders.csv", Self.windows1251(text))
        let m = try HandbookLoader.load(root: h.root).model
        #expect(Self.orders(m) == Self.orders(Self.plain))
    }

    @Test func ordersFromAnExcelWorkbook() throws {
        let h = try TempHandbook()
        defer { h.remove() }
        try FileManager.default.removeItem(at: h.root.appendingPathComponent("content/data/orders.csv"))
        try h.write("data/orders.xlsx", Data(contentsOf: Fixtures.root.appendingPathComponent("xlsx/orders.xlsx")))
        let m = try HandbookLoader.load(root: h.root).model
        #expect(Self.orders(m) == Self.orders(Self.plain))
    }

    @Test func customersInUTF16WithTabs() throws {
        let h = try TempHandbook()
        defer { h.remove() }
        let text = "id\tname\tmanager\tcity\tvat\nC1\tAcme Ltd\tAnna\tBoston\tX1\nC2\tBeta, Inc.\tBoris\tChicago\t\nC3\tГамма\tAnna\tМосква\t\n"
        try h.write("data/customers.csv", Data([0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }))
        let m = try HandbookLoader.load(root: h.root).model
        #expect(Self.customers(m) == Self.customers(Self.plain))
    }

    @Test func twoFilesForOneKindIsAnError() throws {
        let h = try TempHandbook()
        defer { h.remove() }
        try h.write("data/orders.xlsx", Data(contentsOf: Fixtures.root.appendingPathComponent("xlsx/orders.xlsx")))
        #expect(Fixtures.failureText(h.root) == "content/data/orders.xlsx: orders.csv is here too; keep one of the two files for the orders")
    }

    @Test func namedSheetAndMissingSheet() throws {
        let h = try TempHandbook()
        defer { h.remove() }
        try FileManager.default.removeItem(at: h.root.appendingPathComponent("content/data/orders.csv"))
        try h.write("data/orders.xlsx", Data(contentsOf: Fixtures.root.appendingPathComponent("xlsx/orders.xlsx")))
        try h.write("handbook.yml", "as_of: 2024-06-30\ndata:\n  files:\n    orders.xlsx: { sheet: Sheet1 }\n")
        #expect(Fixtures.failureText(h.root) == nil)
        try h.write("handbook.yml", "as_of: 2024-06-30\ndata:\n  files:\n    orders.xlsx: { sheet: Заказы }\n")
        #expect(Fixtures.failureText(h.root) == #"content/data/orders.xlsx: no sheet "Заказы" (sheet: in content/handbook.yml); the workbook has "Sheet1""#)
    }

    @Test func oldExcelFormatIsNamed() throws {
        let h = try TempHandbook()
        defer { h.remove() }
        try h.write("data/contacts.xls", "binary")
        #expect(Fixtures.failureText(h.root) == #"content/data/contacts.xls: the old Excel format (.xls) is not read; save it as "Excel Workbook (*.xlsx)" or CSV"#)
    }

    static func windows1251(_ text: String) -> Data {
        // Only what these tests use: ASCII, А-я, no-break space.
        Data(text.unicodeScalars.map { s -> UInt8 in
            switch s.value {
            case 0..<0x80: return UInt8(s.value)
            case 0xA0: return 0xA0
            case 0x410...0x44F: return UInt8(s.value - 0x410 + 0xC0)
            default: fatalError("not in this test's table: \(s)")
            }
        })
    }
}

/// The `data:` block of handbook.yml.
@Suite struct DataConfigTests {
    func parse(_ yaml: String) -> (HandbookConfig, [String]) {
        var log = ProblemLog(keepGoing: false)
        let c = ConfigLoader.parse(yaml, file: "content/handbook.yml", log: &log)
        return (c, log.diagnostics.map(\.description))
    }

    @Test func defaultsAndPerFileSettings() {
        let (c, problems) = parse("""
            data:
              delimiter: tab
              decimal: ","
              thousands: nbsp
              date_format: dd.MM.yyyy
              encoding: Windows-1251
              columns: { customer_id: Клиент }
              files:
                orders.csv: { delimiter: ";", encoding: utf-16, columns: { amount: Сумма } }
                customers.xlsx: { sheet: Клиенты, date_format: MM/dd/yyyy }
            """)
        #expect(problems == [])
        #expect(c.data.defaults.delimiter == .byte(0x09))
        #expect(c.data.defaults.decimal == 0x2C && c.data.defaults.thousands == .space)
        #expect(c.data.defaults.encoding == .windows1251)
        let orders = c.data.format(for: "orders.csv")
        #expect(orders.delimiter == .byte(0x3B) && orders.encoding == .utf16 && orders.decimal == 0x2C && orders.dateFormat == "dd.MM.yyyy")
        #expect(orders.columns == ["amount": "Сумма", "customer_id": "Клиент"])
        let customers = c.data.format(for: "customers.xlsx")
        #expect(customers.sheet == "Клиенты" && customers.dateFormat == "MM/dd/yyyy" && customers.columns == [:])
        #expect(c.data.format(for: "churn.csv") == c.data.defaults)
    }

    @Test func mistakesAreReportedWithTheirLine() {
        let (_, problems) = parse("""
            data:
              delimter: ";"
              decimal: "·"
              date_format: dd.MM.yy
              encoding: cp1521
              files:
                order.csv: { decimal: "," }
                orders.csv: { decimal: ",", thousands: ",", columns: { amout: Сумма } }
            """)
        #expect(problems == [
            "content/handbook.yml:2:3: data: unknown key 'delimter' (did you mean 'delimiter'?)",
            #"content/handbook.yml:3:12: data.decimal: expected "." or ",", found "·""#,
            #"content/handbook.yml:4:16: data.date_format: the year is written yyyy (four digits), found "dd.MM.yy""#,
            #"content/handbook.yml:5:13: data.encoding: expected one of utf-8, utf-16, utf-16le, utf-16be, windows-1251, windows-1252, found "cp1521""#,
            #"content/handbook.yml:7:5: data.files: unknown data file "order.csv" (did you mean 'orders.csv'?); data files are managers.csv, customers.csv, orders.csv, churn.csv, complaints.csv, contacts.csv or the same names with .xlsx"#,
            #"content/handbook.yml:8:60: data.files.orders.csv.columns: no field "amout" in this file's contract (did you mean 'amount'?); fields: order_id, customer_id, date, amount, margin"#,
            "content/handbook.yml:8:44: data.files.orders.csv.thousands: the same character cannot separate thousands and decimals",
        ])
    }
}
