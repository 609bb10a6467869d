import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { HistoryResponse, Ticket } from "../../src/protocol";
import { call, expectError, greet, newSessionId, postJson, press, say } from "../helpers/api";
import { mirroredTranscript } from "./privacy/settle";
import { ADMIN, createManual, manualTicket } from "./tickets/support";

/**
 * Text no person means to send: lone surrogates (half an emoji) and names thousands of characters
 * long. Decided, as `unit/well-formed-text.test.ts` and `unit/understanding/name-limits.test.ts`
 * prove on the functions: each lone surrogate becomes exactly one U+FFFD when the request is read,
 * so the session object, R2 (JSON and TXT), the WhatsApp link and every answer hold the same
 * well-formed text; a name over 100 characters is a 400 `validation_failed` naming `name` on the
 * admin's manual ticket, and in the chat is not taken as a name (the flow asks again). Never a 5xx.
 */

async function history(sessionId: string): Promise<HistoryResponse> {
  const res = await call(`/api/history/${sessionId}`);
  const body = await res.text();
  expect(res.status, body).toBe(200);
  return JSON.parse(body) as HistoryResponse;
}

const count = (text: string, char: string) => text.split(char).length - 1;

describe("lone surrogates", () => {
  it("in chat messages: one U+FFFD each, in the object, the history, R2 and the ticket", async () => {
    const id = newSessionId("hostile");
    await greet(id);
    await press(id, "consent:yes");
    expect((await say(id, "soy Ana\ud800")).state).toMatchObject({ stage: "device", name: "Ana" });
    const message = "mi notebook \ud800 no prende \udfff 😀";
    const answer = await postJson("/api/chat", { sessionId: id, message });
    expect(answer.status, await answer.clone().text()).toBe(200);

    const stored = (await env.CHAT_SESSION.getByName(id).history()).messages.map((m) => m.text);
    const expected = "mi notebook \ufffd no prende \ufffd 😀";
    expect(stored).toContain(expected);
    expect((await history(id)).messages.map((m) => m.text)).toContain(expected);
    const mirrored = await mirroredTranscript(id);
    expect(mirrored.messages.map((m) => m.text)).toContain(expected);

    await press(id, "steps:persists");
    const handoff = await press(id, "technician");
    const ticketId = handoff.ticket?.id ?? "";
    const ticket = (await (await call(`/api/ticket/${ticketId}`, { headers: ADMIN })).json()) as Ticket;
    expect(ticket.transcript.map((m) => m.text)).toContain(expected);
    const txt = (await (await env.BUCKET.get(`tickets/${ticketId}.txt`))?.text()) ?? "";
    expect(txt).toContain(expected);
    // Three lone surrogates sent ("Ana\ud800" and two in the message): three U+FFFD in the text
    // file, not the three each that SQLite made of them.
    expect(count(txt, "\ufffd")).toBe(3);
  });

  it("in a manual ticket's name, device and problem: 201 with U+FFFD (was a 503), a working WhatsApp link", async () => {
    const res = await createManual({
      sessionId: newSessionId("hostile"),
      name: "Ana\ud800",
      device: "notebook \udc00",
      problem: "no enciende \ud83d",
    });
    const body = await res.text();
    expect(res.status, body).toBe(201);
    const { ticket } = JSON.parse(body) as { ticket: Ticket };
    expect(ticket.name).toBe("Ana\ufffd");
    expect(ticket.device.label).toBe("notebook \ufffd");
    expect(ticket.problem.summary).toBe("no enciende \ufffd");
    expect(decodeURIComponent(new URL(ticket.whatsapp.link).searchParams.get("text") ?? "")).toContain(
      "no enciende \ufffd",
    );
  });

  it("as the whole message, at the greeting stage and as an action: 200 and 400, never a 5xx", async () => {
    const id = newSessionId("hostile");
    await greet(id);
    expect((await postJson("/api/chat", { sessionId: id, message: "\ud800" })).status).toBe(200);
    await expectError(
      await postJson("/api/chat", { sessionId: id, action: "\ud800" }),
      400,
      "validation_failed",
    );
    const raw = await postJson("/api/chat", `{"sessionId":"${id}","message":"\\udfff\\ud800"}`);
    expect(raw.status).toBe(200);
  });
});

describe("2,000-character names", () => {
  const long = (n: number) => `Ana ${"a".repeat(n)}`;

  it("an admin's manual ticket refuses a name over 100 characters with a 400 naming it", async () => {
    for (const name of [long(2000), long(97), "A".repeat(101)]) {
      const body = await expectError(
        await createManual({
          sessionId: newSessionId("hostile"),
          name,
          device: "notebook",
          problem: "no enciende",
        }),
        400,
        "validation_failed",
      );
      expect(body.error.message).toMatch(/^name/);
    }
    const atLimit = "A".repeat(100);
    const ticket = await manualTicket({
      sessionId: newSessionId("hostile"),
      name: atLimit,
      device: "pc",
      problem: "x",
    });
    expect(ticket.name).toBe(atLimit);
  });

  it("in the chat a 2,000-character name is not taken: the name is asked again, nothing stored as a name", async () => {
    for (const text of [`${"Ana"}${"\u0301".repeat(1990)}`, `${"Ana"}${"\u0301".repeat(500)}`]) {
      const id = newSessionId("hostile");
      await greet(id);
      await press(id, "consent:yes");
      const answer = await say(id, text);
      expect(answer.state.stage).toBe("name");
      expect(answer.state.name).toBeUndefined();
      expect(answer.reply.length).toBeLessThan(500);
    }
    const id = newSessionId("hostile");
    await greet(id);
    await press(id, "consent:yes");
    const embedded = await say(id, `soy ${"Ana"}${"\u0301".repeat(1960)}, mi notebook no prende`);
    expect(embedded.state.name).toBeUndefined();
    expect(embedded.state.stage).not.toBe("consent");
  });
});
