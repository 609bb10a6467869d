import { describe, expect, it } from "vitest";
import { call, greet, newSessionId, postJson } from "../../helpers/api";

// wrangler.toml's WIDGET_ORIGINS, which this project's tests run with.
const WIDGET = "http://localhost:8787";
const FOREIGN = "https://evil.example";
const ADMIN = { Authorization: "Bearer test-admin-token" };

const CORS_HEADERS = [
  "Access-Control-Allow-Origin",
  "Access-Control-Allow-Methods",
  "Access-Control-Allow-Headers",
  "Access-Control-Allow-Credentials",
  "Access-Control-Expose-Headers",
  "Access-Control-Max-Age",
];
const corsHeadersOf = (res: Response) => CORS_HEADERS.filter((name) => res.headers.has(name));

const preflight = (path: string, origin: string, method = "POST") =>
  call(path, {
    method: "OPTIONS",
    headers: {
      Origin: origin,
      "Access-Control-Request-Method": method,
      "Access-Control-Request-Headers": "content-type",
    },
  });

describe("CORS on the widget's API", () => {
  it("answers a preflight from a widget origin with 204 and what the widget may send", async () => {
    const res = await preflight("/api/chat", WIDGET);
    expect(res.status).toBe(204);
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe(WIDGET);
    expect(res.headers.get("Access-Control-Allow-Methods")).toBe("GET, POST, DELETE, OPTIONS");
    expect(res.headers.get("Access-Control-Allow-Headers")).toBe(
      "Content-Type, Accept, Cloudflare-Workers-Version-Key",
    );
    expect(Number(res.headers.get("Access-Control-Max-Age"))).toBeGreaterThan(0);
    expect(res.headers.get("Access-Control-Allow-Credentials")).toBeNull();
    expect(res.headers.get("Vary")).toMatch(/\bOrigin\b/);
    expect(await res.text()).toBe("");
  });

  it("gives a widget origin its answer with the origin echoed, never credentials", async () => {
    const res = await postJson("/api/greeting", { sessionId: newSessionId() }, { Origin: WIDGET });
    expect(res.status).toBe(200);
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe(WIDGET);
    expect(res.headers.get("Access-Control-Allow-Credentials")).toBeNull();
    expect(res.headers.get("Access-Control-Expose-Headers")).toBe("Retry-After, X-Request-Id");
    expect(res.headers.get("Vary")).toMatch(/\bOrigin\b/);
    expect(res.headers.get("Set-Cookie")).toBeNull();
  });

  it("lets a widget origin read errors too (the widget shows them)", async () => {
    const bad = await postJson("/api/chat", { sessionId: "no spaces allowed" }, { Origin: WIDGET });
    expect(bad.status).toBe(400);
    expect(bad.headers.get("Access-Control-Allow-Origin")).toBe(WIDGET);
    const missing = await call(`/api/history/${newSessionId()}`, { headers: { Origin: WIDGET } });
    expect(missing.status).toBe(404);
    expect(missing.headers.get("Access-Control-Allow-Origin")).toBe(WIDGET);
  });

  it("covers every route the widget calls", async () => {
    const id = newSessionId();
    await greet(id);
    const get = (path: string) => call(path, { headers: { Origin: WIDGET } });
    for (const res of [
      await postJson("/api/chat", { sessionId: id, action: "consent:yes" }, { Origin: WIDGET }),
      await postJson("/api/rating", { sessionId: id, rating: "up" }, { Origin: WIDGET }),
      await get(`/api/history/${id}`),
      await get(`/api/gdpr/my-data/${id}`),
      await preflight("/api/upload", WIDGET),
      await preflight(`/api/gdpr/delete-me/${id}`, WIDGET, "DELETE"),
    ]) {
      expect(res.status, res.url).toBeLessThan(300);
      expect(res.headers.get("Access-Control-Allow-Origin")).toBe(WIDGET);
    }
  });

  it("gives another origin no CORS headers, and still its ordinary answer", async () => {
    const pre = await preflight("/api/chat", FOREIGN);
    expect(pre.status).toBe(204);
    expect(corsHeadersOf(pre)).toEqual([]);
    const res = await postJson("/api/greeting", { sessionId: newSessionId() }, { Origin: FOREIGN });
    expect(res.status).toBe(200);
    expect(corsHeadersOf(res)).toEqual([]);
    expect(res.headers.get("Vary")).toMatch(/\bOrigin\b/);
  });

  it("serves same-origin and non-browser requests as before", async () => {
    const same = await postJson(
      "/api/greeting",
      { sessionId: newSessionId() },
      { Origin: "http://chat.test" },
    );
    expect(same.status).toBe(200);
    expect(corsHeadersOf(same)).toEqual([]);
    const curl = await postJson("/api/greeting", { sessionId: newSessionId() });
    expect(curl.status).toBe(200);
    expect(corsHeadersOf(curl)).toEqual([]);
  });
});

describe("admin routes", () => {
  const adminRoutes = [
    "/api/tickets",
    "/api/ticket/STI-20261128-K7M2QX",
    "/api/transcript/t-1",
    "/api/transcript-json/t-1",
    "/api/sessions",
    "/api/logs?mode=once",
    "/api/logs/level",
    "/api/metrics",
    "/api/admin/purge",
    "/api/ticket/create-manual",
  ];

  it("never answer CORS headers to a widget origin, with or without the token", async () => {
    for (const path of adminRoutes) {
      for (const headers of [{ Origin: WIDGET }, { Origin: WIDGET, ...ADMIN }]) {
        const res = await call(path, { headers });
        await res.arrayBuffer();
        expect(corsHeadersOf(res), `GET ${path}`).toEqual([]);
      }
      const pre = await preflight(path, WIDGET);
      await pre.arrayBuffer();
      expect(pre.status, `OPTIONS ${path}`).not.toBe(204);
      expect(corsHeadersOf(pre), `OPTIONS ${path}`).toEqual([]);
    }
  });

  it("answer the operators' own calls as before", async () => {
    const res = await call("/api/tickets", { headers: { Origin: WIDGET, ...ADMIN } });
    expect(res.status).toBe(200);
    expect(corsHeadersOf(res)).toEqual([]);
  });
});
