import Foundation
import BoomerangModel

/// The CDNOW sample used by Fader, Hardie and Lee (2005): 2,357 customers whose first purchase
/// was in the first quarter of 1997. Lines: `master-id customer-id yyyymmdd quantity amount`,
/// whitespace separated. Not committed: `scripts/fetch-cdnow.sh` fetches it into .cache/cdnow/.
enum CDNOW {
    static let calibrationEnd = Day(year: 1997, month: 9, day: 30)!

    /// `$BOOMERANG_CDNOW`, else `.cache/cdnow/CDNOW_sample.txt` under the package root.
    static var path: String? { find("CDNOW_sample.txt", variable: "BOOMERANG_CDNOW") }

    /// The full cohort, 23,570 customers: `$BOOMERANG_CDNOW_MASTER`, else `.cache/cdnow/CDNOW_master.txt`.
    static var masterPath: String? { find("CDNOW_master.txt", variable: "BOOMERANG_CDNOW_MASTER") }

    static var isAvailable: Bool { available(path, "CDNOW_sample.txt", "BOOMERANG_CDNOW") }
    static var isMasterAvailable: Bool { available(masterPath, "CDNOW_master.txt", "BOOMERANG_CDNOW_MASTER") }

    private static func find(_ name: String, variable: String) -> String? {
        if let p = ProcessInfo.processInfo.environment[variable], !p.isEmpty {
            return FileManager.default.fileExists(atPath: p) ? p : nil
        }
        guard let root = packageRoot() else { return nil }
        let p = root.appendingPathComponent(".cache/cdnow/" + name).path
        return FileManager.default.fileExists(atPath: p) ? p : nil
    }

    private static func available(_ path: String?, _ name: String, _ variable: String) -> Bool {
        if path == nil {
            print("CDNOW tests disabled: \(name) not found (run scripts/fetch-cdnow.sh, or set \(variable) to the file)")
            return false
        }
        return true
    }

    struct Transaction { var customer: String; var day: Day; var amount: Double }

    static func load() throws -> [Transaction] { try load(path!) }

    /// Lines `[master-id] customer-id yyyymmdd quantity amount` (the sample has the master id,
    /// the master file does not); the header and anything unreadable are skipped.
    static func load(_ path: String) throws -> [Transaction] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var out: [Transaction] = []
        for line in text.split(whereSeparator: \.isNewline) {
            let f = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard f.count >= 4, let d = Int(f[f.count - 3]), let amount = Double(f[f.count - 1]),
                  let day = Day(year: d / 10000, month: d / 100 % 100, day: d % 100) else { continue }
            out.append(Transaction(customer: String(f[f.count - 4]), day: day, amount: amount))
        }
        return out
    }

    /// Calibration-period summaries: x, tx, T in weeks, and the mean value of repeat purchases
    /// (same-day transactions summed into one purchase).
    static func summaries() throws -> (x: [Int], tx: [Double], T: [Double], repeatMean: [Double]) {
        var byCustomer: [String: [(Day, Double)]] = [:]
        for t in try load() where t.day <= calibrationEnd { byCustomer[t.customer, default: []].append((t.day, t.amount)) }
        var x: [Int] = [], tx: [Double] = [], T: [Double] = [], mean: [Double] = []
        for key in byCustomer.keys.sorted() {
            var days: [(Day, Double)] = []
            for (d, a) in byCustomer[key]!.sorted(by: { $0.0 < $1.0 }) {
                if let last = days.last, last.0 == d { days[days.count - 1].1 += a } else { days.append((d, a)) }
            }
            let first = days[0].0, last = days[days.count - 1].0
            x.append(days.count - 1)
            tx.append(Double(last - first) / 7)
            T.append(Double(calibrationEnd - first) / 7)
            mean.append(days.count > 1 ? days.dropFirst().reduce(0) { $0 + $1.1 } / Double(days.count - 1) : 0)
        }
        return (x, tx, T, mean)
    }
}
