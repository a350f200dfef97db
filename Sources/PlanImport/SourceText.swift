import PlanEncoding
/// Where a source document's bytes become text: the ONE place, so that a decoder for other
/// encodings (Shift_JIS, EUC-JP) plugs in here and every reader (import, verify) gets it.
public enum SourceText {
    public enum Failure: Error, Sendable, Equatable {
        /// The bytes are not UTF-8 nor another encoding found (offset of the first bad byte).
        case notUTF8(offset: Int)
        /// The bytes read as more than one encoding and the evidence does not tell which.
        case ambiguous([String])
    }

    /// The text of a source document's bytes (`name` is its path, for the kind of document).
    public static func text(of bytes: [UInt8], name: String) throws(Failure) -> String {
        try decode(bytes)
    }

    /// Text bytes to a String: UTF-8 with or without a byte-order mark, or Shift_JIS (CP932),
    /// EUC-JP, UTF-16 or UTF-32 as `EncodedText` finds them (glibc's iconv); CRLF and CR
    /// read as LF.
    public static func decode(_ bytes: [UInt8]) throws(Failure) -> String {
        let found = EncodedText.decode(bytes)
        if !found.ambiguous.isEmpty { throw .ambiguous(found.ambiguous.map(\.name)) }
        let bytes = found.encoding == nil ? bytes : found.utf8
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        var iterator = body.makeIterator()
        var decoder = UTF8()
        var out = String.UnicodeScalarView()
        var offset = bytes.count - body.count
        var carriageReturn = false
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s):
                offset += UTF8.width(s)
                if carriageReturn && s != "\n" { out.append("\n") }
                carriageReturn = s == "\r"
                if !carriageReturn { out.append(s) }
            case .emptyInput: break loop
            case .error: throw .notUTF8(offset: offset)
            }
        }
        if carriageReturn { out.append("\n") }
        return String(out)
    }

    /// A message for a failure, in Japanese or English.
    public static func message(_ failure: Failure, japanese: Bool) -> String {
        switch failure {
        case .notUTF8(let offset):
            return japanese ? "UTF-8 の文書ではありません（\(offset) バイト目）。UTF-8 で保存し直してください"
                            : "not UTF-8 text (at byte \(offset)); save it as UTF-8"
        case .ambiguous(let candidates):
            let list = candidates.joined(separator: " / ")
            return japanese ? "文字コードを決められません（\(list) のどれとしても読めます）。UTF-8 で保存し直してください"
                            : "the encoding cannot be told (it reads as \(list)); save it as UTF-8"
        }
    }
}
