/// What a sharded build keeps of the customers whose dossiers other shards write.
extension DataLoader {
    /// Per customer, whether this build writes its dossier; nil when it writes every one. Made
    /// once, after the customers are read (`dossierCustomers`): each id is hashed once.
    ///
    /// Why: the analysis and the shared pages read of everyone's events only the days, a churn's
    /// reasons and a complaint's resolution, and of contacts only each customer's latest day
    /// (`LatestDays`); the texts (notes, the competitor) and the contacts themselves appear on
    /// the customer's dossier alone. A sharded build keeps them for its own customers only: at
    /// 1,000,000 customers the others' texts were about 100 MB and their contacts about 55 MB.
    func shardMembers() -> [Bool]? {
        guard let shard else { return nil }
        return customers.map { shard.contains($0.id) }
    }
}

extension [Bool]? {
    /// Whether customer `c`'s events keep their texts (see `DataLoader.shardMembers`).
    func keepsTexts(_ c: Int) -> Bool {
        guard let self, c >= 0, c < self.count else { return true }
        return self[c]
    }
}
