import { runDurableObjectAlarm } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type {
  ErasureResponse as ErasureSummary,
  ConversationExport as SessionExport,
  Ticket,
} from "../../../src/protocol";
import { call, expectError, greet, newSessionId, press, say } from "../../helpers/api";
import { indexedSession, mirroredTranscript, transcriptKey } from "./settle";

interface TicketRow {
  id: string;
  session_id: string | null;
  device: string | null;
  problem: string | null;
  has_name: number;
  anonymised_at: number | null;
}

/** Words only the person typed: none of them may survive the erasure anywhere. */
const FREE_TEXT = "soy Ana, mi notebook no prende desde el martes, escribime a ana.lopez@gmail.com";
const NAME = /\bAna\b/;
const THEIR_WORDS = ["desde el martes", "ana.lopez", "escribime"];

async function eraseMe(sessionId: string): Promise<ErasureSummary> {
  const res = await call(`/api/gdpr/delete-me/${sessionId}`, { method: "DELETE" });
  const body = await res.text();
  expect(res.status, body).toBe(200);
  return JSON.parse(body) as ErasureSummary;
}

const ticketRow = (id: string) =>
  env.DB.prepare("SELECT * FROM tickets WHERE id = ?").bind(id).first<TicketRow>();

describe("DELETE /api/gdpr/delete-me/:sessionId", () => {
  it("erases the conversation everywhere and anonymises the ticket, keeping only its ids", async () => {
    const id = newSessionId();
    await greet(id);
    await say(id, FREE_TEXT);
    const handoff = await press(id, "technician");
    const ticketId = handoff.ticket?.id ?? "";
    expect(ticketId).toMatch(/^STI-\d{8}-\w{6}$/);
    // Everything the erasure must remove exists first (the deferred writes have landed).
    await mirroredTranscript(id);
    await indexedSession(id, (row) => row.stage === "escalation");
    const stub = env.CHAT_SESSION.getByName(id);
    const before = await stub.history();
    expect(before.messages).toHaveLength(5);
    const ticketJson = await (await env.BUCKET.get(`tickets/${ticketId}.json`))?.text();
    expect(ticketJson).toMatch(NAME);
    expect(ticketJson).toContain("desde el martes");
    expect(await ticketRow(ticketId)).toMatchObject({ has_name: 1, anonymised_at: null });

    const summary = await eraseMe(id);
    expect(summary).toEqual({
      sessionId: id,
      erasedAt: expect.any(String),
      messagesDeleted: 5,
      transcriptDeleted: true,
      sessionIndexDeleted: true,
      ticketsAnonymised: [ticketId],
      uploadsDeleted: 0,
    });
    const erasedAt = Date.parse(summary.erasedAt);

    // The session object: no messages, no state, no ticket reference.
    const after = await stub.history();
    expect(after).toEqual({ state: null, messages: [] });
    const exported: SessionExport = await stub.exportData();
    expect(exported).toEqual({
      sessionId: null,
      createdAt: null,
      lastActivityAt: null,
      state: null,
      messages: [],
      ticketId: null,
    });
    // R2 transcript gone, and no pending alarm can write it back.
    expect(await env.BUCKET.head(transcriptKey(id))).toBeNull();
    expect(await runDurableObjectAlarm(stub)).toBe(false);
    expect(await env.BUCKET.head(transcriptKey(id))).toBeNull();
    // D1 session index row gone.
    expect(await env.DB.prepare("SELECT id FROM sessions WHERE id = ?").bind(id).first()).toBeNull();

    // The ticket stays, anonymised: ids, dates, device and problem ids, generic steps.
    const jsonText = (await (await env.BUCKET.get(`tickets/${ticketId}.json`))?.text()) ?? "";
    const txt = (await (await env.BUCKET.get(`tickets/${ticketId}.txt`))?.text()) ?? "";
    const ticket = JSON.parse(jsonText) as Ticket;
    expect(ticket).toMatchObject({
      id: ticketId,
      sessionId: "[erased]",
      name: null,
      device: { id: "notebook" },
      problem: { id: "no_power", summary: "[erased]" },
      transcript: [],
      attachments: [],
    });
    expect(ticket.whatsapp.message).toBe("");
    expect(txt).toContain(`TICKET DE SOPORTE ${ticketId}`);
    expect(txt).toContain("(no indicado)");
    for (const body of [jsonText, txt]) {
      expect(body).not.toMatch(NAME);
      for (const words of THEIR_WORDS) expect(body).not.toContain(words);
      expect(body).not.toContain("[email]");
    }
    const row = await ticketRow(ticketId);
    expect(row).toMatchObject({
      id: ticketId,
      session_id: null,
      device: "notebook",
      problem: "no_power",
      has_name: 0,
      anonymised_at: erasedAt,
    });

    // The anonymised ticket is unlinked from the session id, so the export finds nothing left.
    await expectError(await call(`/api/gdpr/my-data/${id}`), 404, "not_found");

    // The same session id starts afresh.
    const fresh = await greet(id);
    expect(fresh.state).toEqual({ stage: "consent", language: "es" });
    expect((await stub.history()).messages).toHaveLength(1);

    // ...and a new hand-off makes a new ticket instead of overwriting the anonymised one.
    await say(id, "soy Beatriz, mi impresora no imprime");
    const second = await press(id, "technician");
    expect(second.ticket?.id).toBeDefined();
    expect(second.ticket?.id).not.toBe(ticketId);
    expect(await ticketRow(ticketId)).toMatchObject({ session_id: null, has_name: 0, device: "notebook" });
    const old = JSON.parse(
      (await (await env.BUCKET.get(`tickets/${ticketId}.json`))?.text()) ?? "{}",
    ) as Ticket;
    expect(old.name).toBeNull();
  });

  it("leaves no transcript behind when erased right after a turn, its mirror write still scheduled", async () => {
    const id = newSessionId();
    await greet(id);
    await say(id, FREE_TEXT);
    const summary = await eraseMe(id);
    expect(summary).toMatchObject({ messagesDeleted: 3, ticketsAnonymised: [] });
    const stub = env.CHAT_SESSION.getByName(id);
    // deleteAll() removed the scheduled mirror alarm (or it already ran and erase() deleted its object):
    // either way nothing is left to run and nothing is written back.
    expect(await runDurableObjectAlarm(stub)).toBe(false);
    expect(await env.BUCKET.head(transcriptKey(id))).toBeNull();
    expect(await stub.history()).toEqual({ state: null, messages: [] });
    await expectError(await call(`/api/gdpr/my-data/${id}`), 404, "not_found");
  });

  it("answers for a session with nothing stored, and 400 for a malformed id", async () => {
    const id = newSessionId();
    expect(await eraseMe(id)).toMatchObject({
      sessionId: id,
      messagesDeleted: 0,
      sessionIndexDeleted: false,
      ticketsAnonymised: [],
    });
    for (const bad of ["a%20b", "x".repeat(65)]) {
      await expectError(
        await call(`/api/gdpr/delete-me/${bad}`, { method: "DELETE" }),
        400,
        "validation_failed",
      );
    }
  });
});
