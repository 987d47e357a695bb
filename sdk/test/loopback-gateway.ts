import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import WebSocket, { Server as WebSocketServer } from "ws";

const separator = "\u001e";

/** What the loopback server answers to `POST /api/v1/reports`. */
export type ReportReply = (body: unknown, authorization: string | undefined) => { status: number; body: unknown };

/**
 * A real HTTP + WebSocket server on 127.0.0.1 that speaks SignalR's JSON hub protocol (negotiate,
 * handshake, invocations) the way Gatehouse's /gateway does, so the SDK runs its real SignalR client
 * and transport against it. The server side of /gateway itself is covered by the .NET integration tests.
 */
export class LoopbackGateway {
  readonly negotiations: string[] = [];
  readonly reports: { body: unknown; authorization: string | undefined }[] = [];
  reportReply: ReportReply = (body) => ({ status: 201, body: { ...(body as object), id: "r1", severity: "high", status: "open", created_at: "2026-01-01T00:00:00Z" } });
  private readonly http: Server;
  private readonly sockets = new WebSocketServer({ noServer: true });
  private socket: WebSocket | undefined;
  private connected: (() => void) | undefined;

  private constructor() {
    this.http = createServer((req, res) => void this.handle(req, res));
    this.http.on("upgrade", (req, socket, head) => this.sockets.handleUpgrade(req, socket as Socket, head, (ws) => this.accept(ws)));
  }

  static async start(): Promise<LoopbackGateway> {
    const gateway = new LoopbackGateway();
    await new Promise<void>((resolve) => gateway.http.listen(0, "127.0.0.1", resolve));
    return gateway;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.http.address() as AddressInfo).port}`;
  }

  /** Resolves once the next client has completed the SignalR handshake (and been sent `ready`). */
  nextConnection(): Promise<void> {
    return new Promise((resolve) => (this.connected = resolve));
  }

  /** Pushes a hub message to the connected client, as `Clients.User(id).SendAsync(target, ...)` does. */
  send(target: string, ...args: unknown[]): void {
    this.socket?.send(JSON.stringify({ type: 1, target, arguments: args }) + separator);
  }

  /** Drops the connection from the server side, as `Context.Abort()` does after a kick or ban. */
  abort(): void {
    this.socket?.terminate();
  }

  async stop(): Promise<void> {
    for (const client of this.sockets.clients) client.terminate();
    await new Promise((resolve) => this.http.close(resolve));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.url);
    if (req.method === "POST" && url.pathname === "/gateway/negotiate") {
      this.negotiations.push(url.search);
      return this.json(res, 200, {
        negotiateVersion: 1,
        connectionId: `c${this.negotiations.length}`,
        connectionToken: `t${this.negotiations.length}`,
        availableTransports: [{ transport: "WebSockets", transferFormats: ["Text", "Binary"] }],
      });
    }
    if (req.method === "POST" && url.pathname === "/api/v1/reports") {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const body: unknown = JSON.parse(Buffer.concat(chunks).toString("utf8"));
      this.reports.push({ body, authorization: req.headers.authorization });
      const reply = this.reportReply(body, req.headers.authorization);
      return this.json(res, reply.status, reply.body);
    }
    this.json(res, 404, { title: "Not Found" });
  }

  private json(res: ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { "content-type": status >= 400 ? "application/problem+json" : "application/json" }).end(JSON.stringify(body));
  }

  private accept(ws: WebSocket): void {
    this.socket = ws;
    ws.on("message", (data) => {
      for (const frame of data.toString().split(separator).filter(Boolean)) {
        const message = JSON.parse(frame) as { protocol?: string; type?: number; invocationId?: string };
        if (message.protocol) {
          ws.send("{}" + separator);
          this.send("ready", { session_id: "s", user_id: "u1", platform: "web", presence: presence(1), heartbeat_interval_ms: 30_000, idle_after_ms: 300_000 });
          this.connected?.();
        } else if (message.type === 1 && message.invocationId) {
          ws.send(JSON.stringify({ type: 3, invocationId: message.invocationId, result: presence(2) }) + separator);
        }
      }
    });
  }
}

function presence(version: number) {
  return { type: "presence.update", user_id: "u1", status: "online", status_message: null, activity: null, client_status: { web: "online" }, last_seen_at: null, roles: [], version };
}
