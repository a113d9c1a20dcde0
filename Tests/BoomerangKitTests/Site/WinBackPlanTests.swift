@testable import BoomerangKit
import BoomerangModel
import Foundation
import Testing

/// Plans in proportion to value and evidence (docs/playbooks.md, "winback"), and the chance to
/// return as one number on the dossier, in the plan and in customers.csv.
@Suite struct WinBackPlanTests {
    static let asOf = Day(iso: "2025-06-30")!

    /// The example's contact plan: A visit, B call (preferred channel used), C email (preferred used).
    static func tables() throws -> PlaybookTables {
        try PlaybookTables(playbooks: DossierSource.load(root: TestProject.repository).site.model.playbooks)
    }

    static func lost(abc: String, priority: WinBackPriority, grievance: Bool = false) -> CustomerMetrics {
        var m = CustomerMetrics()
        m.status = .lost; m.abc = abc; m.priority = priority; m.grievance = grievance
        m.lostThreshold = asOf + (-30); m.medianIntervalDays = 30
        return m
    }

    static func customer(channel: String = "", email: String = "") -> Customer {
        var c = CustomerRecord(id: "X", name: "X", line: 2)
        c.channel = channel; c.email = email
        return CustomerTable([c])[0]
    }

    static func plan(_ c: Customer, _ m: CustomerMetrics, _ t: PlaybookTables) -> [PlanStep] {
        ActionPlan.steps(customer: c, metrics: m, lastContact: nil, tables: t, asOf: asOf)
    }

    @Test func channelFollowsValueAndPreference() throws {
        let t = try Self.tables()
        // A: a visit whatever they prefer; a director presents the offer to a "win back first".
        let a = Self.plan(Self.customer(channel: "email"), Self.lost(abc: "A", priority: .first), t)
        #expect(a.map(\.channel) == ["visit", "email", "visit", "call"])
        #expect(a.map(\.action) == [.visitFindReason, .prepareOffer, .directorPresentsOffer, .checkPurchase])
        #expect(a.map(\.due) == [Self.asOf + 2, Self.asOf + 5, Self.asOf + 10, Self.asOf + 40])
        // A, but won back only if possible: a call, not a trip.
        #expect(Self.plan(Self.customer(), Self.lost(abc: "A", priority: .ifPossible), t).first?.action == .callFindReason)
        // B: a call; their preferred messenger instead when they have one.
        #expect(Self.plan(Self.customer(), Self.lost(abc: "B", priority: .ifPossible), t).first?.action == .callFindReason)
        #expect(Self.plan(Self.customer(channel: "WhatsApp"), Self.lost(abc: "B", priority: .ifPossible), t).first?.channel == "messenger")
        // C: email, or a letter when there is no address.
        let c = Self.plan(Self.customer(email: "x@example.com"), Self.lost(abc: "C", priority: .ifPossible), t)
        #expect(c.first == PlanStep(due: Self.asOf + 6, channel: "email", action: .writeFindReason))
        #expect(Self.plan(Self.customer(), Self.lost(abc: "C", priority: .ifPossible), t).first?.channel == "letter")
    }

    /// seed 002: a call works only soon after leaving; later a B customer we must win back is visited.
    @Test func longGoneMustWinBackIsVisited() throws {
        let t = try Self.tables()
        var m = Self.lost(abc: "B", priority: .must)
        m.lostThreshold = Self.asOf + -(t.callWindowDays + 1)
        #expect(Self.plan(Self.customer(), m, t).first?.channel == "visit")
        m.priority = .ifPossible
        #expect(Self.plan(Self.customer(), m, t).first?.channel == "call")
    }

    @Test func apologyOnlyWithAGrievance() throws {
        let t = try Self.tables()
        let sorry = Self.plan(Self.customer(), Self.lost(abc: "B", priority: .must, grievance: true), t)
        #expect(sorry.map(\.action) == [.callApologise, .prepareOfferAndGift, .presentOfferWithGift, .checkPurchase])
        let plain = Self.plan(Self.customer(), Self.lost(abc: "B", priority: .must), t)
        #expect(plain.map(\.action) == [.callFindReason, .prepareOffer, .presentOffer, .checkPurchase])
        #expect(Self.plan(Self.customer(), Self.lost(abc: "A", priority: .letGo), t).isEmpty)
    }

    /// On the example: the dossier, its plan and customers.csv say the same thing of every customer.
    @Test func exampleAgreesEverywhere() throws {
        let source = try DossierSource.load(root: TestProject.repository)
        let site = source.site
        let csv = String(decoding: Exports.customersCSV(site.model, site.analysis) { site.plan($0).first }, as: UTF8.self)
        let rows = Self.cells(csv).dropFirst().map { $0 }
        let n = Exports.customerColumns.count
        #expect(Array(Exports.customerColumns.suffix(3)) == ["return_chance", "next_step_date", "next_step_channel"])
        var gifts = 0, noReasonOffers = 0
        for c in site.model.customers.indices {
            let m = site.analysis.customers[c], row = rows[c], vm = site.dossier(c, root: "../")
            let step = site.plan(c).first
            #expect(row.count == n)
            #expect(row[n - 3] == (m.returnChance.map { Exports.num($0, 3) } ?? ""))
            #expect(row[n - 2] == (step?.due.iso ?? "") && row[n - 1] == (step?.channel ?? ""))
            #expect(["", "visit", "call", "email", "letter", "messenger"].contains(row[n - 1]))
            if m.priority != nil { #expect(row[22] == row[n - 3], "win_back_likelihood is the same number") }
            #expect(vm.row.returnChance == (m.returnChance.map(site.chanceText) ?? ""))
            #expect((vm.gift != nil) == m.grievance)
            if vm.gift != nil { gifts += 1 }
            let apologises = site.plan(c).contains { $0.action.rawValue.contains("apologise") || $0.action.rawValue.hasSuffix("gift") }
            #expect(!apologises || m.grievance)
            if let offer = vm.offer, site.churn(c).isEmpty {
                #expect(offer.when == site.strings("offer_why_no_reason"))
                noReasonOffers += 1
            }
            if m.priority != nil {
                let reasons = vm.priorityReasons
                #expect(reasons.count == m.priorityReasons.count)
                #expect(!reasons.contains { $0.text.contains("{") }, "every figure filled in")
                // The chance in the reasons is the chance on the priority line, to the character.
                let chance = vm.row.returnChance
                #expect(reasons.contains { $0.text.contains(": " + chance) })
            }
        }
        #expect(gifts > 0)
        print("example: \(gifts) dossiers with a gift, \(noReasonOffers) offers with no recorded reason")
    }

    /// RFC 4180 rows (names may hold commas and quotes).
    static func cells(_ csv: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], cell = "", quoted = false, previous: Character = " "
        for ch in csv {
            if quoted {
                if ch == "\"" { quoted = false } else { cell.append(ch) }
            } else if ch == "\"" {
                if previous == "\"" { cell.append("\"") }
                quoted = true
            } else if ch == "," { row.append(cell); cell = "" }
            else if ch == "\n" { row.append(cell); rows.append(row); row = []; cell = "" }
            else { cell.append(ch) }
            previous = ch
        }
        return rows
    }
}
