/// Every output path of the whole site (all shards), which a link may point at.
///
/// Why not one Set of paths: a dossier's two paths (`customers/<stem>.html` and `.md`) are two
/// Strings of their own per customer, about 200 MB at 1,000,000 customers kept to the end of
/// the build. Dossiers are looked up by their stem instead, which the site holds already.
public struct LinkTargets: Sendable {
    /// Every path that is not a dossier's.
    let others: Set<String>
    /// The stem of every customer's dossier.
    let dossierStems: Set<String>

    /// The targets of a plan of the whole site, whose dossiers are those of `stems`.
    init(wholePlan: [PlannedPage], stems: [String]) {
        others = Set(wholePlan.lazy.filter { !$0.isDossier }.map(\.path))
        dossierStems = Set(stems)
    }

    public func contains(_ path: String) -> Bool {
        if others.contains(path) { return true }
        guard let stem = Self.dossierStem(path) else { return false }
        return dossierStems.contains(stem)
    }

    /// `<stem>` of `customers/<stem>.html` or `customers/<stem>.md` (by bytes: the folder and the
    /// extension are ASCII), else nil.
    static func dossierStem(_ path: String) -> String? {
        let bytes = path.utf8
        guard bytes.starts(with: "customers/".utf8) else { return nil }
        for ext in [".html", ".md"] where bytes.count > 10 + ext.utf8.count && bytes.reversed().starts(with: ext.utf8.reversed()) {
            let from = bytes.index(bytes.startIndex, offsetBy: 10), to = bytes.index(bytes.endIndex, offsetBy: -ext.utf8.count)
            return String(path[from..<to])
        }
        return nil
    }
}

extension PlannedPage {
    var isDossier: Bool {
        switch kind {
        case .dossier, .dossierMarkdown: return true
        default: return false
        }
    }
}
