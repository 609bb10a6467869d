// A stand-in for a Cloudflare Access team domain: serves `/cdn-cgi/access/certs` (a JWKS) on
// loopback. Tests inside workerd make their own RSA key pair and publish its public half here
// with `POST /__keys` ({ keys: [jwk] }); keys are added, never replaced, so concurrent test files
// do not undo each other's. `POST /__fail` ({ times }) makes the next certs requests answer 503.
import { createServer } from "node:http";

/** @returns {Promise<{ url: string, close: () => Promise<void> }>} */
export async function startAccessKeysServer() {
  /** @type {object[]} */
  const keys = [];
  let failures = 0;
  const server = createServer((req, res) => {
    const chunks = [];
    req.on("data", (chunk) => chunks.push(chunk));
    req.on("end", () => {
      const send = (status, body) =>
        res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
      if (req.method === "GET" && req.url === "/cdn-cgi/access/certs") {
        if (failures > 0) {
          failures -= 1;
          return send(503, { error: "unavailable" });
        }
        return send(200, { keys, public_cert: { kid: "unused", cert: "" }, public_certs: [] });
      }
      try {
        const body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
        if (req.method === "POST" && req.url === "/__keys" && Array.isArray(body.keys)) {
          keys.push(...body.keys.slice(0, 10));
          return send(200, { keys: keys.length });
        }
        if (req.method === "POST" && req.url === "/__fail" && Number.isInteger(body.times)) {
          failures = Math.min(body.times, 100);
          return send(200, { failures });
        }
      } catch {
        return send(400, { error: "bad json" });
      }
      return send(404, { error: "not found" });
    });
  });
  server.on("connection", (socket) => socket.unref());
  await new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(undefined)));
  server.unref();
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}
