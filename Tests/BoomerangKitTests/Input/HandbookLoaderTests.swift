import Foundation
import Testing
@testable import BoomerangKit

@Suite struct HandbookLoaderTests {
    @Test func loadsValidMinimal() throws {
        let r = try HandbookLoader.load(root: Fixtures.validMinimal)
        let m = r.model
        #expect(r.rejected.isEmpty)
        #expect(m.config.title == "Minimal handbook")
        #expect(m.asOf == Day(iso: "2024-06-30"))
        #expect(m.customers.map(\.id) == ["C1", "C2", "C3"])
        #expect(m.customers[1].name == "Beta, Inc.")
        #expect(m.customers[2].city == "Москва")
        #expect(m.customers[0].extra.map(\.name) == ["vat"])
        #expect(m.customers[0].extra.map(\.value) == ["X1"])
        #expect(m.customers[0].line == 2)
        // Sorted by (customer, date, line).
        #expect(m.orders.map(\.orderID) == ["O3", "O1", "O2", "O5", "O4"])
        #expect(m.orders[0].margin == 10 && m.orders[2].margin == nil)
        #expect(m.orders[1].amount == 100.5)
        #expect(m.managers.map(\.name) == ["Anna", "Boris"])
        #expect(m.managers[0].phone == "+1 555 0100")
        #expect(m.churn.count == 1)
        #expect(m.churn[0].reasons == ["price"])
        #expect(m.churn[0].note == "Said \"too dear\",\nthen left")
        #expect(m.complaints.first?.resolved == false)
        #expect(m.contacts.first?.manager == "Boris")
        let p = try #require(m.playbooks.first)
        #expect(p.id == "price" && p.kind == .reason && p.cause == .competitor && p.language == "en" && p.order == 10)
        #expect(p.sections.map(\.heading) == ["How to confirm", "Minimum", "Normal", "Maximum"])
        #expect(p.section("normal")?.html.contains("checkbox") == true)
        #expect(p.section("Maximum")?.html.contains("<table>") == true)
        #expect(p.meta["headings"]?["diagnose"]?.string == "How to confirm")
        #expect(p.location == SourceLocation(file: "content/playbooks/reasons/price.md", line: 1))
        #expect(!p.html.contains("id: price"))
    }

    @Test func asOfOverrideAndDefault() throws {
        let r = try HandbookLoader.load(root: Fixtures.validMinimal, asOfOverride: Day(iso: "2024-12-31"))
        #expect(r.model.asOf == Day(iso: "2024-12-31"))
        let h = try TempHandbook()
        defer { h.remove() }
        try h.write("handbook.yml", "title: T\n")
        #expect(try HandbookLoader.load(root: h.root).model.asOf == Day(iso: "2024-02-20"))
        // An override earlier than some orders makes them errors.
        #expect(throws: BuildFailure.self) { try HandbookLoader.load(root: h.root, asOfOverride: Day(iso: "2024-01-31")) }
    }

    @Test func chunkBoundariesDoNotChangeTheResult() throws {
        for chunk in [1, 2, 5, 13] {
            let r = try HandbookLoader.load(root: Fixtures.validMinimal, asOfOverride: nil, options: .init(), chunkSize: chunk)
            #expect(r.model.orders.map(\.orderID) == ["O3", "O1", "O2", "O5", "O4"])
            #expect(r.model.churn.first?.note == "Said \"too dear\",\nthen left")
        }
    }

    @Test func keepGoingListsRejectedRecordsWithReasons() throws {
        let h = try TempHandbook()
        defer { h.remove() }
        try h.write("data/customers.csv", "id,name\nC1,A\nC1,Dup\nC2,B\n,NoId\n")
        try h.write("data/orders.csv", "order_id,customer_id,date,amount\nO1,C1,2024-01-01,10\nO2,C2,2024-01-02,\"1,5\"\nO3,C3,2024-01-03,5\n")
        try h.write("data/churn.csv", "customer_id,date,reasons\nC1,2024-05-01,price\n")
        try FileManager.default.removeItem(at: h.root.appendingPathComponent("content/data/managers.csv"))
        try FileManager.default.removeItem(at: h.root.appendingPathComponent("content/data/complaints.csv"))
        try FileManager.default.removeItem(at: h.root.appendingPathComponent("content/data/contacts.csv"))
        let r = try HandbookLoader.load(root: h.root, options: LoadOptions(keepGoing: true))
        #expect(r.model.customers.map(\.id) == ["C1", "C2"])
        #expect(r.model.orders.map(\.orderID) == ["O1"])
        #expect(r.rejected == [
            RejectedRecord(file: "content/data/customers.csv", line: 3, reason: #"id: duplicate "C1", first on line 2"#, raw: "C1,Dup"),
            RejectedRecord(file: "content/data/customers.csv", line: 5, reason: "id: required, found an empty value", raw: ",NoId"),
            RejectedRecord(file: "content/data/orders.csv", line: 3,
                           reason: #"amount: expected a number, found "1,5" (looks like a decimal comma: set decimal: "," under data: in content/handbook.yml, or write 1.5)"#,
                           raw: #"O2,C2,2024-01-02,"1,5""#),
            RejectedRecord(file: "content/data/orders.csv", line: 4, reason: #"customer_id: no customer "C3" in content/data/customers.csv"#,
                           raw: "O3,C3,2024-01-03,5"),
        ])
        // Without --keep-going the same handbook fails with all four problems.
        #expect(Fixtures.failureText(h.root)?.split(separator: "\n").count == 4)
    }

    @Test func manyProblemsAreCountedNotAllListed() throws {
        let h = try TempHandbook()
        defer { h.remove() }
        var orders = "order_id,customer_id,date,amount\n"
        for i in 0..<500 { orders += "O\(i),C1,2024-01-01,x\n" }
        try h.write("data/orders.csv", orders)
        let text = try #require(Fixtures.failureText(h.root))
        let lines = text.split(separator: "\n")
        // One cause, 500 times: the first three, then one line for the rest (issue 20).
        #expect(lines.count == 4)
        #expect(lines[0] == #"content/data/orders.csv:2:18: amount: expected a number, found "x""#)
        #expect(lines.last == #"content/data/orders.csv: amount: 497 more values like "x""#)
    }

    /// More causes than the list has room for: the last line counts every problem not shown,
    /// and the failure knows the true total and the count per file.
    @Test func manyCausesAreCountedPastTheListLimit() throws {
        var log = ProblemLog(keepGoing: false)
        for i in 0..<70 { log.add("content/data/orders.csv", line: i + 2, "cause \(String(UnicodeScalar(UInt8(65 + i % 26))))\(i / 26)x") }
        for i in 0..<9 { log.add("content/data/churn.csv", line: i + 2, "date: not a date, found \"\(i)\"") }
        let failure = try #require(log.failure())
        #expect(failure.diagnostics.count == BuildFailure.listLimit)
        #expect(failure.diagnostics.last?.description == "content/data/orders.csv: ... and 30 more problems not listed")
        #expect(failure.total == 79)
        #expect(failure.countText == "79 problems (content/data/orders.csv: 70, content/data/churn.csv: 9)")
    }

    /// orders.csv and the event files are read on two threads: problems still come in file
    /// order (orders, churn, complaints, contacts), and the list limit counts across both.
    @Test func problemsOfOrdersAndEventsKeepFileOrder() throws {
        let h = try TempHandbook()
        defer { h.remove() }
        try h.write("data/orders.csv", "order_id,customer_id,date,amount\nO1,C1,2024-01-01,x\n")
        try h.write("data/churn.csv", "customer_id,date,reasons\nC9,2024-05-01,price\n")
        try h.write("data/complaints.csv", "customer_id,date,topic,resolved\nC1,2024-05-01,late,maybe\n")
        try h.write("data/contacts.csv", "customer_id,date\nC1,2024-13-01\n")
        let lines = try #require(Fixtures.failureText(h.root)).split(separator: "\n").map { $0.split(separator: ":").first! }
        #expect(lines == ["content/data/orders.csv", "content/data/churn.csv", "content/data/complaints.csv", "content/data/contacts.csv"])
        let kept = try HandbookLoader.load(root: h.root, options: LoadOptions(keepGoing: true)).rejected.map(\.file)
        #expect(kept == ["content/data/orders.csv", "content/data/churn.csv", "content/data/complaints.csv", "content/data/contacts.csv"])

        var orders = "order_id,customer_id,date,amount\n"
        for i in 0..<30 { orders += "O\(i),C1,2024-01-01,x\n" }
        try h.write("data/orders.csv", orders)
        var contacts = "customer_id,date\n"
        for _ in 0..<40 { contacts += "C1,2024-13-01\n" }
        try h.write("data/contacts.csv", contacts)
        let many = try #require(Fixtures.failureText(h.root)).split(separator: "\n")
        // 30 + 1 + 1 + 40 problems: each large group as three lines and a count, in file order.
        #expect(many.count == 10)
        #expect(many.prefix(3).allSatisfy { $0.hasPrefix("content/data/orders.csv:") })
        #expect(many[3] == #"content/data/orders.csv: amount: 27 more values like "x""#)
        #expect(many[4].hasPrefix("content/data/churn.csv:") && many[5].hasPrefix("content/data/complaints.csv:"))
        #expect(many[6...8].allSatisfy { $0.hasPrefix("content/data/contacts.csv:") })
        #expect(many[9].hasPrefix(#"content/data/contacts.csv: date: 37 more values like "2024-13-01""#))
    }

    @Test func missingContentFolder() {
        let text = Fixtures.failureText(URL(fileURLWithPath: "/nonexistent-boomerang"))
        #expect(text == "content: no content/ folder in /nonexistent-boomerang: run inside a handbook project or pass --root")
    }

    @Test func rawHTMLFollowsConfig() throws {
        let h = try TempHandbook()
        defer { h.remove() }
        try h.write("playbooks/guide.md", "---\nid: g\ntitle: G\nkind: guide\n---\nHi <b>there</b>\n")
        #expect(try HandbookLoader.load(root: h.root).model.playbooks.first { $0.id == "g" }?.html.contains("<b>") == false)
        try h.write("handbook.yml", "title: T\nas_of: 2024-06-30\nallow_raw_html: true\n")
        #expect(try HandbookLoader.load(root: h.root).model.playbooks.first { $0.id == "g" }?.html.contains("<b>there</b>") == true)
    }

    @Test func misspelledDataFileIsReported() throws {
        let h = try TempHandbook()
        defer { h.remove() }
        try h.write("data/order.csv", "x\n")
        #expect(Fixtures.failureText(h.root) == "content/data/order.csv: unknown data file (did you mean 'orders.csv'?); it would be ignored")
    }
}
