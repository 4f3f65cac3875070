/**
 * The key and certificate of the optional HTTP/2 listener (STORE_TLS_PORT). Browsers
 * speak HTTP/2 only over TLS, and the Studio needs HTTP/2: it keeps several listen
 * streams open at once, and over HTTP/1.1 they use up the six connections a browser
 * opens per host, so previews and lists stop loading.
 *
 * With STORE_TLS_KEY and STORE_TLS_CERT the files given are used (a real certificate).
 * Without them, a self-signed certificate for `localhost`, `*.localhost`,
 * `<projectId>.localhost`, 127.0.0.1 and ::1 is made with `selfsigned` and kept in
 * `.data/tls/` (made again when it is within a week of expiry), so a developer's browser
 * is asked to trust it once, not on every start.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { X509Certificate } from "node:crypto";
import path from "node:path";
import { generate } from "selfsigned";

export interface TlsCredentials {
  key: string;
  cert: string;
  /** "files" (STORE_TLS_KEY/STORE_TLS_CERT) or "self-signed" (the file it lives in). */
  source: string;
}

const RENEW_BEFORE_MS = 7 * 24 * 60 * 60 * 1000;
const VALID_DAYS = 365;

export async function loadTlsCredentials(options: {
  keyFile?: string;
  certFile?: string;
  projectId: string;
  /** Where the self-signed pair is kept (`.data/tls`). */
  dir?: string;
  now?: Date;
}): Promise<TlsCredentials> {
  if (options.keyFile || options.certFile) {
    if (!options.keyFile || !options.certFile)
      throw new Error("Set both STORE_TLS_KEY and STORE_TLS_CERT, or neither.");
    return {
      key: readFileSync(options.keyFile, "utf8"),
      cert: readFileSync(options.certFile, "utf8"),
      source: `${options.certFile} (STORE_TLS_CERT)`,
    };
  }
  const dir = path.resolve(options.dir ?? ".data/tls");
  const keyFile = path.join(dir, "localhost-key.pem");
  const certFile = path.join(dir, "localhost-cert.pem");
  const now = options.now ?? new Date();
  const hostOf = `${options.projectId}.localhost`;
  try {
    const key = readFileSync(keyFile, "utf8");
    const cert = readFileSync(certFile, "utf8");
    const x509 = new X509Certificate(cert);
    const fresh = Date.parse(x509.validTo) - now.getTime() > RENEW_BEFORE_MS;
    if (fresh && x509.checkHost(hostOf)) return { key, cert, source: certFile };
  } catch {
    // Missing or unreadable: make a new pair below.
  }
  const notAfterDate = new Date(now.getTime() + VALID_DAYS * 24 * 60 * 60 * 1000);
  const pems = await generate([{ name: "commonName", value: "localhost" }], {
    keyType: "ec",
    curve: "P-256",
    algorithm: "sha256",
    notBeforeDate: new Date(now.getTime() - 60_000),
    notAfterDate,
    extensions: [
      { name: "basicConstraints", cA: false },
      { name: "keyUsage", digitalSignature: true, keyEncipherment: true },
      { name: "extKeyUsage", serverAuth: true },
      {
        name: "subjectAltName",
        altNames: [
          { type: 2, value: "localhost" },
          { type: 2, value: "*.localhost" },
          { type: 2, value: hostOf },
          { type: 7, ip: "127.0.0.1" },
          { type: 7, ip: "::1" },
        ],
      },
    ],
  });
  mkdirSync(dir, { recursive: true });
  writeFileSync(keyFile, pems.private, { mode: 0o600 });
  writeFileSync(certFile, pems.cert);
  return { key: pems.private, cert: pems.cert, source: `${certFile} (self-signed, made now)` };
}
