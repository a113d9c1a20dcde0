import Foundation

/// The `mail` command's work: plan, compose and write the .eml files of one run.
public enum MailRun {
    public struct Report: Sendable {
        /// File names of this run (written or already up to date), in customer order.
        public var files: [String] = []
        public var written = 0
        public var unchanged = 0
        public var skipped: [MailPlan.Skip] = []
        /// .eml files of an earlier run that this run does not send.
        public var removed = 0
        public var lastDay: Day
    }

    /// Writes `<stem>.eml` for every customer due within `days` into `dir` (created if needed).
    /// Unchanged files keep their bytes and timestamps; stale .eml files are removed.
    public static func write(_ source: DossierSource, to dir: URL, within days: Int, manager: String? = nil,
                             pdf: Bool = false, sender: MailSender? = nil) throws -> Report {
        let plan = MailPlan(site: source.site, within: days, manager: manager)
        var report = Report(skipped: plan.skipped, lastDay: source.site.model.asOf + days)
        let fm = FileManager.default
        // Compose everything first: a string missing from the strings file shows only while
        // rendering, and it must stop the run before any file is written.
        var mails: [DossierEmail] = []
        for item in plan.items {
            let attachment = pdf ? try PDFPrinter.pdf(html: source.standaloneHTML(item.customer), name: source.stem(item.customer),
                                                      page: source.pdfPageStyle(item.customer)) : nil
            mails.append(try source.email(item.customer, step: item.step, to: item.manager, from: sender, pdf: attachment))
        }
        try source.checkStrings()
        try fm.createDirectory(at: dir, withIntermediateDirectories: true)
        var keep = Set<String>()
        for mail in mails {
            let url = dir.appendingPathComponent(mail.fileName)
            keep.insert(mail.fileName)
            if let old = fm.contents(atPath: url.path), Array(old) == mail.bytes {
                report.unchanged += 1
            } else {
                try Data(mail.bytes).write(to: url, options: .atomic)
                report.written += 1
            }
            report.files.append(mail.fileName)
        }
        // Only when all mailable customers were considered: a --manager run leaves the others' files.
        if manager == nil {
            for name in (try? fm.contentsOfDirectory(atPath: dir.path)) ?? [] where name.hasSuffix(".eml") && !keep.contains(name) {
                try fm.removeItem(at: dir.appendingPathComponent(name))
                report.removed += 1
            }
        }
        return report
    }
}
