@testable import BoomerangKit
import Foundation
import Testing

/// Dossier emails of small handbooks and of the shipped example.
@Suite struct DossierEmailTests {
    static let handbook: [String: String] = [
        "content/handbook.yml": "title: Test\nlocale: en_US\ncurrency: USD\nas_of: 2025-06-15\n",
        "content/data/customers.csv": """
        id,name,manager,contact_name,contact_role,channel
        A1,Acme <Tools> & Co,Ann Lee,Bob,owner,call
        B2,پخش مصالح ستاره,مریم احمدی,فاطمه,owner,call
        C3,ООО «Радуга»,Ирина Волкова,Виктор,owner,call

        """,
        "content/data/managers.csv": """
        name,email
        Ann Lee,ann@example.com
        مریم احمدی,maryam@example.com
        Ирина Волкова,

        """,
        "content/data/orders.csv": """
        order_id,customer_id,date,amount
        1,A1,2025-01-10,1200
        2,A1,2025-02-10,1300
        3,A1,2025-03-10,1250
        4,B2,2025-01-15,900
        5,B2,2025-02-14,950
        6,B2,2025-03-16,1000
        7,C3,2025-01-20,500
        8,C3,2025-02-20,600
        9,C3,2025-03-20,700

        """,
    ]

    static func source() throws -> DossierSource {
        try DossierSource.load(root: TestProject.make(handbook.merging(Self.playbooks) { a, _ in a }))
    }

    /// The example's playbooks, so lost customers get offers and gift guidance.
    static var playbooks: [String: String] {
        var out: [String: String] = [:]
        let dir = TestProject.repository.appendingPathComponent("content/playbooks")
        for p in (FileManager.default.enumerator(atPath: dir.path)?.allObjects as? [String] ?? []) where p.hasSuffix(".md") {
            out["content/playbooks/" + p] = TestProject.text(dir.appendingPathComponent(p))
        }
        return out
    }

    @Test func managerWithoutEmailIsSkippedWithTheReason() throws {
        let source = try Self.source()
        let plan = MailPlan(site: source.site, within: 30)
        let ids = source.site.model.customers.map(\.id)
        #expect(plan.items.map { ids[$0.customer] } == ["A1", "B2"])
        #expect(plan.skipped == [MailPlan.Skip(customer: 2, reason: "manager Ирина Волкова has no email in managers.csv")])
        #expect(throws: MailError("customer C3: manager Ирина Волкова has no email in managers.csv")) { try source.recipient(2) }

        let out = TestProject.temporaryFolder()
        try Data("old".utf8).write(to: out.appendingPathComponent("Z9.eml"))
        let report = try MailRun.write(source, to: out, within: 30)
        #expect(report.files == ["A1.eml", "B2.eml"])
        #expect(report.removed == 1)
        let again = try MailRun.write(source, to: out, within: 30)
        #expect(again.written == 0 && again.unchanged == 2, "same data, same bytes")
        #expect((try FileManager.default.contentsOfDirectory(atPath: out.path)).sorted() == ["A1.eml", "B2.eml"])
    }

    @Test func persianDossierIsRightToLeftAndDataIsEscaped() throws {
        let source = try Self.source()
        let b2 = try source.email(1, step: source.site.plan(1).first, to: try source.recipient(1))
        #expect(b2.html.contains("<span dir=\"rtl\" lang=\"fa\">پخش مصالح ستاره</span>"))
        #expect(b2.html.contains("<html lang=\"en\" dir=\"ltr\">"))
        let a1 = try source.email(0, step: source.site.plan(0).first, to: try source.recipient(0))
        #expect(a1.html.contains("Acme &lt;Tools&gt; &amp; Co"))
        #expect(!a1.html.contains("<Tools>"))
        #expect(a1.text.contains("Acme <Tools> & Co"))
        #expect(a1.subject.hasPrefix("Dossier: Acme <Tools> & Co, "))
        let raw = String(decoding: a1.bytes, as: UTF8.self)
        #expect(raw.contains("Message-ID: <dossier.A1.2025-06-15@boomerang.invalid>\r\n"))
        #expect(raw.contains("To: Ann Lee <ann@example.com>\r\n"))
        #expect(raw.contains("From: Boomerang <boomerang@localhost>\r\n"))
        for chart in ["timeline", "revenue"] {
            #expect(a1.html.contains("src=\"cid:\(chart).A1.2025-06-15@boomerang.invalid\""))
            #expect(raw.contains("Content-ID: <\(chart).A1.2025-06-15@boomerang.invalid>"))
        }
    }

    @Test func persianHandbookIsRightToLeftAtTheRoot() throws {
        var files = Self.handbook.merging(Self.playbooks) { a, _ in a }
        files["content/handbook.yml"] = "title: Test\nlocale: fa_IR\ncurrency: IRR\nas_of: 2025-06-15\n"
        let source = try DossierSource.load(root: TestProject.make(files))
        let mail = try source.email(0, step: source.site.plan(0).first, to: try source.recipient(0))
        #expect(mail.html.contains("<html lang=\"fa\" dir=\"rtl\">"))
        #expect(mail.html.contains("<span dir=\"ltr\">Acme &lt;Tools&gt; &amp; Co</span>"))
        #expect(mail.html.contains("text-align:right;"))
    }

    /// handbook.yml's `mail_from` is the From header, its name encoded when it is not ASCII.
    @Test func mailFromSetsTheSender() throws {
        var files = Self.handbook.merging(Self.playbooks) { a, _ in a }
        files["content/handbook.yml"] = "title: Test\nas_of: 2025-06-15\nmail_from: \"Отдел удержания <retention@example.com>\"\n"
        let source = try DossierSource.load(root: TestProject.make(files))
        let mail = try source.email(0, step: source.site.plan(0).first, to: try source.recipient(0))
        let raw = String(decoding: mail.bytes, as: UTF8.self)
        #expect(raw.contains("From: =?utf-8?B?0J7RgtC00LXQuyDRg9C00LXRgNC20LDQvdC40Y8=?=\r\n <retention@example.com>\r\n"))
        #expect(!raw.contains("boomerang@localhost"))
    }

    /// Reasons for leaving are listed as on the dossier page, with the strings file's separator.
    @Test func reasonsUseTheListSeparator() throws {
        let source = try DossierSource.load(root: TestProject.repository)
        let c = try #require(source.site.model.customers.firstIndex { $0.id == "C002" })
        let mail = try source.email(c, step: source.site.plan(c).first, to: try source.recipient(c))
        #expect(mail.html.contains("<strong>Rude or dismissive staff; Poor service quality</strong>."))
        #expect(mail.text.contains(": Rude or dismissive staff; Poor service quality."))
    }

    /// Every email of the example passes scripts/check-eml.py (Python's email package).
    @Test func exampleEmailsPassTheChecker() throws {
        let source = try DossierSource.load(root: TestProject.repository)
        let out = TestProject.temporaryFolder()
        let report = try MailRun.write(source, to: out, within: source.site.model.config.mailWithinDays)
        #expect(report.files.count > 10)
        #expect(report.skipped.contains { $0.reason.contains("has no email") })
        for file in report.files {
            let data = try Data(contentsOf: out.appendingPathComponent(file))
            #expect(data.count < 400_000)
        }
        let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let python else { return }  // The Makefile's test target runs the checker too.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [TestProject.repository.appendingPathComponent("scripts/check-eml.py").path, out.path]
        let err = Pipe()
        process.standardError = err
        try process.run()
        let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("with right-to-left blocks"))
    }
}
