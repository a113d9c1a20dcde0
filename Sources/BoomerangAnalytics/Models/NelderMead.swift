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
        var best: Result?
        var total = 0
        for s in starts {
            let r = minimize(f, start: s, maxEvaluations: polish == nil ? 4000 : 1000)
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
