import { describe, expect, it } from "vitest";
import { call, expectError, newSessionId, postJson } from "../helpers/api";

describe("bad input gets a 4xx JSON error, never a 500", () => {
  it("rejects malformed JSON", async () => {
    await expectError(await postJson("/api/chat", '{"sessionId": "a", '), 400, "invalid_json");
  });

  it("rejects wrong types and missing fields", async () => {
    await expectError(
      await postJson("/api/chat", { sessionId: 42, message: "hola" }),
      400,
      "validation_failed",
    );
    await expectError(await postJson("/api/chat", { message: "hola" }), 400, "validation_failed");
    await expectError(
      await postJson("/api/chat", { sessionId: "a", message: ["x"] }),
      400,
      "validation_failed",
    );
    await expectError(await postJson("/api/chat", [1, 2]), 400, "validation_failed");
    await expectError(await postJson("/api/greeting", { language: "fr" }), 400, "validation_failed");
  });

  it("rejects session ids outside ^[A-Za-z0-9_-]{1,64}$", async () => {
    for (const sessionId of ["", "a b", "../etc", "x".repeat(65), "ñandú", "id;drop"]) {
      const res = await postJson("/api/chat", { sessionId, message: "hola" });
      const body = await expectError(res, 400, "validation_failed");
      expect(body.error.message).toMatch(/sessionId/);
    }
  });

  it("rejects empty, blank and over-long messages", async () => {
    const sessionId = newSessionId();
    await expectError(await postJson("/api/chat", { sessionId, message: "" }), 400, "validation_failed");
    await expectError(await postJson("/api/chat", { sessionId, message: "   " }), 400, "validation_failed");
    await expectError(
      await postJson("/api/chat", { sessionId, message: "a".repeat(2001) }),
      400,
      "validation_failed",
    );
    const max = await postJson("/api/chat", { sessionId, message: "a".repeat(2000) });
    expect(max.status).toBe(200);
  });

  it("rejects both or neither of message and action, unknown fields and unknown actions", async () => {
    const sessionId = newSessionId();
    await expectError(await postJson("/api/chat", { sessionId }), 400, "validation_failed");
    await expectError(
      await postJson("/api/chat", { sessionId, message: "hola", action: "consent:yes" }),
      400,
      "validation_failed",
    );
    await expectError(
      await postJson("/api/chat", { sessionId, message: "hola", extra: 1 }),
      400,
      "validation_failed",
    );
    const unknown = await expectError(
      await postJson("/api/chat", { sessionId, action: "device:toaster" }),
      400,
      "validation_failed",
    );
    expect(unknown.error.message).toMatch(/Unknown action/);
  });

  it("rejects bodies over 16 KB", async () => {
    const res = await postJson("/api/chat", { sessionId: "a", message: "x".repeat(17 * 1024) });
    await expectError(res, 413, "payload_too_large");
  });

  it("rejects a body that is not declared as JSON", async () => {
    const res = await call("/api/chat", {
      method: "POST",
      headers: { "Content-Type": "text/plain" },
      body: JSON.stringify({ sessionId: "a", message: "hola" }),
    });
    await expectError(res, 415, "unsupported_media_type");
  });

  it("answers unknown routes with 404 and wrong methods with 405", async () => {
    await expectError(await call("/api/nope"), 404, "not_found");
    await expectError(await call("/definitely/not/here", { method: "DELETE" }), 404, "not_found");
    const wrong = await call("/api/chat");
    await expectError(wrong, 405, "method_not_allowed");
    expect(wrong.headers.get("Allow")).toBe("POST");
    await expectError(await call("/api/health", { method: "POST" }), 405, "method_not_allowed");
  });

  it("carries a request id in every error", async () => {
    const res = await call("/api/nope");
    const body = (await res.json()) as { error: { requestId?: string } };
    expect(body.error.requestId).toBeTruthy();
    expect(res.headers.get("X-Request-Id")).toBe(body.error.requestId);
  });
});
