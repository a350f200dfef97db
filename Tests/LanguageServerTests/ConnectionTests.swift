import Dispatch
import Foundation
import Testing
@testable import LanguageServer

/// A handler that echoes a request's method, and waits on `gate` while handling `slow`.
final class EchoHandler: MessageHandler, @unchecked Sendable {
    let gate = DispatchSemaphore(value: 0)
    var notifications: [String] = []

    func request(_ message: Message, _ connection: Connection) throws -> (any Encodable)? {
        switch message.method {
        case "slow":
            _ = gate.wait(timeout: .now() + 10)
            return "slow"
        case "fail":
            throw ResponseError(code: ResponseError.invalidParams, message: "bad")
        case "initialize", "echo":
            return message.method
        case let m?:
            throw ResponseError.methodNotFound(m)
        case nil:
            return nil
        }
    }

    func notification(_ message: Message, _ connection: Connection) throws {
        notifications.append(message.method ?? "")
    }
}

func request(_ id: Int, _ method: String, _ params: String = "{}") -> [UInt8] {
    framed("{\"jsonrpc\":\"2.0\",\"id\":\(id),\"method\":\"\(method)\",\"params\":\(params)}")
}

func notification(_ method: String, _ params: String = "{}") -> [UInt8] {
    framed("{\"jsonrpc\":\"2.0\",\"method\":\"\(method)\",\"params\":\(params)}")
}

/// Runs a connection over the chunks; returns the exit code and the decoded messages sent.
func converse(_ chunks: [[UInt8]], handler: EchoHandler = EchoHandler(), atEnd: @escaping () -> Void = {})
    -> (code: Int32, sent: [[String: Any]]) {
    let out = OutputBox()
    let writer = MessageWriter { bytes in out.append(bytes); return true }
    let connection = Connection(writer: writer, log: { _ in })
    var r = reader(chunks, atEnd: atEnd)
    let code = connection.run(reader: &r, handler: handler)
    var sent: [[String: Any]] = []
    var parse = reader([out.bytes])
    while case .message(let body) = parse.next() {
        sent.append((try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any] ?? [:])
    }
    return (code, sent)
}

final class OutputBox: @unchecked Sendable {
    private let lock = NSLock()
    private var data: [UInt8] = []
    func append(_ b: [UInt8]) { lock.lock(); data += b; lock.unlock() }
    var bytes: [UInt8] { lock.lock(); defer { lock.unlock() }; return data }
}

func errorCode(_ m: [String: Any]) -> Int? { (m["error"] as? [String: Any])?["code"] as? Int }

@Suite("connection: lifecycle, order, errors, cancellation")
struct ConnectionTests {
    @Test("answers in order; unknown requests are MethodNotFound, unknown notifications ignored")
    func order() {
        let (code, sent) = converse([request(1, "initialize") + request(2, "echo") + request(3, "nope") + notification("nope/notify")
            + request(4, "fail") + request(5, "echo")])
        #expect(code == 1) // end of input without shutdown
        #expect(sent.map { $0["id"] as? Int } == [1, 2, 3, 4, 5])
        #expect(sent[1]["result"] as? String == "echo")
        #expect(errorCode(sent[2]) == ResponseError.methodNotFound)
        #expect(errorCode(sent[3]) == ResponseError.invalidParams)
    }

    @Test("before initialize: ServerNotInitialized; after shutdown: InvalidRequest; exit after shutdown is 0")
    func lifecycle() {
        let (code, sent) = converse([request(1, "echo") + request(2, "initialize") + request(3, "shutdown") + request(4, "echo")
            + notification("exit") + request(5, "echo")])
        #expect(errorCode(sent[0]) == ResponseError.serverNotInitialized)
        #expect(sent[2].keys.contains("result"))
        #expect(errorCode(sent[3]) == ResponseError.invalidRequest)
        #expect(sent.count == 4) // nothing after exit
        #expect(code == 0)
        let (without, _) = converse([request(1, "initialize") + notification("exit")])
        #expect(without == 1)
    }

    @Test("malformed JSON gets a ParseError with a null id; the connection goes on")
    func malformed() {
        let (_, sent) = converse([request(1, "initialize") + framed("{not json") + framed("[1,2]") + framed("\u{0}\u{1}")
            + request(2, "echo")])
        #expect(sent.count == 5)
        for m in sent[1...3] {
            #expect(errorCode(m) == ResponseError.parseError)
            #expect(m["id"] is NSNull)
        }
        #expect(sent[4]["result"] as? String == "echo")
    }

    @Test("$/cancelRequest: a queued request is answered RequestCancelled, a finished one is left alone")
    func cancel() {
        let handler = EchoHandler()
        let (_, sent) = converse([request(1, "initialize") + request(2, "slow") + request(3, "echo") + request(4, "echo")
            + notification("$/cancelRequest", "{\"id\":3}") + notification("$/cancelRequest", "{\"id\":99}")],
                                 handler: handler, atEnd: { handler.gate.signal() })
        #expect(sent.map { $0["id"] as? Int } == [1, 2, 3, 4])
        #expect(sent[1]["result"] as? String == "slow")
        #expect(errorCode(sent[2]) == ResponseError.requestCancelled)
        #expect(sent[3]["result"] as? String == "echo")
    }

    @Test("a vanished client: writes fail quietly and the server still ends at end of input")
    func vanished() {
        let connection = Connection(writer: MessageWriter { _ in false }, log: { _ in })
        var r = reader([request(1, "initialize") + request(2, "echo")])
        #expect(connection.run(reader: &r, handler: EchoHandler()) == 1)
    }
}
