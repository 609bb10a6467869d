import { expect, it } from "vitest";
import { call, expectError, greet, newSessionId } from "../../helpers/api";

const ADMIN_TOKEN = "test-admin-token";
const BEARER = { Authorization: `Bearer ${ADMIN_TOKEN}` };
const JSON_TYPE = { "Content-Type": "application/json" };

interface AdminCall {
  method: "GET" | "POST" | "DELETE";
  path: string;
  body?: unknown;
}

/** Every admin route except the live log stream, each with a request it would accept. */
async function adminCalls(): Promise<AdminCall[]> {
  const sessionId = newSessionId("qtok");
  await greet(sessionId);
  return [
    { method: "GET", path: `/api/transcript-json/${sessionId}` },
    { method: "GET", path: `/api/transcript/${sessionId}` },
    { method: "GET", path: "/api/sessions?limit=1" },
    { method: "GET", path: "/api/tickets?limit=1" },
    { method: "GET", path: "/api/ticket/STI-20261120-ABC234" },
    { method: "DELETE", path: "/api/ticket/STI-20261120-ABC234" },
    {
      method: "POST",
      path: "/api/ticket/create-manual",
      body: { sessionId, device: "notebook", problem: "no enciende" },
    },
    { method: "POST", path: "/api/admin/purge?dryRun=1" },
    { method: "POST", path: "/api/logs/level", body: { level: "info" } },
    { method: "GET", path: "/api/logs?mode=once&limit=1" },
  ];
}

function send(
  { method, path, body }: AdminCall,
  options: { query?: string; headers?: Record<string, string> },
) {
  const url = options.query ? `${path}${path.includes("?") ? "&" : "?"}${options.query}` : path;
  return call(url, {
    method,
    headers: { ...(body ? JSON_TYPE : {}), ...options.headers },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
}

it("refuses the right ?token= on every admin route but the log stream, GET and POST/DELETE alike", async () => {
  for (const route of await adminCalls()) {
    const name = `${route.method} ${route.path}`;
    const refused = await send(route, { query: `token=${ADMIN_TOKEN}` });
    expect(refused.headers.get("WWW-Authenticate"), name).toMatch(/^Bearer /);
    const body = await expectError(refused, 401, "unauthorized");
    // The message says what to send instead, and never echoes the token.
    expect(body.error.message, name).toMatch(/Authorization: Bearer/);
    expect(JSON.stringify(body), name).not.toContain(ADMIN_TOKEN);

    // The same request with the header is let through (whatever the route then answers).
    const allowed = await send(route, { headers: BEARER });
    expect([200, 201, 404], `${name}: ${await allowed.clone().text()}`).toContain(allowed.status);
    await allowed.arrayBuffer();
  }
});

it("accepts ?token= on the live log stream (EventSource cannot send headers), and a wrong one is 401", async () => {
  const stream = await call(`/api/logs?maxMs=1000&token=${ADMIN_TOKEN}`, {
    headers: { Accept: "text/event-stream" },
  });
  expect(stream.status).toBe(200);
  expect(stream.headers.get("Content-Type")).toMatch(/^text\/event-stream/);
  await stream.body?.cancel();

  await expectError(await call(`/api/logs?maxMs=1000&token=${ADMIN_TOKEN}x`), 401, "unauthorized");
  // A presented (wrong) header wins over a right ?token=.
  await expectError(
    await call(`/api/logs?maxMs=1000&token=${ADMIN_TOKEN}`, {
      headers: { Authorization: "Bearer not-the-token" },
    }),
    401,
    "unauthorized",
  );
});
