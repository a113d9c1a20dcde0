/// managers.csv and customers.csv.
extension DataLoader {
    static let managerSchema = CSVSchema(required: ["name", "email"], optional: ["phone", "region"])
    static let customerSchema = CSVSchema(
        required: ["id", "name"],
        optional: ["manager", "contact_name", "contact_role", "channel", "segment", "city", "since", "email", "referrals"])

    mutating func loadManagers() {
        guard let src = source("managers.csv") else { return }
        managersFileExists = true
        let file = src.file
        var log = self.log
        defer { self.log = log }
        var seen: [String: Int] = [:]
        var broken: [String: Int] = [:]
        var out: [Manager] = []
        defer { brokenManagers = broken }
        CSVTable.read(src.source, file: file, schema: Self.managerSchema, options: src.options, log: &log, chunkSize: chunkSize) { row in
            guard let name = row.required("name") else { return }
            if let first = seen[name] {
                row.problem("name", "duplicate \(ValueParsing.quoted(name)), first on line \(first)")
                return
            }
            let email = row.text("email")
            seen[name] = row.line
            if let problem = Self.emailProblem(email) {
                row.problem("email", problem)
                broken[name] = row.line
                return
            }
            var m = Manager(name: name, email: email, line: row.line)
            m.phone = row.text("phone")
            m.region = row.text("region")
            out.append(m)
        }
        managers = out
    }

    mutating func loadCustomers() {
        guard let src = source("customers.csv") else {
            log.add(rel("customers.csv"), line: 0, "missing: a handbook needs at least customers.csv (see docs/data.md)")
            return
        }
        let file = src.file
        let managersFile = source("managers.csv")?.file ?? rel("managers.csv")
        var log = self.log
        defer { self.log = log }
        let managerNames = Set(managers.map(\.name))
        let checkManagers = managersFileExists
        let brokenManagers = self.brokenManagers, keepGoing = log.keepGoing
        let managerList = managers.map(\.name)
        var index: [String: Int] = [:]
        var broken: [String: Int] = [:]
        var out = CustomerTable.Builder()
        // The columns outside the contract are the same for every row: found on the first.
        var extraColumns: [Int]?
        // A row that cannot be read still names its customer: references to it are not reported again.
        let markBroken = { (row: inout CSVRow) in
            let id = row.text("id")
            if !id.isEmpty, broken[id] == nil, index[id] == nil { broken[id] = row.line }
        }
        let readable = CSVTable.read(src.source, file: file, schema: Self.customerSchema, options: src.options, log: &log,
                                     chunkSize: chunkSize, unreadable: markBroken) { row in
            let id = row.required("id")
            let name = row.required("name")
            if let id, let first = index[id] {
                row.problem("id", "duplicate \(ValueParsing.quoted(id)), first on line \(out.line(first))")
                return
            }
            var c = CustomerRecord(id: id ?? "", name: name ?? "", line: row.line)
            c.manager = row.text("manager")
            if checkManagers, !c.manager.isEmpty, !managerNames.contains(c.manager) {
                // A manager row with its own problem is reported once, there (as for customers).
                if let line = brokenManagers[c.manager] {
                    if keepGoing { row.problem("manager", "manager \(ValueParsing.quoted(c.manager)) was left out (\(managersFile):\(line))") }
                } else {
                    row.problem("manager", "\(ValueParsing.quoted(c.manager)) is not in \(managersFile)"
                                + Suggestion.hint(c.manager, managerList))
                }
            }
            c.contactName = row.text("contact_name")
            // The table keeps one copy of each manager, role, channel, segment and city.
            c.contactRole = row.text("contact_role")
            c.channel = row.channel()
            c.segment = row.text("segment")
            c.city = row.text("city")
            c.since = row.day("since", required: false)
            c.email = row.text("email")
            if let problem = Self.emailProblem(c.email) {
                row.problem("email", problem)
            }
            let referrals = row.text("referrals")
            if !referrals.isEmpty {
                if let r = ValueParsing.integer(referrals), r >= 0 { c.referrals = r }
                else { row.problem("referrals", "expected a whole number of 0 or more, found \(ValueParsing.quoted(referrals))") }
            }
            if extraColumns == nil { extraColumns = row.extraColumns(Self.customerSchema) }
            c.extra = row.extras(at: extraColumns!)
            guard row.problems.isEmpty, let id else {
                if let id, broken[id] == nil { broken[id] = row.line }
                return
            }
            index[id] = out.count
            out.append(c)
        }
        customersUnreadable = !readable
        customers = out.table()
        brokenCustomers = broken
    }

    /// nil for an empty or valid address, else the message for the `email` column.
    static func emailProblem(_ s: String) -> String? {
        guard !s.isEmpty, let why = EmailAddress.problem(s) else { return nil }
        return "expected an address like name@example.com, found \(ValueParsing.quoted(s)): \(why)"
    }
}
