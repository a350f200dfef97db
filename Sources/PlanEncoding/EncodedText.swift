#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An encoding other than UTF-8 that a plan file was found to be written in.
public enum DetectedEncoding: String, Sendable, Hashable, CaseIterable {
    case shiftJIS = "CP932"
    case eucJP = "EUC-JP"
    case utf16LE = "UTF-16LE"
    case utf16BE = "UTF-16BE"
    case utf32LE = "UTF-32LE"
    case utf32BE = "UTF-32BE"

    /// The name shown to people (the same in Japanese and English).
    public var name: String {
        switch self {
        case .shiftJIS: "Shift_JIS (CP932)"
        default: rawValue
        }
    }

    /// The name glibc's iconv knows the encoding by.
    public var iconvName: String { rawValue }
}

/// A file's bytes as UTF-8 text, and what they were found to be.
public struct Decoded: Sendable, Hashable {
    /// The text in UTF-8: the bytes as given when they are UTF-8 (a byte-order mark kept),
    /// when the encoding is ambiguous, or when no encoding reads them (`undecodable`).
    public var utf8: [UInt8]
    /// The encoding the bytes were converted from; nil when they are UTF-8 or were not converted.
    public var encoding: DetectedEncoding?
    /// When several encodings read the bytes and the evidence does not tell them apart:
    /// the candidates, best first (then `utf8` is the bytes as given and `encoding` nil).
    public var ambiguous: [DetectedEncoding]
    /// Whether the bytes are neither UTF-8 nor any encoding tried (then `utf8` is the bytes as given).
    public var undecodable: Bool

    public init(utf8: [UInt8], encoding: DetectedEncoding? = nil, ambiguous: [DetectedEncoding] = [],
                undecodable: Bool = false) {
        self.utf8 = utf8
        self.encoding = encoding
        self.ambiguous = ambiguous
        self.undecodable = undecodable
    }
}

/// Finding the encoding of a text file written on a Japanese office PC and turning it into
/// UTF-8, with glibc's iconv (no tables of our own).
///
/// The order: a byte-order mark decides (UTF-8, UTF-16, UTF-32); then the NUL pattern of
/// the first character, as the YAML specification (5.2) detects UTF-16 and UTF-32 without
/// a mark; then valid UTF-8 stays UTF-8 (also when only its last character is cut short),
/// and UTF-8 with a few bad bytes is not converted (`undecodable`); then strict CP932 and EUC-JP conversions. When
/// both succeed with different text, the one whose non-ASCII characters are the more
/// common Japanese ones (kana, JIS level-1 kanji, full-width punctuation and letters)
/// wins if it is clearly ahead; otherwise the result is `ambiguous`.
public enum EncodedText {
    public static func decode(_ bytes: [UInt8]) -> Decoded {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return isUTF8(bytes) || isCutUTF8(bytes) ? Decoded(utf8: bytes) : Decoded(utf8: bytes, undecodable: true)
        }
        for (bom, encoding) in boms where bytes.starts(with: bom) {
            guard let utf8 = convert(Array(bytes[bom.count...]), from: encoding.iconvName) else {
                return Decoded(utf8: bytes, undecodable: true)
            }
            return Decoded(utf8: utf8, encoding: encoding)
        }
        if let encoding = wideWithoutMark(bytes), let utf8 = convert(bytes, from: encoding.iconvName) {
            return Decoded(utf8: utf8, encoding: encoding)
        }
        // UTF-8 cut inside its last character (a truncated file, a partial write) stays UTF-8:
        // CP932 or EUC-JP may read its bytes too, and would give other text at other offsets.
        if isUTF8(bytes) || isCutUTF8(bytes) { return Decoded(utf8: bytes) }
        // UTF-8 with a few bad bytes (a stray byte, a bad paste) is damaged UTF-8, not CP932
        // mojibake that happens to convert: reported at its first bad byte.
        if isDamagedUTF8(bytes) { return Decoded(utf8: bytes, undecodable: true) }
        let candidates: [(DetectedEncoding, [UInt8])] = [DetectedEncoding.shiftJIS, .eucJP].compactMap { e in
            convert(bytes, from: e.iconvName).map { (e, $0) }
        }
        switch candidates.count {
        case 0: return Decoded(utf8: bytes, undecodable: true)
        case 1: return Decoded(utf8: candidates[0].1, encoding: candidates[0].0)
        default:
            if candidates[0].1 == candidates[1].1 { return Decoded(utf8: candidates[0].1, encoding: candidates[0].0) }
            let scored = candidates.map { ($0.0, $0.1, commonShare($0.1)) }.sorted { $0.2 > $1.2 }
            let (best, other) = (scored[0], scored[1])
            if best.2 >= minimumShare && best.2 - other.2 >= minimumLead {
                return Decoded(utf8: best.1, encoding: best.0)
            }
            return Decoded(utf8: bytes, ambiguous: scored.map(\.0))
        }
    }

    /// The evidence needed to choose between CP932 and EUC-JP: the winner's share of common
    /// characters, and its lead over the other.
    public static let minimumShare = 0.6
    public static let minimumLead = 0.3

    /// `text` in `encoding` (for tests and examples), nil when it cannot be written in it.
    public static func encode(_ text: String, as encoding: DetectedEncoding, byteOrderMark: Bool = false) -> [UInt8]? {
        guard let body = convert(Array(text.utf8), from: "UTF-8", to: encoding.iconvName) else { return nil }
        guard byteOrderMark, let bom = boms.first(where: { $0.1 == encoding })?.0 else { return body }
        return bom + body
    }

    /// Byte-order marks, UTF-32 before UTF-16 (FF FE 00 00 starts both).
    static let boms: [([UInt8], DetectedEncoding)] = [
        ([0xFF, 0xFE, 0x00, 0x00], .utf32LE), ([0x00, 0x00, 0xFE, 0xFF], .utf32BE),
        ([0xFF, 0xFE], .utf16LE), ([0xFE, 0xFF], .utf16BE),
    ]

    /// UTF-16 or UTF-32 without a mark, by the NULs around an ASCII first character
    /// (YAML 1.2, 5.2 "Character Encodings").
    static func wideWithoutMark(_ b: [UInt8]) -> DetectedEncoding? {
        if b.count >= 4 {
            if b[0] == 0, b[1] == 0, b[2] == 0, b[3] != 0 { return .utf32BE }
            if b[0] != 0, b[1] == 0, b[2] == 0, b[3] == 0 { return .utf32LE }
        }
        if b.count >= 2 {
            if b[0] == 0, b[1] != 0 { return .utf16BE }
            if b[0] != 0, b[1] == 0 { return .utf16LE }
        }
        return nil
    }

    /// Whether `bytes` are valid UTF-8 (Swift's own validation).
    public static func isUTF8(_ bytes: [UInt8]) -> Bool {
        String(validating: bytes, as: UTF8.self) != nil
    }

    /// Whether `bytes` are valid UTF-8 except for a last character cut short: its lead byte
    /// and fewer continuation bytes than it announces, each as UTF-8 allows after that lead.
    public static func isCutUTF8(_ bytes: [UInt8]) -> Bool {
        var lead = bytes.count - 1
        while lead >= 0, bytes.count - lead <= 3, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        guard lead >= 0 else { return false }
        let length: Int
        switch bytes[lead] {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return false
        }
        let tail = Array(bytes[lead...])
        guard tail.count < length, isUTF8(Array(bytes[..<lead])) else { return false }
        // Completed with the smallest continuation bytes UTF-8 allows after this lead and second byte.
        let seconds: [UInt8] = tail.count >= 2 ? [] : [0x80, 0x90, 0xA0]
        if seconds.isEmpty {
            return isUTF8(tail + [UInt8](repeating: 0x80, count: length - tail.count))
        }
        return seconds.contains { isUTF8(tail + [$0] + [UInt8](repeating: 0x80, count: length - 2)) }
    }

    /// How many more valid multi-byte UTF-8 characters than bytes that are not UTF-8 make a
    /// file damaged UTF-8. Read as UTF-8, the 47 plans saved in CP932 or EUC-JP have at most
    /// 0.45 valid characters per bad byte; a UTF-8 plan with one stray byte has hundreds.
    public static let damagedUTF8Ratio = 4

    /// Whether `bytes`, read as UTF-8 (resuming after each bad byte), have many times more
    /// valid multi-byte characters than bad bytes.
    public static func isDamagedUTF8(_ bytes: [UInt8]) -> Bool {
        var valid = 0, invalid = 0, i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0
            if length > 0, i + length <= bytes.count, isUTF8(Array(bytes[i..<(i + length)])) {
                valid += 1
                i += length
            } else {
                invalid += 1
                i += 1
            }
        }
        return invalid > 0 && valid >= damagedUTF8Ratio * invalid
    }

    /// The offset of the first byte where `bytes` stop being UTF-8, or nil when they are UTF-8.
    public static func firstNonUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0
            guard length > 0, i + length <= bytes.count, isUTF8(Array(bytes[i..<(i + length)])) else { return i }
            i += length
        }
        return nil
    }

    /// The share of the non-ASCII characters of a UTF-8 text that are common in Japanese
    /// prose: kana, JIS X 0208 level-1 kanji, Japanese punctuation, full-width letters and
    /// digits. Half-width katakana, level-2 kanji, symbols and private-use characters are not.
    static func commonShare(_ utf8: [UInt8]) -> Double {
        let levelOne = Converter(from: "UTF-8", to: "EUC-JP")
        defer { levelOne?.close() }
        var all = 0, common = 0
        for scalar in String(decoding: utf8, as: UTF8.self).unicodeScalars where scalar.value >= 0x80 {
            all += 1
            switch scalar.value {
            case 0x3000...0x303F, 0x3041...0x309F, 0x30A0...0x30FF, 0xFF01...0xFF5E:
                common += 1
            case 0x4E00...0x9FFF:
                // Level 1 is rows 16-47 of JIS X 0208: EUC-JP lead bytes 0xB0-0xCF.
                if let euc = levelOne?.run(Array(String(scalar).utf8)), let lead = euc.first, (0xB0...0xCF).contains(lead) {
                    common += 1
                }
            default:
                break
            }
        }
        return all == 0 ? 0 : Double(common) / Double(all)
    }

    /// `bytes` converted strictly from `from` to `to` by iconv; nil when any byte
    /// sequence is invalid or incomplete in `from` or cannot be written in `to`.
    static func convert(_ bytes: [UInt8], from: String, to: String = "UTF-8") -> [UInt8]? {
        guard let converter = Converter(from: from, to: to) else { return nil }
        defer { converter.close() }
        return converter.run(bytes)
    }
}

/// One iconv conversion descriptor.
struct Converter {
    let cd: iconv_t

    init?(from: String, to: String) {
        let cd = iconv_open(to, from)
        guard let cd, Int(bitPattern: cd) != -1 else { return nil }
        self.cd = cd
    }

    func close() { iconv_close(cd) }

    /// Converts the whole of `bytes`; nil on an invalid or incomplete sequence.
    func run(_ bytes: [UInt8]) -> [UInt8]? {
        _ = iconv(cd, nil, nil, nil, nil) // reset the shift state
        var input = bytes
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 2 + 16)
        var chunk = [UInt8](repeating: 0, count: 4096)
        let ok: Bool = input.withUnsafeMutableBytes { inRaw in
            var inPointer = inRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
            var inLeft = inRaw.count
            while true {
                let (status, written): (Int, Int) = chunk.withUnsafeMutableBytes { outRaw in
                    var outPointer = outRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                    var outLeft = outRaw.count
                    let status = inLeft == 0 ? iconv(cd, nil, nil, &outPointer, &outLeft)
                                             : iconv(cd, &inPointer, &inLeft, &outPointer, &outLeft)
                    return (status, outRaw.count - outLeft)
                }
                output += chunk[0..<written]
                if status == -1 {
                    if errno == E2BIG { continue }
                    return false // EILSEQ (invalid) or EINVAL (incomplete at the end)
                }
                if inLeft == 0 { return true }
            }
        }
        return ok ? output : nil
    }
}
