/// Quintile scores 1-5 by rank: score = 1 + floor(5 x below / n), where `below` is how many
/// values are strictly worse. Equal values therefore always share a score. `higherIsBetter`
/// false scores small values best (recency: few days since the last purchase).
func quintileScores(_ values: [Double], higherIsBetter: Bool) -> [Int] {
    let n = values.count
    guard n > 0 else { return [] }
    let order = values.indices.sorted {
        let a = values[$0], b = values[$1]
        if a != b { return higherIsBetter ? a < b : a > b }
        return $0 < $1
    }
    var scores = [Int](repeating: 1, count: n)
    var k = 0
    while k < n {
        var m = k
        while m < n, values[order[m]] == values[order[k]] { m += 1 }
        let score = 1 + (5 * k) / n
        for j in k..<m { scores[order[j]] = score }
        k = m
    }
    return scores
}
