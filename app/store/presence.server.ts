/**
 * The Studio's presence socket (`/v…/socket/{dataset}`, a WebSocket). We keep no presence
 * service, so the handshake is accepted (RFC 6455: Sec-WebSocket-Accept is the SHA-1 of
 * the client's key and the protocol's GUID) and the socket then stays silent: the Studio
 * shows nobody else editing. Refusing it instead makes the Studio log errors and
 * reconnect in a loop. Open sockets are capped so that silence cannot be used to hold
 * the server's connections.
 */
import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";

const WEBSOCKET_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
const MAX_OPEN = 200;

let open = 0;

/** The path (after any `/v<version>` prefix) the presence socket uses. */
export function isPresencePath(path: string): boolean {
  return /^\/socket\/[^/]+\/?$/.test(path);
}

/** Accepts a presence WebSocket and keeps it open and silent; refuses anything else. */
export function acceptPresenceSocket(req: IncomingMessage, socket: Duplex): void {
  const key = req.headers["sec-websocket-key"];
  const isWebSocket = String(req.headers.upgrade ?? "").toLowerCase() === "websocket";
  if (!isWebSocket || typeof key !== "string" || key.length === 0 || open >= MAX_OPEN) {
    socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
    return;
  }
  const accept = createHash("sha1")
    .update(key + WEBSOCKET_GUID)
    .digest("base64");
  socket.write(
    "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
      `Sec-WebSocket-Accept: ${accept}\r\n\r\n`,
  );
  open++;
  socket.on("data", () => {});
  // HTTP servers allow half-open sockets: when the Studio goes, close our side too.
  socket.on("end", () => socket.end());
  socket.on("error", () => socket.destroy());
  socket.once("close", () => open--);
}

/** For tests: how many presence sockets are open. */
export function openPresenceSockets(): number {
  return open;
}
