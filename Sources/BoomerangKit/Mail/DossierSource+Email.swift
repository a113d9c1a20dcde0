import BoomerangEscaping
/// A dossier email, ready to write to `<stem>.eml` and send with `sendmail -t`.
public struct DossierEmail: Sendable {
    public var fileName: String
    public var subject: String
    public var html: String
    public var text: String
    /// The whole message, CRLF line ends.
    public var bytes: [UInt8]
}

/// Why a dossier cannot be mailed (the manager has no usable address ...).
public struct MailError: Error, CustomStringConvertible, Equatable {
    public var description: String
    public init(_ description: String) { self.description = description }
}

extension DossierSource {
    /// Orders shown in the email: the dossier's recent ones (its rows are what the email takes);
    /// the rest are counted and left to the site.
    public static let emailOrderLimit = SiteContext.recentOrderLimit

    /// The manager of customer `c` when they can receive mail; else a MailError saying why.
    public func recipient(_ c: Int) throws -> Manager {
        let cu = site.model.customers[c]
        guard !cu.manager.isEmpty else { throw MailError("customer \(cu.id) has no manager in customers.csv, so there is no one to send the dossier to") }
        guard let m = site.model.managers.first(where: { $0.name == cu.manager }) else {
            throw MailError("customer \(cu.id): manager \(cu.manager) is not in managers.csv")
        }
        guard MailPlan.isAddress(m.email) else {
            throw MailError("customer \(cu.id): manager \(cu.manager) has \(m.email.isEmpty ? "no email" : "an invalid email \"\(m.email)\"") in managers.csv")
        }
        return m
    }

    /// The message for customer `c` to `manager`: text and HTML alternatives, the charts as
    /// inline PNGs, and `pdf` attached when given. `step` names the subject's deadline.
    public func email(_ c: Int, step: PlanStep?, to manager: Manager, from sender: MailSender? = nil,
                      pdf: [UInt8]? = nil) throws -> DossierEmail {
        let stem = stem(c)
        let subject = emailSubject(c, step: step)
        let domain = "boomerang.invalid"
        var charts: [EmailChart] = []
        var images: [MIMEPart] = []
        for (kind, chart) in site.dossierCharts(site.dossierChartInputs(c)) {
            let cid = "\(kind).\(stem).\(site.model.asOf.iso)@\(domain)"
            let file = "\(stem)-\(kind).png"
            let png = try PNGRasterizer.png(svg: chart.standaloneSVG, width: chart.width, height: chart.height, scale: 2)
            charts.append(EmailChart(chart: chart, contentID: cid, fileName: file))
            images.append(.inlineImage(png, contentID: cid, fileName: file))
        }
        let vm = emailViewModel(c, subject: subject, step: step, manager: manager, charts: charts,
                                pdfAttached: pdf != nil, maxOrders: Self.emailOrderLimit)
        let html = String(decoding: site.templates.render("email-dossier", vm), as: UTF8.self)
        let text = Self.tidyText(String(decoding: site.templates.render("email-text", vm), as: UTF8.self))

        var body = MIMEPart.multipart("alternative", [
            .text(text, subtype: "plain"),
            .multipart("related", [.text(html, subtype: "html")] + images),
        ])
        if let pdf {
            body = .multipart("mixed", [body, .attachment(pdf, type: "application/pdf", fileName: "\(stem)-dossier.pdf")])
        } else {
            body = .multipart("mixed", [body])
        }
        let headers = MailHeaders(
            from: (sender ?? MailSender.configured(site.model.config)).header,
            to: Escape.mailbox(name: manager.name, address: manager.email),
            subject: subject,
            date: MIMEWriter.date(site.model.asOf),
            messageID: "dossier.\(stem).\(site.model.asOf.iso)@\(domain)")
        return DossierEmail(fileName: stem + ".eml", subject: subject, html: html, text: text,
                            bytes: MIMEWriter.message(headers: headers, body: body))
    }

    /// Templates leave blank lines where sections are empty: at most one blank line in a row,
    /// no trailing spaces.
    static func tidyText(_ text: String) -> String {
        var out: [Substring] = []
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = raw
            while line.last == " " || line.last == "\t" || line.last == "\r" { line = line.dropLast() }
            if line.isEmpty, out.last?.isEmpty ?? true { continue }
            out.append(line)
        }
        while out.last?.isEmpty == true { out.removeLast() }
        return out.joined(separator: "\n") + "\n"
    }
}
