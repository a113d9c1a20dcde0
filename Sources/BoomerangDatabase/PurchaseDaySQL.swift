import BoomerangKit
import BoomerangModel
import PostgresNIO

/// The push-down of a sharded build (docs/database.md, "The push-down"): the orders entry folded
/// into one row per customer and day, in SQL, around the company's own table or query. It must
/// give exactly what `PurchaseDays(orders:customers:asOf:)` folds from the full rows, bit for bit:
///
/// - amounts become float8 as the loader's number parser makes them doubles (both round
///   correctly), and are summed in order-id order, as the loader sorts a day's orders, because a
///   sum of doubles depends on its order: a window frame growing one row at a time in that
///   order, which PostgreSQL accumulates row by row (a test checks a sum that depends on it);
/// - a NULL amount makes the day's amount NULL, reported like an order's;
/// - margins are summed the same way, a missing one counting 0, and `complete` says whether the
///   day's orders all had one;
/// - the day is the date's day, a timestamptz's in UTC, as `CellText` reads them;
/// - customer and order ids are compared as text with spaces and tabs removed, as the loader
///   reads ids, and order ids byte by byte (`COLLATE "C"`).
enum PurchaseDaySQL {
    static func select(_ entry: DatabaseEntry, columns c: OrderColumns, types: [String: PostgresDataType]) -> String {
        let margin = c.margin.map { number($0, types) } ?? "NULL::float8"
        // A running window in order-id order, read at each day's last order, instead of
        // sum(... ORDER BY): one sort for the whole result rather than one per day (80 s
        // against 48 s for 19 million orders).
        return """
            SELECT customer_id, date, amount, margin, orders, complete FROM (\
            SELECT customer_id, date, CASE WHEN count(a) OVER w = count(*) OVER w THEN sum(a) OVER w END AS amount, \
            coalesce(sum(m) OVER w, 0) AS margin, count(*) OVER w AS orders, bool_and(m IS NOT NULL) OVER w AS complete, \
            lead(true) OVER w AS more FROM (\
            SELECT \(EntrySQL.keyText(c.customerID)) COLLATE "C" AS customer_id, \(day(c.date, types)) AS date, \
            \(EntrySQL.keyText(c.orderID)) COLLATE "C" AS order_id, \(number(c.amount, types)) AS a, \(margin) AS m \
            FROM \(EntrySQL.from(entry))) AS k \
            WINDOW w AS (PARTITION BY customer_id, date ORDER BY order_id ROWS UNBOUNDED PRECEDING)\
            ) AS r WHERE more IS NULL ORDER BY customer_id, date
            """
    }

    /// A number column as float8; a text one trimmed, and empty as NULL (a missing value).
    static func number(_ column: String, _ types: [String: PostgresDataType]) -> String {
        let q = "q.\(EntrySQL.quoted(column))"
        let numeric: Set<PostgresDataType> = [.int2, .int4, .int8, .float4, .float8, .numeric]
        if let t = types[column], numeric.contains(t) { return "\(q)::float8" }
        return "nullif(btrim(\(q)::text, E' \\t'), '')::float8"
    }

    /// The day a date, timestamp or text column names (a timestamptz's in UTC, as `CellText`).
    static func day(_ column: String, _ types: [String: PostgresDataType]) -> String {
        let q = "q.\(EntrySQL.quoted(column))"
        switch types[column] {
        case .date?: return q
        case .timestamp?: return "\(q)::date"
        case .timestamptz?: return "(\(q) AT TIME ZONE 'UTC')::date"
        default: return "nullif(btrim(\(q)::text, E' \\t'), '')::date"
        }
    }
}
