#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which lines of a file end with a line break wider than one byte: CRLF and NEL (two
/// bytes in UTF-8), LS and PS (three). LF and a lone CR are one byte, the common case,
/// and are not stored, so a file with LF breaks costs nothing here.
///
/// A mark has a line, a column and a byte offset; code that works out positions inside a
/// multi-line scalar from its range (`ScalarLayout` in the rules) needs to know how many
/// bytes each line break took, or every position after a CRLF is off by one.
public struct LineBreaks: Sendable, Hashable {
    /// 1-based numbers of the lines whose break is wider than one byte, ascending.
    private var lines: [Int] = []
    /// The width in bytes of each of those breaks.
    private var widths: [UInt8] = []

    /// Every break one byte wide.
    public init() {}

    /// The breaks of UTF-8 text, counted as libyaml counts lines: LF, CR, CRLF, NEL, LS
    /// and PS each end a line.
    public init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        // Most plans have LF breaks only: when no byte can begin a wider break, there is
        // nothing to store, and the vectorised `memchr` finds that out without the loop.
        if !Self.mayHoldWideBreak(bytes) {
            self.init()
            return
        }
        self.init(scanning: bytes)
    }

    /// Whether `bytes` hold a CR (of a CRLF), a NEL (C2 85) or an LS / PS (E2 80 A8 / A9).
    /// E2 also begins common marks in Japanese text (※ …), so each is looked at.
    static func mayHoldWideBreak(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
        if memchr(base, 0x0D, bytes.count) != nil { return true }
        for (lead, second) in [(UInt8(0xC2), UInt8(0x85)), (0xE2, 0x80)] {
            var from = 0
            while from < bytes.count, let hit = memchr(base + from, Int32(lead), bytes.count - from) {
                let i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if i + 1 < bytes.count && bytes[i + 1] == second {
                    if lead == 0xC2 { return true }
                    if i + 2 < bytes.count && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9) { return true }
                }
                from = i + 1
            }
        }
        return false
    }

    /// The breaks found byte by byte.
    init(scanning bytes: UnsafeBufferPointer<UInt8>) {
        var line = 1
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == 0x0A {
                line += 1
                i += 1
            } else if b == 0x0D {
                if i + 1 < n && bytes[i + 1] == 0x0A {
                    lines.append(line)
                    widths.append(2)
                    i += 2
                } else {
                    i += 1
                }
                line += 1
            } else if b == 0xC2 && i + 1 < n && bytes[i + 1] == 0x85 {
                lines.append(line)
                widths.append(2)
                line += 1
                i += 2
            } else if b == 0xE2 && i + 2 < n && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9) {
                lines.append(line)
                widths.append(3)
                line += 1
                i += 3
            } else {
                i += 1
            }
        }
    }

    /// The width in bytes of the line break that ends `line` (1 when it is LF or CR, or
    /// when the line has no break).
    public func width(after line: Int) -> Int {
        var low = 0, high = lines.count
        while low < high {
            let mid = (low + high) / 2
            if lines[mid] < line { low = mid + 1 } else { high = mid }
        }
        return low < lines.count && lines[low] == line ? Int(widths[low]) : 1
    }

    /// Whether every line break is one byte wide.
    public var allNarrow: Bool { lines.isEmpty }
}
