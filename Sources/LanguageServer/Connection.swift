import Dispatch
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What a language server does with the client's messages. Called on one worker, one
/// message at a time, in the order they arrived, so responses go out in order.
public protocol MessageHandler: AnyObject {
    /// Answers a request: a value to encode as the result (nil: `null`), or a thrown
    /// `ResponseError` (any other error is InternalError).
    func request(_ message: Message, _ connection: Connection) throws -> (any Encodable)?
    /// Handles a notification; errors are logged, never answered.
    func notification(_ message: Message, _ connection: Connection) throws
}

/// A JSON-RPC connection over a reader and a writer: the lifecycle (`initialize` first,
/// `shutdown`, `exit`), cancellation of queued requests, in-order answers, and survival
/// of whatever the client sends or does.
///
/// The calling thread reads; a serial worker handles. `$/cancelRequest` is seen by the
/// reader as soon as it arrives, so a request still waiting in the queue is answered
/// with RequestCancelled instead of being run (one already running finishes: planlint's
/// work per request is short and bounded by its limits).
public final class Connection: @unchecked Sendable {
    private let writer: MessageWriter
    private let log: @Sendable (String) -> Void
    private let worker = DispatchQueue(label: "planlint.lsp.worker")
    private let lock = Lock()
    private var cancelled = Set<RequestID>()
    private var queued = Set<RequestID>()
    private var initialized = false
    private var shutdownRequested = false
    private var exitCode: Int32?

    /// Called on `exit` with the exit code (the CLI ends the process here, without waiting
    /// for the reader, which may be blocked on a client that keeps its pipe open).
    public var onExit: (@Sendable (Int32) -> Void)?

    public init(writer: MessageWriter, log: @escaping @Sendable (String) -> Void) {
        self.writer = writer
        self.log = log
    }

    /// Whether `shutdown` was received (then `exit` is a clean exit, code 0).
    public var isShutdown: Bool { lock.with { shutdownRequested } }

    // MARK: Sending

    public func notify(_ method: String, _ params: any Encodable) {
        do {
            writer.send(Array(try Outgoing.notification(method: method, params: params)))
        } catch {
            log("planlint lsp: could not encode \(method): \(error)")
        }
    }

    public func logMessage(_ text: String, type: Int = 3) {
        notify("window/logMessage", LogMessageParams(type: type, message: text))
    }

    private func reply(_ id: RequestID?, _ result: (any Encodable)?) {
        do {
            writer.send(Array(try Outgoing.response(id: id, result: result)))
        } catch {
            reply(id, error: ResponseError(code: ResponseError.internalError, message: "could not encode the result: \(error)"))
        }
    }

    private func reply(_ id: RequestID?, error: ResponseError) {
        writer.send(Array(Outgoing.response(id: id, error: error)))
    }

    // MARK: The loop

    /// Reads until `exit` or the end of input and returns the exit code: 0 after
    /// `shutdown`, else 1 (LSP: "exit code 1 if the shutdown request has not been
    /// received before"). Every queued message is handled first.
    public func run(reader: inout MessageReader, handler: MessageHandler) -> Int32 {
        while lock.with({ exitCode }) == nil {
            switch reader.next() {
            case .end:
                worker.sync {}
                return lock.with { exitCode ?? (shutdownRequested ? 0 : 1) }
            case .malformed(let reason):
                log("planlint lsp: malformed input: \(reason)")
            case .message(let bytes):
                receive(Data(bytes), handler: handler)
            }
        }
        worker.sync {}
        return lock.with { exitCode ?? 1 }
    }

    /// Waits until every message received so far has been handled (for tests).
    public func drain() { worker.sync {} }

    private func receive(_ bytes: Data, handler: MessageHandler) {
        let message: Message
        do {
            message = try Message(bytes: bytes)
        } catch let error as ResponseError {
            log("planlint lsp: \(error.message)")
            worker.async { self.reply(nil, error: error) }
            return
        } catch {
            return
        }
        if message.method == "$/cancelRequest" {
            if let params = try? message.params(CancelParams.self) {
                lock.with { if queued.contains(params.id) { cancelled.insert(params.id) } }
            }
            return
        }
        if let id = message.id, message.method != nil {
            lock.with { _ = queued.insert(id) }
        }
        // The handler is only ever called on the serial worker, one message at a time.
        nonisolated(unsafe) let handler = handler
        worker.async { self.handle(message, handler) }
    }

    private func handle(_ message: Message, _ handler: MessageHandler) {
        guard let method = message.method else { return } // a response to us: we send no requests
        // After `exit`, what was already read is dropped (the process is ending).
        guard lock.with({ exitCode }) == nil else { return }
        guard let id = message.id else {
            notification(method, message, handler)
            return
        }
        let wasCancelled = lock.with { () -> Bool in
            queued.remove(id)
            return cancelled.remove(id) != nil
        }
        if wasCancelled {
            reply(id, error: ResponseError(code: ResponseError.requestCancelled, message: "request \(id) was cancelled"))
            return
        }
        let state = lock.with { (initialized, shutdownRequested) }
        switch method {
        case "initialize" where state.0:
            reply(id, error: ResponseError(code: ResponseError.invalidRequest, message: "initialize was already received"))
            return
        case "initialize":
            break
        case _ where !state.0:
            reply(id, error: ResponseError(code: ResponseError.serverNotInitialized, message: "the server is not initialized"))
            return
        case _ where state.1:
            reply(id, error: ResponseError(code: ResponseError.invalidRequest, message: "the server is shutting down"))
            return
        case "shutdown":
            lock.with { shutdownRequested = true }
            reply(id, nil)
            return
        default:
            break
        }
        do {
            let result = try handler.request(message, self)
            if method == "initialize" { lock.with { initialized = true } }
            reply(id, result)
        } catch let error as ResponseError {
            reply(id, error: error)
        } catch {
            reply(id, error: ResponseError(code: ResponseError.internalError, message: "\(error)"))
        }
    }

    private func notification(_ method: String, _ message: Message, _ handler: MessageHandler) {
        if method == "exit" {
            let code = lock.with { () -> Int32 in
                exitCode = shutdownRequested ? 0 : 1
                return exitCode ?? 1
            }
            onExit?(code)
            return
        }
        let state = lock.with { (initialized, shutdownRequested) }
        guard state.0, !state.1 else { return }
        do {
            try handler.notification(message, self)
        } catch let error as ResponseError {
            log("planlint lsp: \(method): \(error.message)")
        } catch {
            log("planlint lsp: \(method): \(error)")
        }
    }

    /// Whether `exit` was received (the reader stops after the message it is reading).
    public var exitRequested: Int32? { lock.with { exitCode } }
}
