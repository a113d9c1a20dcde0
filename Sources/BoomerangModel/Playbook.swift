/// What a playbook is for; the generator reads each kind differently (docs/playbooks.md).
public enum PlaybookKind: String, Sendable, CaseIterable {
    /// Why a customer leaves, with Minimum / Normal / Maximum plans. `id` matches churn reasons.
    case reason
    /// Apology gifts: rules and guidance by contact role and incident severity.
    case gifts
    /// Win-back offers with acceptance rates and relative cost.
    case offers
    /// Contact channel and cadence by customer value.
    case contactPlan = "contact-plan"
    /// The win-back method.
    case winback
    /// Any other page of know-how.
    case guide
}

/// The three global causes of churn.
public enum ChurnCause: String, Sendable, CaseIterable {
    case competitor
    case company
    case customer
}

/// A value from playbook front matter, kept generic so each kind can carry its own tables.
public indirect enum MetaValue: Sendable, Equatable {
    case string(String)
    case list([MetaValue])
    case map([(String, MetaValue)])

    public static func == (a: MetaValue, b: MetaValue) -> Bool {
        switch (a, b) {
        case let (.string(x), .string(y)): return x == y
        case let (.list(x), .list(y)): return x == y
        case let (.map(x), .map(y)): return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    public var string: String? { if case .string(let s) = self { return s }; return nil }
    public var list: [MetaValue]? { if case .list(let l) = self { return l }; return nil }
    public subscript(key: String) -> MetaValue? {
        if case .map(let pairs) = self { return pairs.first { $0.0 == key }?.1 }
        return nil
    }
}

/// A part of a playbook under one `##` heading.
public struct PlaybookSection: Sendable {
    public var heading: String
    /// The Markdown under the heading (without the heading line).
    public var markdown: String
    /// The same, rendered to HTML by cmark-gfm.
    public var html: String

    public init(heading: String, markdown: String, html: String) {
        self.heading = heading
        self.markdown = markdown
        self.html = html
    }
}

/// A Markdown playbook with YAML front matter.
public struct Playbook: Sendable {
    public var id: String
    public var title: String
    public var kind: PlaybookKind
    public var cause: ChurnCause?
    /// BCP 47 language of the text (e.g. `ru`, `fa`); defaults to the handbook's.
    public var language: String?
    /// Sort key among playbooks of one kind.
    public var order: Int = 0
    public var summary: String = ""
    /// All front matter, for kind-specific tables (gift rules, offers, cadences).
    public var meta: MetaValue = .map([])
    public var markdown: String
    public var html: String
    public var sections: [PlaybookSection] = []
    public var location: SourceLocation

    public init(id: String, title: String, kind: PlaybookKind, markdown: String, html: String, location: SourceLocation) {
        self.id = id
        self.title = title
        self.kind = kind
        self.markdown = markdown
        self.html = html
        self.location = location
    }

    /// The section whose heading is `heading` (case-insensitive).
    public func section(_ heading: String) -> PlaybookSection? {
        sections.first { $0.heading.lowercased() == heading.lowercased() }
    }
}
