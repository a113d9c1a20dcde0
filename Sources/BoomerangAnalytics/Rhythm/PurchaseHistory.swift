import BoomerangModel

/// The analysis reads purchases (one per customer and day), never orders: that is what lets a
/// sharded build hand it days aggregated in SQL for customers whose orders it never reads.
typealias PurchaseHistory = PurchaseDays

extension PurchaseDays {
    /// The model's purchase days on or before as-of: read as they are when the loader pushed the
    /// aggregation down to the database, else folded from the orders.
    init(model: HandbookModel) throws(BuildFailure) {
        if let pushed = model.purchaseDays {
            // The loader refuses days after an explicit as-of and otherwise takes the latest
            // day as as-of, so none is left to cut (per-day order counts are not kept for it).
            if let last = model.purchaseDaySpan?.upperBound, last > model.asOf {
                throw BuildFailure(SourceLocation(file: "orders"), "purchases on \(last.iso), after the as-of day \(model.asOf.iso)")
            }
            self = pushed
        } else {
            try self.init(orders: model.orders, customers: model.customers.count, asOf: model.asOf)
        }
    }
}
