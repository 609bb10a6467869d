import { env } from "cloudflare:workers";
import { afterEach, expect, it, vi } from "vitest";
import { call, postJson } from "../../helpers/api";
import { ADMIN_TOKEN, marker, openStream, storedLines } from "./support";

afterEach(() => vi.restoreAllMocks());

const FIELDS = ["level", "time", "event", "requestId", "route", "method", "status", "latency_ms", "version"];

it("writes one JSON line per request with the documented fields, to the console and the stream, masked", {
  timeout: 15_000,
}, async () => {
  const consoleLines: string[] = [];
  for (const method of ["log", "warn", "error"] as const) {
    vi.spyOn(console, method).mockImplementation((line: unknown) => consoleLines.push(String(line)));
  }
  const tag = marker("fields");
  const sessionId = marker("session");
  // A UUID whose digits look like a phone number to the masking: ids are kept readable anyway.
  const uuid = "ff6408da-5827-4280-a3c1-f5abd927e163";

  const requests: [string, () => Promise<Response>][] = [
    ["body", () => postJson("/api/greeting", { sessionId }, { "X-Request-Id": `${tag}-body` })],
    ["param", () => call(`/api/gdpr/my-data/${sessionId}`, { headers: { "X-Request-Id": `${tag}-param` } })],
    [
      "missing",
      () =>
        call(`/api/nothing/ana.perez@mail.com/3415551234?token=${ADMIN_TOKEN}`, {
          headers: { "X-Request-Id": `${tag}-missing` },
        }),
    ],
    [
      "admin",
      () =>
        call(`/api/logs?mode=once&limit=1&token=${ADMIN_TOKEN}`, {
          headers: { "X-Request-Id": `${tag}-admin` },
        }),
    ],
    ["uuid", () => postJson("/api/greeting", { sessionId: `t-${uuid}` }, { "X-Request-Id": uuid })],
  ];
  const statuses: Record<string, number> = {};
  for (const [name, send] of requests) {
    const res = await send();
    await res.arrayBuffer();
    statuses[name] = res.status;
  }
  expect(statuses).toEqual({ body: 200, param: 200, missing: 404, admin: 401, uuid: 200 });

  const stream = await openStream({ q: '"event":"request"', since: "0", maxMs: "3000" });
  await stream.until((s) => s.logs.filter((e) => e.data.includes(tag) || e.data.includes(uuid)).length >= 5);
  await stream.cancel();
  vi.restoreAllMocks();

  const stored = [...(await storedLines(tag)), ...(await storedLines(uuid))].filter(
    (l) => l.event === "request",
  );
  const byName = Object.fromEntries(
    stored.map((l) => [
      String(l.requestId) === uuid ? "uuid" : String(l.requestId).replace(`${tag}-`, ""),
      l,
    ]),
  );
  expect(Object.keys(byName).sort()).toEqual(["admin", "body", "missing", "param", "uuid"]);
  for (const line of Object.values(byName)) {
    expect(Object.keys(line).slice(0, FIELDS.length)).toEqual(FIELDS);
    expect(Date.parse(String(line.time))).not.toBeNaN();
    expect(line.latency_ms).toBeGreaterThanOrEqual(0);
    expect(line.version).toBe(env.VERSION.id || "unknown");
  }
  expect(byName.body).toMatchObject({
    level: "info",
    route: "/api/greeting",
    method: "POST",
    status: 200,
    sessionId,
  });
  expect(byName.param).toMatchObject({
    route: "/api/gdpr/my-data/:sessionId",
    method: "GET",
    status: 200,
    sessionId,
  });
  expect(byName.missing).toMatchObject({ level: "warn", route: "/api/nothing/[email]/[phone]", status: 404 });
  expect(byName.missing).not.toHaveProperty("sessionId");
  expect(byName.admin).toMatchObject({ route: "/api/logs", status: 401 });
  expect(byName.uuid).toMatchObject({ requestId: uuid, sessionId: `t-${uuid}` });

  // The console printed the very same lines, and nothing anywhere holds the token or personal data.
  for (const line of Object.values(byName)) expect(consoleLines).toContain(JSON.stringify(line));
  const everything = [...consoleLines, ...stream.events.map((e) => e.data)].join("\n");
  for (const secret of [ADMIN_TOKEN, "ana.perez", "3415551234"]) expect(everything).not.toContain(secret);
});
