/// The size of a file made row by row in memory (search-index.js), projected from its first
/// rows and reserved once.
///
/// Why: an array that outgrows its room doubles, and while it is copied holds both: at
/// 1,000,000 customers the 135 MB search index grew to 256 MB of room. (customers.csv, which
/// took 160 + 320 MB that way, is now written in pieces: Exports.customersCSV.)
enum ProjectedSize {
    /// Rows written before the size is projected from them.
    static let sampleRows = 1024

    /// The size of `total` rows when `rows` took `bytes`, with an eighth to spare.
    static func bytes(_ bytes: Int, rows: Int, of total: Int) -> Int {
        let projected = bytes * total / max(1, rows)
        return projected + projected / 8
    }
}
