import PlanEncoding
import PlanYAML

/// A plan file's bytes as the UTF-8 text that is loaded, linted and shown: the one place
/// where every plan reader (lint, fix, baseline, inventory, diff, verify, the language
/// server) turns a file saved in another encoding into UTF-8 (`EncodedText`, glibc's iconv).
/// Positions, excerpts and fix offsets all refer to `utf8`, which is what the author
/// sees in an editor that opened the file in its own encoding.
public struct PlanFileText: Sendable {
    /// The text in UTF-8: the bytes as given for a UTF-8 file (or one that is not read).
    public var utf8: [UInt8]
    /// The encoding the file was converted from (nil for UTF-8).
    public var encoding: DetectedEncoding?
    /// The name of the encoding converted from, as shown to people (nil for UTF-8).
    public var encodingName: String? { encoding?.name }
    /// The warning that the file was converted (`yaml-encoding`), which does not stop the checks.
    public var notice: Finding?
    /// Why the text is not read at all: the encoding is ambiguous (`yaml-encoding`), or no
    /// encoding reads the bytes (`yaml-syntax`, at the first byte that is not UTF-8).
    public var stop: Finding?

    public init(_ bytes: [UInt8]) {
        let decoded = EncodedText.decode(bytes)
        utf8 = decoded.utf8
        encoding = decoded.encoding
        let start = Source(pointer: "", range: SourceRange(at: .start))
        if let encoding {
            notice = Finding(YAMLEncoding.found(encoding: encoding.name), source: start)
        } else if !decoded.ambiguous.isEmpty {
            stop = Finding(YAMLEncoding.ambiguous(candidates: decoded.ambiguous.map(\.name).joined(separator: " / ")),
                           source: start)
        } else if decoded.undecodable && !(bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])) {
            // (Invalid UTF-16 after its mark goes to the loader, which reports it at its offset in the file.)
            let offset = EncodedText.firstNonUTF8Offset(bytes) ?? 0
            let mark = Self.mark(at: offset, in: bytes)
            let byte = offset < bytes.count ? bytes[offset] : 0
            let hex = "0x" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            stop = Finding(YAMLSyntax.encoding(byte: hex), source: Source(pointer: "", range: SourceRange(at: mark)))
        }
    }

    /// The line and column (in Unicode scalars, as the loader counts) of `offset` in
    /// `bytes`, which are UTF-8 up to it. A byte-order mark takes no column; CRLF, LF, CR,
    /// NEL, LS and PS each end a line, as libyaml counts them.
    static func mark(at offset: Int, in bytes: [UInt8]) -> Mark {
        var line = 1, column = 1
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        func at(_ sequence: [UInt8]) -> Bool { i + sequence.count <= offset && bytes[i...].starts(with: sequence) }
        while i < offset {
            let b = bytes[i]
            if b == 0x0D && i + 1 < offset && bytes[i + 1] == 0x0A {
                // CRLF: the LF that follows ends the line
            } else if b == 0x0A || b == 0x0D {
                (line, column) = (line + 1, 1)
            } else if at([0xC2, 0x85]) || at([0xE2, 0x80, 0xA8]) || at([0xE2, 0x80, 0xA9]) {
                (line, column) = (line + 1, 1)
                i += b == 0xC2 ? 1 : 2
            } else if b & 0xC0 != 0x80 {
                column += 1
            }
            i += 1
        }
        return Mark(line: line, column: column, offset: offset)
    }
}
