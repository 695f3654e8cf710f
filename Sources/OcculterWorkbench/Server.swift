import Foundation
import Hummingbird
import OcculterCore

/// `occulter review`: the workbench served on 127.0.0.1 only. Every request carries the
/// random token printed with the URL (`?token=` or `Authorization: Bearer`); requests that
/// change something must also come from the page's own origin (`Origin` header), so that
/// another site open in the same browser cannot post decisions.
public struct WorkbenchServer: Sendable {
    public let state: WorkbenchState
    public let port: Int
    public let token: String

    public init(directory: String, decisions: String?, port: Int) throws {
        state = try WorkbenchState(directory: directory, decisionsPath: decisions)
        self.port = port
        token = WorkbenchServer.randomToken()
    }

    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }

    /// Serves until SIGINT or SIGTERM; `announce` gets the URL once the socket is bound.
    public func run(announce: @escaping @Sendable (String) -> Void) async throws {
        let router = Router()
        let allowedOrigin = OriginBox()
        router.add(middleware: TokenMiddleware(token: token, origin: allowedOrigin))
        let state = self.state
        router.get("/") { _, _ in
            Response(status: .ok, headers: WorkbenchServer.pageHeaders(type: "text/html; charset=utf-8"),
                     body: .init(byteBuffer: ByteBuffer(string: WorkbenchPage.html)))
        }
        router.get("/api/run") { _, _ in try WorkbenchServer.json(await state.runView()) }
        router.get("/api/items") { _, _ in try WorkbenchServer.json(await state.items()) }
        router.post("/api/items/{id}/decision") { request, context in
            let id = try context.parameters.require("id")
            var request = request
            let body = try await WorkbenchServer.body(DecisionBody.self, from: &request)
            guard let choice = ReviewChoice(rawValue: body.decision ?? "") else {
                return WorkbenchServer.problem(.badRequest, "décision inconnue : « keep » (publier) ou « occult » (occulter).")
            }
            return try await WorkbenchServer.handle {
                try await state.decide(id: id, choice: choice, reviewer: body.reviewer ?? "", comment: body.comment)
            }
        }
        router.post("/api/additions") { request, _ in
            var request = request
            let body = try await WorkbenchServer.body(AdditionBody.self, from: &request)
            return try await WorkbenchServer.handle {
                try await state.add(rule: body.rule ?? "", column: body.column ?? "", rowKey: body.rowKey ?? "", text: body.text ?? "",
                                    reviewer: body.reviewer ?? "", comment: body.comment)
            }
        }
        router.post("/api/rerun") { _, _ in
            try await WorkbenchServer.handle { try await state.rerun() }
        }
        let token = self.token
        // Hummingbird logs each start and connection at info level; only errors matter here
        // (read by Application's logger from LOG_LEVEL, unless the user set it).
        setenv("LOG_LEVEL", "error", 0)
        let app = Application(
            router: router,
            configuration: .init(address: .hostname("127.0.0.1", port: port), serverName: "occulter"),
            onServerRunning: { channel in
                let bound = channel.localAddress?.port ?? 0
                allowedOrigin.set("http://127.0.0.1:\(bound)")
                announce("http://127.0.0.1:\(bound)/?token=\(token)")
            }
        )
        try await app.runService()
    }

    // MARK: Helpers

    struct DecisionBody: Decodable { var decision: String?; var reviewer: String?; var comment: String? }

    struct AdditionBody: Decodable {
        var rule: String?; var column: String?; var rowKey: String?; var text: String?; var reviewer: String?; var comment: String?
        enum CodingKeys: String, CodingKey { case rule, column, rowKey = "row_key", text, reviewer, comment }
    }

    /// No external resource may load, nothing may frame the page, no URL (with its token) leaks by Referer.
    static func pageHeaders(type: String) -> HTTPFields {
        [
            .contentType: type,
            .cacheControl: "no-store",
            HTTPFields.Element.Name("Content-Security-Policy")!:
                "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; img-src data:; frame-ancestors 'none'; form-action 'none'; base-uri 'none'",
            HTTPFields.Element.Name("Referrer-Policy")!: "no-referrer",
            HTTPFields.Element.Name("X-Content-Type-Options")!: "nosniff",
        ]
    }

    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Response(status: status, headers: pageHeaders(type: "application/json; charset=utf-8"),
                        body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(value))))
    }

    static func problem(_ status: HTTPResponse.Status, _ message: String) -> Response {
        (try? json(["erreur": message], status: status)) ?? Response(status: status)
    }

    static func body<T: Decodable>(_ type: T.Type, from request: inout Request) async throws -> T {
        let buffer = try await request.collectBody(upTo: 1 << 20)
        do {
            return try JSONDecoder().decode(T.self, from: Data(buffer.readableBytesView))
        } catch {
            throw HTTPError(.badRequest, message: "corps de requête JSON invalide.")
        }
    }

    /// Runs an action and turns its failures into French JSON errors.
    static func handle(_ action: () async throws -> some Encodable) async throws -> Response {
        do {
            return try json(try await action())
        } catch WorkbenchError.notFound(let id) {
            return problem(.notFound, "élément « \(id) » inconnu de cette revue (rechargez la page).")
        } catch WorkbenchError.invalid(let message) {
            return problem(.badRequest, message)
        } catch let error as OcculterError {
            return problem(.unprocessableContent, error.description)
        }
    }
}

/// The origin the page is served from, known once the port is bound.
final class OriginBox: @unchecked Sendable {
    private let lock = NSLock()
    private var value = ""
    func set(_ origin: String) { lock.lock(); value = origin; lock.unlock() }
    func get() -> String { lock.lock(); defer { lock.unlock() }; return value }
}

struct TokenMiddleware<Context: RequestContext>: RouterMiddleware {
    let token: String
    let origin: OriginBox

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let bearer = request.headers[.authorization].flatMap { $0.hasPrefix("Bearer ") ? String($0.dropFirst(7)) : nil }
        let query = request.uri.queryParameters["token"].map(String.init)
        guard [bearer, query].contains(where: { $0.map { TokenMiddleware.equal($0, token) } ?? false }) else {
            return WorkbenchServer.problem(.unauthorized, "jeton absent ou invalide : ouvrez l'adresse complète affichée par « occulter review ».")
        }
        if request.method != .get && request.method != .head {
            guard request.headers[.origin] == origin.get() else {
                return WorkbenchServer.problem(.forbidden, "requête refusée : elle ne vient pas de la page de revue (en-tête Origin).")
            }
        }
        return try await next(request, context)
    }

    /// Compares in constant time, so that the token cannot be guessed byte by byte.
    static func equal(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
