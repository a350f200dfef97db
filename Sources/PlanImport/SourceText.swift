/// Where a source document's bytes become text: the ONE place, so that a decoder for other
/// encodings (Shift_JIS, EUC-JP) plugs in here and every reader (import, verify) gets it.
public enum SourceText {
    public enum Failure: Error, Sendable, Equatable {
        /// The bytes are not UTF-8 (offset of the first bad byte).
        case notUTF8(offset: Int)
    }

    /// The text of a source document's bytes (`name` is its path, for the kind of document).
    public static func text(of bytes: [UInt8], name: String) throws(Failure) -> String {
        try decode(bytes)
    }

    /// Text bytes to a String: UTF-8 with or without a byte-order mark, CRLF and CR read as
    /// LF. Engineer A's encoding detection (Shift_JIS, EUC-JP) goes here.
    public static func decode(_ bytes: [UInt8]) throws(Failure) -> String {
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
        }
    }
}
