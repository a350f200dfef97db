/// Timing by rounds: every measurement runs once per round, the order rotating from one
/// round to the next, so that drift and other load on the machine fall on all alike.
enum Rounds {
    /// The median seconds of each body over `rounds` rounds.
    static func alternate(_ rounds: Int, _ bodies: [() -> Void]) -> [Double] {
        var samples = Array(repeating: [Double](), count: bodies.count)
        for round in 0..<rounds {
            for k in 0..<bodies.count {
                let i = (k + round) % bodies.count
                samples[i].append(Clock.time(bodies[i]))
            }
        }
        return samples.map(\.median)
    }
}

/// The prefix of a multi-document stream up to the last document boundary before `limit`.
enum StreamPrefix {
    static func cut(_ bytes: [UInt8], at limit: Int) -> [UInt8] {
        guard limit > 0, limit < bytes.count else { return bytes }
        var end = limit
        let marker: [UInt8] = Array("\n---\n".utf8)
        while end > 5 && !bytes[(end - 5)..<end].elementsEqual(marker) { end -= 1 }
        return Array(bytes[0..<(end - 4)])
    }
}

/// One corpus's medians: the floor, the lint on one thread, on all cores.
struct TimingRow {
    var name: String
    var files: Int
    var bytes: Int
    var floor: Double
    var one: Double
    var all: Double?
}

/// The 5,000-plan lint on one core with one rule family off, beside all rules on.
struct FamilyRow {
    var name: String
    var rules: Int
    var floor: Double
    var on: Double
    var off: Double
}

func MB(_ bytes: Int) -> String { fixed(Double(bytes) / 1e6, 1) }

func fixed(_ x: Double, _ places: Int) -> String {
    guard x.isFinite else { return "–" }
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let r = (x * scale).rounded() / scale
    var s = String(r)
    if let dot = s.firstIndex(of: ".") {
        let decimals = s.distance(from: dot, to: s.endIndex) - 1
        if places == 0 { s = String(s[..<dot]) } else if decimals < places { s += String(repeating: "0", count: places - decimals) }
    }
    return s
}

extension Int {
    /// 50000 → "50,000".
    var grouped: String {
        let digits = Array(String(self))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
            out.append(d)
        }
        return out
    }
}
