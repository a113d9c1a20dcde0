import Foundation

/// churn.csv, complaints.csv and contacts.csv: dated events about a customer.
extension DataLoader {
    static let churnSchema = CSVSchema(required: ["customer_id", "date", "reasons"], optional: ["competitor", "note"])
    static let complaintSchema = CSVSchema(required: ["customer_id", "date", "topic"], optional: ["resolved"])
    static let contactSchema = CSVSchema(required: ["customer_id", "date"], optional: ["channel", "manager", "note"])

    mutating func loadChurn() {
        guard let src = source("churn.csv") else { return }
        let file = src.file
        let refs = self.refs
        let reasons = reasonIDs, others = otherPlaybookKinds, broken = brokenPlaybookIDs
        let known = reasonCandidates
        let anyBroken = playbooksBrokenWithoutID
        let texts = dossierCustomers
        var pool = StringPool()
        var log = self.log
        defer { self.log = log }
        var out: [ChurnEvent] = []
        CSVTable.read(src.source, file: file, schema: Self.churnSchema, options: src.options, log: &log, chunkSize: chunkSize) { row in
            let customer = refs.resolve(&row)
            let date = row.day("date", required: true)
            let ids = row.text("reasons").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            for id in ids where !reasons.contains(id) && !broken.contains(id) && !anyBroken {
                if let kind = others[id] {
                    row.problem("reasons", "\(ValueParsing.quoted(id)) is a \(kind.rawValue) playbook, not a reason")
                } else {
                    row.problem("reasons", "no reason playbook with id \(ValueParsing.quoted(id))" + NameSuggestion.hint(id, known, what: "reason ids"))
                }
            }
            guard row.problems.isEmpty, let customer, let date else { return }
            var e = ChurnEvent(customer: customer, date: date, reasons: ids, line: row.line)
            if texts.keepsTexts(customer) {
                e.competitor = pool.shared(row.text("competitor"))
                e.note = row.text("note")
            }
            out.append(e)
        }
        churn = out.sorted { ($0.customer, $0.date, $0.line) < ($1.customer, $1.date, $1.line) }
    }

    mutating func loadComplaints() {
        guard let src = source("complaints.csv") else { return }
        let file = src.file
        let refs = self.refs
        var log = self.log
        defer { self.log = log }
        var out: [Complaint] = []
        CSVTable.read(src.source, file: file, schema: Self.complaintSchema, options: src.options, log: &log, chunkSize: chunkSize) { row in
            let customer = refs.resolve(&row)
            let date = row.day("date", required: true)
            let topic = row.text("topic")
            let flag = row.text("resolved")
            var resolved = false
            if !flag.isEmpty {
                if let f = ValueParsing.flag(flag) { resolved = f }
                else {
                    row.problem("resolved", "expected yes or no (also да/нет, da/nu, بله/خیر, true/false, 1/0), found \(ValueParsing.quoted(flag))"
                                + " (map your words under values: resolved: in content/handbook.yml)")
                }
            }
            guard row.problems.isEmpty, let customer, let date else { return }
            out.append(Complaint(customer: customer, date: date, topic: topic, resolved: resolved, line: row.line))
        }
        // Same-day complaints by what they say, not by where they stand: a table has no row order,
        // and a build from the database must list them as the build from the file does.
        complaints = out.sorted {
            ($0.customer, $0.date, $0.topic, $0.resolved ? 1 : 0, $0.line) < ($1.customer, $1.date, $1.topic, $1.resolved ? 1 : 0, $1.line)
        }
    }

    mutating func loadContacts() {
        guard let src = source("contacts.csv") else { return }
        let file = src.file
        let refs = self.refs
        let texts = dossierCustomers
        var pool = StringPool()
        var log = self.log
        defer { self.log = log }
        var out: [Contact] = []
        var days = LatestDays(customers: customers.count)
        CSVTable.read(src.source, file: file, schema: Self.contactSchema, options: src.options, log: &log, chunkSize: chunkSize) { row in
            let customer = refs.resolve(&row)
            let date = row.day("date", required: true)
            let channel = row.channel()
            guard row.problems.isEmpty, let customer, let date else { return }
            days.note(customer, date)
            // Another shard's customer: the pages here read only the latest day (see LatestDays).
            guard texts.keepsTexts(customer) else { return }
            out.append(Contact(customer: customer, date: date, channel: channel, manager: pool.shared(row.text("manager")),
                               note: row.text("note"), line: row.line))
        }
        contactDays = days
        // Same-day contacts by what they say (see complaints).
        contacts = out.sorted {
            ($0.customer, $0.date, $0.channel, $0.manager, $0.note, $0.line) < ($1.customer, $1.date, $1.channel, $1.manager, $1.note, $1.line)
        }
    }
}
