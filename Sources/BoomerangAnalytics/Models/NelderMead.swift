import Dispatch

/// Nelder-Mead simplex minimiser (Lagarias et al. 1998 coefficients), small and deterministic.
/// Used on log-parameters, so every point it tries is a valid (positive) parameter set.
enum NelderMead {
    struct Result {
        var point: [Double]
        var value: Double
        var evaluations: Int
    }

    /// Minimises `f` from `start`; `step` is the initial simplex edge in each coordinate.
    /// Non-finite values of `f` count as +infinity, so the simplex walks away from them.
    static func minimize(_ f: ([Double]) -> Double, start: [Double], step: Double = 0.5,
                         tolerance: Double = 1e-10, maxEvaluations: Int = 4000) -> Result {
        let n = start.count
        var evaluations = 0
        func eval(_ p: [Double]) -> Double {
            evaluations += 1
            let v = f(p)
            return v.isFinite ? v : .infinity
        }
        var simplex: [[Double]] = [start]
        for i in 0..<n {
            var p = start
            p[i] += step
            simplex.append(p)
        }
        var values = simplex.map(eval)

        while evaluations < maxEvaluations {
            // Order the vertices: best first, worst last (stable, so ties stay deterministic).
            let order = (0...n).sorted { values[$0] < values[$1] || (values[$0] == values[$1] && $0 < $1) }
            simplex = order.map { simplex[$0] }
            values = order.map { values[$0] }

            let best = values[0], worst = values[n]
            let spread = abs(worst - best)
            var size = 0.0
            for i in 1...n { for j in 0..<n { size = max(size, abs(simplex[i][j] - simplex[0][j])) } }
            if best.isFinite && spread <= tolerance * (abs(best) + 1e-12) && size < 1e-7 { break }
            if best.isFinite && spread == 0 && size < 1e-12 { break }

            var centroid = [Double](repeating: 0, count: n)
            for i in 0..<n { for j in 0..<n { centroid[j] += simplex[i][j] / Double(n) } }
            func along(_ t: Double) -> [Double] {
                (0..<n).map { centroid[$0] + t * (simplex[n][$0] - centroid[$0]) }
            }

            let reflected = along(-1)
            let fr = eval(reflected)
            if fr < values[0] {
                let expanded = along(-2)
                let fe = eval(expanded)
                if fe < fr { simplex[n] = expanded; values[n] = fe } else { simplex[n] = reflected; values[n] = fr }
            } else if fr < values[n - 1] {
                simplex[n] = reflected; values[n] = fr
            } else {
                let outside = fr < values[n]
                let contracted = along(outside ? -0.5 : 0.5)
                let fc = eval(contracted)
                if fc < (outside ? fr : values[n]) {
                    simplex[n] = contracted; values[n] = fc
                } else {
                    // Shrink towards the best vertex.
                    for i in 1...n {
                        for j in 0..<n { simplex[i][j] = simplex[0][j] + 0.5 * (simplex[i][j] - simplex[0][j]) }
                        values[i] = eval(simplex[i])
                    }
                }
            }
        }
        var bestIndex = 0
        for i in 1...n where values[i] < values[bestIndex] { bestIndex = i }
        return Result(point: simplex[bestIndex], value: values[bestIndex], evaluations: evaluations)
    }

    /// Several starts, then restarts from the best point until the value stops improving.
    /// Restarting re-inflates a collapsed simplex, the usual cure for Nelder-Mead stalling.
    /// With `polish`, the starts run on `f` (a cheap subsample) and the restarts on `polish`
    /// (all the data), each capped at `polishEvaluations`.
    static func minimize(_ f: @escaping ([Double]) -> Double, starts: [[Double]], polish: (([Double]) -> Double)? = nil,
                         polishEvaluations: Int = 4000) -> Result {
        // The starts are independent: they run side by side, and the best is then chosen in
        // the starts' order, so the result is the same as one after the other.
        let results = ResultSlots(count: starts.count)
        defer { results.free() }
        let objective = UncheckedObjective(f)
        let evaluations = polish == nil ? 4000 : 1000
        DispatchQueue.concurrentPerform(iterations: starts.count) { i in
            results.set(i, minimize(objective.f, start: starts[i], maxEvaluations: evaluations))
        }
        var best: Result?
        var total = 0
        for r in results.all {
            total += r.evaluations
            if best == nil || r.value < best!.value { best = r }
        }
        guard var current = best else { return Result(point: [], value: .infinity, evaluations: 0) }
        let target = polish ?? f
        if polish != nil { current.value = target(current.point); total += 1 }
        for _ in 0..<(polish == nil ? 4 : 2) {
            let r = minimize(target, start: current.point, step: 0.1, maxEvaluations: polishEvaluations)
            total += r.evaluations
            let improved = r.value < current.value - 1e-9 * (abs(current.value) + 1)
            if r.value < current.value { current = r }
            if !improved { break }
        }
        current.evaluations = total
        return current
    }
}

/// One result slot per start; each thread writes only its own.
private struct ResultSlots: @unchecked Sendable {
    let slots: UnsafeMutablePointer<NelderMead.Result?>
    let count: Int
    init(count: Int) { self.count = count; slots = .allocate(capacity: count); slots.initialize(repeating: nil, count: count) }
    func set(_ i: Int, _ r: NelderMead.Result) { slots[i] = r }
    var all: [NelderMead.Result] { (0..<count).map { slots[$0]! } }
    func free() { slots.deinitialize(count: count); slots.deallocate() }
}

/// The objectives are pure functions of their point (they read immutable data), so calling one
/// from several threads at once is safe.
private struct UncheckedObjective: @unchecked Sendable {
    let f: ([Double]) -> Double
    init(_ f: @escaping ([Double]) -> Double) { self.f = f }
}
