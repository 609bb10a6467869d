import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { Transcript } from "../../../src/lib/transcript";
import { call, expectError, greet, newSessionId, press, say } from "../../helpers/api";
import { ADMIN, ADMIN_TOKEN, mirroredTranscript, transcriptKey } from "./settle";

const PERSONAL =
  "soy Ana, mi notebook no prende. Mi mail es ana.lopez@gmail.com, mi cel +54 9 341 555-1234 y mi DNI 30.123.456";
const PERSONAL_MASKED = "soy Ana, mi notebook no prende. Mi mail es [email], mi cel [phone] y mi DNI [dni]";
const RAW = ["ana.lopez@gmail.com", "555-1234", "30.123.456"];
const TEXT_LINE = /^\[(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)\] (user|assistant): (.*)$/;

async function transcriptJson(
  sessionId: string,
  init: RequestInit = { headers: ADMIN },
): Promise<Transcript> {
  const res = await call(`/api/transcript-json/${sessionId}`, init);
  const body = await res.text();
  expect(res.status, body).toBe(200);
  expect(res.headers.get("Content-Type")).toMatch(/application\/json/);
  return JSON.parse(body) as Transcript;
}

async function transcriptText(sessionId: string, init: RequestInit = { headers: ADMIN }): Promise<string> {
  const res = await call(`/api/transcript/${sessionId}`, init);
  const body = await res.text();
  expect(res.status, body).toBe(200);
  expect(res.headers.get("Content-Type")).toMatch(/^text\/plain/);
  return body;
}

/** What the session object stores, as the transcript should show it (personal data masked). */
async function expectedMessages(sessionId: string, maskedUserTexts: Record<string, string>) {
  const { state, messages } = await env.CHAT_SESSION.getByName(sessionId).history();
  return {
    state,
    messages: messages.map((m) => ({
      role: m.role,
      text: m.role === "user" ? (maskedUserTexts[m.text] ?? m.text) : m.text,
      at: m.createdAt,
    })),
  };
}

function messageLines(text: string): string[] {
  return text.split("\n").filter((line) => TEXT_LINE.test(line));
}

describe("admin transcript routes", () => {
  it("serve every message in order, personal data masked, as JSON and text, in step with R2", async () => {
    const id = newSessionId();
    await greet(id);
    await say(id, PERSONAL);
    await press(id, "steps:persists");

    const stored = await mirroredTranscript(id);
    const live = await expectedMessages(id, { [PERSONAL]: PERSONAL_MASKED });
    expect(live.messages).toHaveLength(5);
    expect(stored).toEqual({ sessionId: id, updatedAt: expect.any(String), ...live });
    expect(new Date(stored.updatedAt).toISOString()).toBe(stored.updatedAt);
    const object = await env.BUCKET.head(transcriptKey(id));
    expect(object?.httpMetadata?.contentType).toMatch(/^application\/json/);

    const json = await transcriptJson(id);
    // The route reads the live session (always current); the R2 mirror holds the same messages.
    expect({ ...json, updatedAt: stored.updatedAt }).toEqual(stored);
    expect(Object.keys(json).sort()).toEqual(["messages", "sessionId", "state", "updatedAt"]);
    for (const m of json.messages) expect(Object.keys(m).sort()).toEqual(["at", "role", "text"]);
    expect(json.messages.map((m) => m.role)).toEqual(["assistant", "user", "assistant", "user", "assistant"]);
    expect(json.messages[1]?.text).toBe(PERSONAL_MASKED);
    const ats = json.messages.map((m) => m.at);
    expect(ats).toEqual([...ats].sort((a, b) => a - b));

    const text = await transcriptText(id);
    expect(text).toContain(`Session: ${id}`);
    const lines = messageLines(text);
    expect(lines).toHaveLength(json.messages.length);
    lines.forEach((line, i) => {
      const m = json.messages[i];
      expect(line).toBe(
        `[${new Date(m?.at ?? 0).toISOString()}] ${m?.role}: ${m?.text.replaceAll("\n", " / ")}`,
      );
    });
    for (const body of [JSON.stringify(json), text]) {
      for (const masked of ["[email]", "[phone]", "[dni]"]) expect(body).toContain(masked);
      for (const raw of RAW) expect(body).not.toContain(raw);
    }

    // More turns: the R2 object catches up with them, and the routes serve the new messages.
    const later = "sigue igual, mejor llamame al 011 4567-8901";
    await say(id, later);
    const updated = await mirroredTranscript(id);
    const liveNow = await expectedMessages(id, {
      [PERSONAL]: PERSONAL_MASKED,
      [later]: "sigue igual, mejor llamame al [phone]",
    });
    expect(updated.messages).toHaveLength(7);
    expect(updated).toEqual({ sessionId: id, updatedAt: expect.any(String), ...liveNow });
    expect(updated.messages.slice(0, 5)).toEqual(stored.messages);
    expect({ ...(await transcriptJson(id)), updatedAt: updated.updatedAt }).toEqual(updated);
    const textNow = await transcriptText(id);
    expect(messageLines(textNow)).toHaveLength(7);
    expect(textNow).toContain("user: sigue igual, mejor llamame al [phone]");
    expect(textNow).not.toContain("4567-8901");
  });

  it("refuse the token as ?token= (only the live log stream takes it)", async () => {
    const id = newSessionId();
    await greet(id);
    await say(id, "mi notebook no prende");
    await mirroredTranscript(id);
    for (const route of ["transcript-json", "transcript"]) {
      const body = await expectError(
        await call(`/api/${route}/${id}?token=${ADMIN_TOKEN}`),
        401,
        "unauthorized",
      );
      expect(body.error.message).toMatch(/Authorization: Bearer/);
    }
  });

  it("answer 404 for a session that never talked", async () => {
    const id = newSessionId();
    for (const route of ["transcript-json", "transcript"]) {
      await expectError(await call(`/api/${route}/${id}`, { headers: ADMIN }), 404, "not_found");
    }
    expect(await env.BUCKET.head(transcriptKey(id))).toBeNull();
  });

  it("answer 400 for a malformed session id", async () => {
    for (const route of ["transcript-json", "transcript"]) {
      for (const bad of ["a%20b", "..%2Fetc", "x".repeat(65), "id;drop"]) {
        const body = await expectError(
          await call(`/api/${route}/${bad}`, { headers: ADMIN }),
          400,
          "validation_failed",
        );
        expect(body.error.message).toMatch(/sessionId/);
      }
    }
  });

  it("answer 401 without a token or with a wrong one, revealing nothing", async () => {
    const id = newSessionId();
    await greet(id);
    await say(id, PERSONAL);
    await mirroredTranscript(id);
    const attempts: RequestInit[] = [
      {},
      { headers: { Authorization: "Bearer wrong-token" } },
      { headers: { Authorization: `Basic ${ADMIN_TOKEN}` } },
      { headers: { Authorization: `Bearer ${ADMIN_TOKEN}x` } },
    ];
    for (const route of ["transcript-json", "transcript"]) {
      for (const init of attempts) {
        const res = await call(`/api/${route}/${id}`, init);
        expect(res.headers.get("WWW-Authenticate")).toMatch(/^Bearer/);
        const body = await expectError(res, 401, "unauthorized");
        expect(JSON.stringify(body)).not.toContain("Ana");
      }
      await expectError(await call(`/api/${route}/${id}?token=wrong-token`), 401, "unauthorized");
      // A presented (wrong) Bearer token wins over a right ?token=.
      await expectError(
        await call(`/api/${route}/${id}?token=${ADMIN_TOKEN}`, {
          headers: { Authorization: "Bearer wrong-token" },
        }),
        401,
        "unauthorized",
      );
    }
  });
});
