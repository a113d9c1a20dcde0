import BoomerangModel

/// Figures from the win-back research (domain.md: Kumar et al., 40,000 former customers).
extension OfferKind {
    /// Share of former customers who accepted the offer.
    public var acceptanceRate: Double {
        switch self {
        case .both: return 0.47
        case .individual: return 0.45
        case .discount: return 0.45
        case .serviceUpgrade: return 0.41
        }
    }

    /// Relative cost, 1 (cheapest) to 3 (dearest): the upgrade cost least, the combined offer most.
    public var relativeCost: Int {
        switch self {
        case .serviceUpgrade: return 1
        case .discount, .individual: return 2
        case .both: return 3
        }
    }

    /// Interface-string key of the return-on-investment note shown beside the offer.
    public var roiNoteKey: String { "offer.roi.\(rawValue)" }
}
