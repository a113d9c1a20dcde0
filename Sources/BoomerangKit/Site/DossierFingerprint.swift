import BoomerangModel

/// What a dossier's bytes depend on beyond the build-wide inputs (templates, strings, config,
/// playbooks, file names: see PageCache): its view model as text, and the inputs of its charts
/// and of its order list.
/// Equal fingerprints give equal pages, so the cache can keep the previous file.
extension SiteContext {
    /// `base` is `dossier(c, root:, charts: false)`, with or without its orders: the order list is
    /// made from the raw orders hashed below and the build-wide formats alone.
    public func dossierFingerprint(_ c: Int, base: [String: Any]) -> Fingerprint {
        var f = Fingerprint()
        // Everything the page writes in words and numbers, already formatted: a model refit that
        // moves a CLV by a fraction of a cent changes nothing here.
        f.add(value: base)
        // The charts are drawn from these (DossierCharts.swift, HandbookCharts.pAliveChart).
        f.add(c)   // SVG element ids carry the customer's index
        f.add(Int(model.asOf.raw))
        for o in orders(c) {
            f.add(Int(o.date.raw)); f.add(o.amount); f.add(o.orderID)
            if let margin = o.margin { f.add(true); f.add(margin) } else { f.add(false) }
        }
        for e in churn(c) { f.add(Int(e.date.raw)); f.add(e.reasons.joined(separator: "\u{1}")) }
        for k in complaints(c) { f.add(Int(k.date.raw)); f.add(k.topic) }
        for k in contacts(c) { f.add(Int(k.date.raw)) }
        let m = analysis.customers[c]
        f.add(Int(m.expectedNextPurchase?.raw ?? Int32.min)); f.add(Int(m.lostThreshold?.raw ?? Int32.min))
        // The model's name too: BG/NBD and MBG/NBD parameters of equal value draw different P(alive) charts.
        if let p = analysis.purchaseModel { f.add(p.kind.rawValue); for v in p.values.prefix(4) { f.add(v) } } else { f.add(false) }
        return f
    }
}
