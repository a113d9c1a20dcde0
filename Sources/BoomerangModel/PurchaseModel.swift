/// Which purchase model gives P(alive), expected purchases and model CLV (`model:` in handbook.yml).
public enum PurchaseModelKind: String, Sendable, CaseIterable {
    /// MBG/NBD (Batislam, Denizel and Filiztekin 2007): a customer may also drop out right after
    /// the first purchase, so a one-time buyer's P(alive) falls with their silence.
    case mbgnbd
    /// BG/NBD (Fader, Hardie and Lee 2005): drop-out only after a repeat purchase, so every
    /// one-time buyer has P(alive) = 1.
    case bgnbd

    /// The model's name as the literature writes it, for messages.
    public var displayName: String {
        switch self {
        case .mbgnbd: "MBG/NBD"
        case .bgnbd: "BG/NBD"
        }
    }
}

/// Fitted MBG/NBD parameters. Same names and roles as BG/NBD's (purchase rate ~ Gamma(r, alpha),
/// drop-out chance ~ Beta(a, b)); only where drop-out may happen differs.
public struct MBGNBDParameters: Sendable, Equatable {
    public var r: Double, alpha: Double, a: Double, b: Double
    public var logLikelihood: Double
    public init(r: Double, alpha: Double, a: Double, b: Double, logLikelihood: Double) {
        self.r = r; self.alpha = alpha; self.a = a; self.b = b; self.logLikelihood = logLikelihood
    }
}

/// The fitted purchase model of an analysis: the kind chosen in the config and its parameters.
public enum PurchaseModel: Sendable, Equatable {
    case mbgnbd(MBGNBDParameters)
    case bgnbd(BGNBDParameters)

    public var kind: PurchaseModelKind {
        switch self {
        case .mbgnbd: .mbgnbd
        case .bgnbd: .bgnbd
        }
    }

    /// r, alpha, a, b and the log-likelihood, in that order (exports, fingerprints, the fit memo).
    public var values: [Double] {
        switch self {
        case .mbgnbd(let p): [p.r, p.alpha, p.a, p.b, p.logLikelihood]
        case .bgnbd(let p): [p.r, p.alpha, p.a, p.b, p.logLikelihood]
        }
    }

    /// The inverse of `values`; nil unless there are exactly five.
    public init?(_ kind: PurchaseModelKind, values v: [Double]) {
        guard v.count == 5 else { return nil }
        switch kind {
        case .mbgnbd: self = .mbgnbd(MBGNBDParameters(r: v[0], alpha: v[1], a: v[2], b: v[3], logLikelihood: v[4]))
        case .bgnbd: self = .bgnbd(BGNBDParameters(r: v[0], alpha: v[1], a: v[2], b: v[3], logLikelihood: v[4]))
        }
    }
}
