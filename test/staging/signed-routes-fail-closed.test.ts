import { expect, it } from "vitest";
import { DEVELOPMENT_SIGNING_SECRET } from "../../src/config";
import { sign } from "../../src/lib/signing";
import { UPLOAD_LINK_PURPOSE } from "../../src/lib/uploads/upload-link";
import type { ManualTicketResponse } from "../../src/protocol";
import { call, expectError, newSessionId, postJson } from "../helpers/api";

// This project runs with ENVIRONMENT=staging, an admin token and no SIGNING_SECRET: the key
// published in the repository must not sign or open anything here.
const ADMIN = { Authorization: "Bearer test-admin-token" };
const UPLOAD_ID = "20261120-0123456789abcdef0123456789abcdef";

it("refuses to store a photo: 503 naming SIGNING_SECRET", async () => {
  const form = new FormData();
  form.set("sessionId", newSessionId("stg"));
  form.set(
    "file",
    new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])], "a.jpg", { type: "image/jpeg" }),
  );
  const body = await expectError(
    await call("/api/upload", { method: "POST", body: form }),
    503,
    "service_unavailable",
  );
  expect(body.error.message).toMatch(/SIGNING_SECRET/);
});

it("opens no photo link, even one signed with the development key: 503", async () => {
  const exp = Date.now() + 60_000;
  const sig = await sign(DEVELOPMENT_SIGNING_SECRET, UPLOAD_LINK_PURPOSE, UPLOAD_ID, exp);
  const body = await expectError(
    await call(`/api/upload/${UPLOAD_ID}?exp=${exp}&sig=${sig}`),
    503,
    "service_unavailable",
  );
  expect(body.error.message).toMatch(/SIGNING_SECRET/);
});

it("makes tickets without a signed link, and the ticket page answers 503 JSON, development key or not", async () => {
  const created = await postJson(
    "/api/ticket/create-manual",
    { sessionId: newSessionId("stg"), device: "notebook", problem: "no enciende" },
    ADMIN,
  );
  expect(created.status).toBe(201);
  const { ticket } = (await created.json()) as ManualTicketResponse;
  expect(ticket.url).not.toMatch(/sig=/);
  const devSig = await sign(DEVELOPMENT_SIGNING_SECRET, "ticket", ticket.id);
  for (const path of [`/ticket/${ticket.id}`, `/ticket/${ticket.id}?sig=${devSig}`]) {
    const body = await expectError(await call(path), 503, "service_unavailable");
    expect(body.error.message).toMatch(/SIGNING_SECRET/);
    expect(JSON.stringify(body)).not.toContain(ticket.id);
  }
});

it("reports degraded health, the admin view naming SIGNING_SECRET and why", async () => {
  const res = await call("/api/health", { headers: ADMIN });
  const health = (await res.json()) as {
    status: string;
    checks: Record<string, { ok: boolean; error?: string }>;
  };
  expect(health.status).toBe("degraded");
  expect(health.checks.secrets?.ok).toBe(false);
  expect(health.checks.secrets?.error).toMatch(/SIGNING_SECRET/);
  expect(health.checks.secrets?.error).toMatch(/ENVIRONMENT=staging/);
});

it("keeps the chat itself working", async () => {
  const res = await postJson("/api/chat", { sessionId: newSessionId("stg"), message: "hola" });
  expect(res.status).toBe(200);
});
