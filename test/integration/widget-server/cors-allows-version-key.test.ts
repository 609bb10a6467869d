import { describe, expect, it } from "vitest";
import { call, greet, newSessionId, postJson } from "../../helpers/api";

// wrangler.toml's WIDGET_ORIGINS, which this project's tests run with.
const WIDGET = "http://localhost:8787";
const FOREIGN = "https://evil.example";
const VERSION_KEY = "Cloudflare-Workers-Version-Key";

/** What Chromium sends before the widget's cross-origin call with the version key. */
const preflight = (path: string, origin: string, method = "POST", headers = "content-type") =>
  call(path, {
    method: "OPTIONS",
    headers: {
      Origin: origin,
      "Access-Control-Request-Method": method,
      "Access-Control-Request-Headers": [headers, "cloudflare-workers-version-key"].filter(Boolean).join(","),
    },
  });

const allowedHeaders = (res: Response) =>
  (res.headers.get("Access-Control-Allow-Headers") ?? "").split(",").map((name) => name.trim().toLowerCase());

describe("the version key (a conversation pinned to one Worker version) crosses origins", () => {
  it("is allowed by the preflight of every widget call, for a widget origin", async () => {
    const id = newSessionId();
    for (const [path, method, headers] of [
      ["/api/greeting", "POST", "content-type"],
      ["/api/chat", "POST", "accept,content-type"],
      ["/api/rating", "POST", "content-type"],
      ["/api/upload", "POST", ""],
      [`/api/history/${id}`, "GET", ""],
    ] as const) {
      const res = await preflight(path, WIDGET, method, headers);
      expect(res.status, path).toBe(204);
      expect(res.headers.get("Access-Control-Allow-Origin"), path).toBe(WIDGET);
      expect(allowedHeaders(res), path).toContain(VERSION_KEY.toLowerCase());
      expect(allowedHeaders(res), path).toEqual(expect.arrayContaining(["content-type", "accept"]));
    }
  });

  it("is not allowed for another origin (no CORS headers at all)", async () => {
    const res = await preflight("/api/chat", FOREIGN);
    expect(res.status).toBe(204);
    expect(res.headers.get("Access-Control-Allow-Headers")).toBeNull();
    expect(res.headers.get("Access-Control-Allow-Origin")).toBeNull();
  });

  it("changes nothing in the answer: the Worker serves a request carrying it as any other", async () => {
    const id = newSessionId();
    await greet(id);
    const res = await postJson(
      "/api/chat",
      { sessionId: id, action: "consent:yes" },
      { Origin: WIDGET, [VERSION_KEY]: id },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe(WIDGET);
    expect(((await res.json()) as { sessionId: string }).sessionId).toBe(id);
  });
});
