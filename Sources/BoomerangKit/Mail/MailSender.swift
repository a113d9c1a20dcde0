import BoomerangEscaping
import Foundation

/// The From mailbox of dossier emails: handbook.yml's `mail_from` when the config has it,
/// else `Boomerang <boomerang@localhost>`.
public struct MailSender: Sendable, Equatable {
    public var name: String
    public var address: String

    public static let fallback = MailSender(name: "Boomerang", address: "boomerang@localhost")

    public init(name: String, address: String) { self.name = name; self.address = address }

    /// Parses `Name <addr>` or a bare `addr`; nil when there is no usable address.
    public init?(parsing text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let open = t.lastIndex(of: "<"), t.hasSuffix(">") {
            var name = t[..<open].trimmingCharacters(in: .whitespaces)
            if name.hasPrefix("\""), name.hasSuffix("\""), name.count >= 2 { name = String(name.dropFirst().dropLast()) }
            let address = String(t[t.index(after: open)..<t.index(before: t.endIndex)])
            guard MailPlan.isAddress(address) else { return nil }
            self.init(name: name, address: address)
        } else {
            guard MailPlan.isAddress(t) else { return nil }
            self.init(name: "", address: t)
        }
    }

    /// `mail_from` from the config (checked when it was loaded), else the fallback.
    public static func configured(_ config: HandbookConfig) -> MailSender {
        config.mailFrom.flatMap(MailSender.init(parsing:)) ?? fallback
    }

    public var header: String { Escape.mailbox(name: name, address: address) }
}
