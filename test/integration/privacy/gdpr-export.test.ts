import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { MyDataResponse, Ticket } from "../../../src/protocol";
import { call, expectError, greet, newSessionId, press, say } from "../../helpers/api";
import { indexedSession, mirroredTranscript } from "./settle";

type MyData = MyDataResponse;

/** A conversation that ends in a ticket, with its deferred writes (R2 transcript, D1 index) settled. */
async function conversationWithTicket(name: string) {
  const id = newSessionId();
  await greet(id);
  await say(id, `soy ${name}, mi notebook no prende`);
  const handoff = await press(id, "technician");
  const ticketId = handoff.ticket?.id;
  if (!ticketId) throw new Error(`no ticket in ${JSON.stringify(handoff)}`);
  const transcript = await mirroredTranscript(id);
  const index = await indexedSession(id, (row) => row.stage === handoff.state.stage);
  return { id, ticketId, transcript, index };
}

async function myData(sessionId: string): Promise<MyData> {
  const res = await call(`/api/gdpr/my-data/${sessionId}`);
  const body = await res.text();
  expect(res.status, body).toBe(200);
  expect(res.headers.get("Cache-Control")).toBe("no-store");
  return JSON.parse(body) as MyData;
}

describe("GET /api/gdpr/my-data/:sessionId", () => {
  it("returns the conversation, transcript, index row and tickets to whoever holds the session id", async () => {
    const ana = await conversationWithTicket("Ana");
    const other = await conversationWithTicket("Beto");

    // No admin token: the session id is the capability.
    const data = await myData(ana.id);
    expect(data.sessionId).toBe(ana.id);
    expect(new Date(data.exportedAt).toISOString()).toBe(data.exportedAt);
    expect(data.uploads).toEqual([]);

    const history = await env.CHAT_SESSION.getByName(ana.id).history();
    expect(history.messages).toHaveLength(5);
    expect(data.conversation).toEqual({
      sessionId: ana.id,
      createdAt: history.messages[0]?.createdAt,
      lastActivityAt: history.messages.at(-1)?.createdAt,
      state: history.state,
      messages: history.messages,
      ticketId: ana.ticketId,
    });
    expect(data.conversation.state).toMatchObject({
      stage: "escalation",
      name: "Ana",
      device: "notebook",
      problem: "no_power",
    });
    // The person's own words, as they typed them.
    expect(data.conversation.messages[1]).toMatchObject({
      role: "user",
      text: "soy Ana, mi notebook no prende",
    });

    expect(data.transcript).toEqual(ana.transcript);
    expect(data.sessionIndex).toEqual(ana.index);
    expect(data.sessionIndex).toMatchObject({ id: ana.id, stage: "escalation", device: "notebook" });

    expect(data.tickets).toHaveLength(1);
    const ticket = data.tickets[0];
    const stored = await env.BUCKET.get(`tickets/${ana.ticketId}.json`);
    expect(ticket).toEqual(await stored?.json<Ticket>());
    expect(ticket).toMatchObject({ id: ana.ticketId, sessionId: ana.id, name: "Ana", source: "chat" });

    // Nothing of the other person's session leaks into this export.
    const text = JSON.stringify(data);
    expect(text).not.toContain(other.id);
    expect(text).not.toContain(other.ticketId);
    expect(text).not.toContain("Beto");
  });

  it("answers 404 for a session with nothing stored", async () => {
    await expectError(await call(`/api/gdpr/my-data/${newSessionId()}`), 404, "not_found");
  });

  it("answers 400 for a malformed session id", async () => {
    for (const bad of ["a%20b", "x".repeat(65), "id;drop"]) {
      const body = await expectError(await call(`/api/gdpr/my-data/${bad}`), 400, "validation_failed");
      expect(body.error.message).toMatch(/sessionId/);
    }
  });
});
