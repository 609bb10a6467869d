import { describe, expect, it } from "vitest";
import { call, expectError, postJson } from "../helpers/api";

// This project runs with ENVIRONMENT=production and no LOG_TOKEN / SIGNING_SECRET.
describe("production without its secrets", () => {
  it("answers admin routes with 503 naming the missing secret, whatever token is sent", async () => {
    for (const [path, init] of [
      ["/api/tickets", {}],
      ["/api/sessions", { headers: { Authorization: "Bearer anything" } }],
      ["/api/transcript/abc?token=anything", {}],
    ] as const) {
      const body = await expectError(await call(path, init), 503, "service_unavailable");
      expect(body.error.message).toMatch(/LOG_TOKEN/);
    }
    const manual = await postJson("/api/ticket/create-manual", {
      sessionId: "s1",
      device: "pc",
      problem: "x",
    });
    await expectError(manual, 503, "service_unavailable");
  });

  it("reports degraded health, the secrets check failing, its detail to nobody (no admin token exists)", async () => {
    for (const init of [{}, { headers: { Authorization: "Bearer anything" } }]) {
      const res = await call("/api/health", init);
      expect(res.status).toBe(200);
      const body = (await res.json()) as {
        status: string;
        view: string;
        checks: Record<string, { ok: boolean; error?: string }>;
      };
      expect(body.status).toBe("degraded");
      expect(body.view).toBe("public");
      expect(body.checks.secrets).toEqual({ ok: false });
    }
  });

  it("keeps the chat itself working", async () => {
    const res = await postJson("/api/chat", { sessionId: "prod-chat", message: "hola" });
    expect(res.status).toBe(200);
  });
});
