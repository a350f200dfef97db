import Foundation
import Testing
@testable import LanguageServer

/// A reader over fixed chunks (each call to `read` hands out the next one).
func reader(_ chunks: [[UInt8]], atEnd: @escaping () -> Void = {}) -> MessageReader {
    var rest = chunks
    return MessageReader { buffer in
        guard !rest.isEmpty else { atEnd(); return false }
        buffer += rest.removeFirst()
        return true
    }
}

func framed(_ json: String) -> [UInt8] {
    Array("Content-Length: \(json.utf8.count)\r\n\r\n\(json)".utf8)
}

func events(_ r: inout MessageReader) -> [MessageReader.Event] {
    var out: [MessageReader.Event] = []
    while true {
        let e = r.next()
        out.append(e)
        if e == .end || out.count > 100 { return out }
    }
}

@Suite("framing: Content-Length messages from untrusted bytes")
struct FramingTests {
    @Test("two messages in one read, and one message split into single bytes")
    func splits() {
        var r = reader([framed("{\"a\":1}") + framed("{\"b\":2}")])
        #expect(events(&r) == [.message(Array("{\"a\":1}".utf8)), .message(Array("{\"b\":2}".utf8)), .end])
        let bytes = framed("{\"日本\":\"𠮷\"}")
        var s = reader(bytes.map { [$0] })
        #expect(events(&s) == [.message(Array("{\"日本\":\"𠮷\"}".utf8)), .end])
    }

    @Test("other headers, any case of the name, spaces around the value")
    func headers() {
        let json = "{}"
        var r = reader([Array("content-length:   2  \r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n\(json)".utf8)])
        #expect(events(&r) == [.message(Array(json.utf8)), .end])
    }

    @Test("garbage before a header is reported and the next message is read")
    func garbage() {
        var r = reader([Array("hello world\n\r\n\r\n".utf8) + framed("{}"), Array("junk: 12\r\n\r\n".utf8) + framed("[]")])
        let e = events(&r)
        #expect(e.count == 5)
        guard e.count == 5 else { return }
        if case .malformed = e[0] {} else { Issue.record("expected malformed, got \(e[0])") }
        #expect(e[1] == .message(Array("{}".utf8)))
        // "junk: 12" is a header without a length: skipped; `[]` follows with its own.
        if case .malformed = e[2] {} else { Issue.record("expected malformed, got \(e[2])") }
        #expect(e[3] == .message(Array("[]".utf8)))
        #expect(e[4] == .end)
    }

    @Test("bad and huge lengths are skipped, not trusted")
    func badLengths() {
        var r = reader([Array("Content-Length: -5\r\n\r\n".utf8), Array("Content-Length: 99999999999\r\n\r\n".utf8),
                        Array("Content-Length: x\r\n\r\n".utf8), framed("{}")])
        let e = events(&r)
        #expect(e.filter { if case .malformed = $0 { return true }; return false }.count == 3)
        #expect(e.suffix(2) == [.message(Array("{}".utf8)), .end])
    }

    @Test("a header that never ends is dropped in bounded pieces; end of input mid-body is the end")
    func bounded() {
        var r = reader(Array(repeating: Array(repeating: UInt8(ascii: "x"), count: 10_000), count: 10))
        r.maxHeaderBytes = 4096
        let e = events(&r)
        #expect(e.last == .end)
        #expect(e.dropLast().allSatisfy { if case .malformed = $0 { return true }; return false })
        var s = reader([Array("Content-Length: 100\r\n\r\n{\"a\"".utf8)])
        #expect(events(&s) == [.end])
    }

    @Test("the writer frames, and stops for good when the client is gone")
    func writer() {
        var written: [UInt8] = []
        var fail = false
        let w = MessageWriter { bytes in
            if fail { return false }
            written += bytes
            return true
        }
        #expect(w.send(Array("{}".utf8)))
        #expect(written == framed("{}"))
        fail = true
        #expect(!w.send(Array("{}".utf8)))
        fail = false
        #expect(!w.send(Array("{}".utf8)))
        #expect(w.isClosed)
    }

    @Test("EPIPE on a real pipe with SIGPIPE ignored: a failed write, not a dead process")
    func epipe() {
        signal(SIGPIPE, SIG_IGN)
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        close(fds[0])
        let w = MessageWriter(descriptor: fds[1])
        #expect(!w.send(Array("{}".utf8)))
        close(fds[1])
    }
}
