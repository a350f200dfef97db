/// Numbers as messages show them: `60`, `18.2`, `54.6` — no trailing `.0`, and no binary
/// noise from arithmetic (18.2 × 3 shows as 54.6, not 54.599999999999994).
enum NumberFormat {
    /// A number as a plain decimal, rounded to `decimals` places (9 hides only binary noise;
    /// pass 2 for a computed figure such as an average, 16.67 rather than 16.666666667).
    static func plain(_ x: Double, decimals: Int = 9) -> String {
        guard x.isFinite else { return "\(x)" }
        var scale = 1.0
        for _ in 0..<min(max(decimals, 0), 9) { scale *= 10 }
        let r = abs(x) * scale < 1e15 ? (x * scale).rounded() / scale : x
        if r == 0 { return "0" }
        if r == r.rounded(), abs(r) < 9e15 { return String(Int64(r)) }
        return "\(r)"
    }

    /// How many decimals `plain` writes: 1 for 18.2, 0 for 60.
    static func decimals(_ x: Double) -> Int {
        let text = plain(x)
        guard !text.contains("e"), let dot = text.firstIndex(of: ".") else { return 0 }
        return text.distance(from: dot, to: text.endIndex) - 1
    }

    /// Half a unit of the last decimal a non-integer is written with (0.05 for 18.2): how far
    /// the written number may be from the true one when it was rounded. 0 for whole numbers,
    /// which plans write exactly.
    static func roundingHalfUnit(_ x: Double) -> Double {
        let d = decimals(x)
        guard d > 0 else { return 0 }
        var unit = 0.5
        for _ in 0..<d { unit /= 10 }
        return unit
    }
}
