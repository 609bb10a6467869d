import { env } from "cloudflare:workers";
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from "vitest";
import type { Ticket } from "../../../src/lib/tickets/ticket";
import { call, expectError, newSessionId } from "../../helpers/api";
import { ADMIN, createManual, manualTicket, signedPath } from "./support";

/**
 * A ticket object in R2 that this version did not write (hand-edited, truncated, another shape) is
 * parsed, not trusted: every read answers the one 500 shape, logs which ticket and which fields,
 * and gives nothing of the stored text away. A missing ticket stays a 404 (ticket-list-and-delete).
 */

let errors: MockInstance;
const logged = () => errors.mock.calls.map((args) => args.map(String).join(" "));

beforeEach(() => {
  errors = vi.spyOn(console, "error").mockImplementation(() => {});
});

afterEach(() => {
  vi.restoreAllMocks();
});

const MARKER = "stored-marker-7f3a";

async function ticketStoredAs(body: string): Promise<{ ticket: Ticket; sessionId: string }> {
  const sessionId = newSessionId("malformed");
  const ticket = await manualTicket({
    sessionId,
    name: "Ana",
    device: "notebook HP",
    problem: "no enciende",
  });
  await env.BUCKET.put(`tickets/${ticket.id}.json`, body);
  return { ticket, sessionId };
}

async function expectInternalError(res: Response, ticketId: string) {
  const text = await res.clone().text();
  await expectError(res, 500, "internal");
  expect(text).not.toContain(MARKER);
  expect(text).not.toMatch(/malformed|at .+\.ts/);
  expect(logged().some((line) => line.includes(ticketId) && line.includes("malformed"))).toBe(true);
}

describe("a malformed ticket object in R2", () => {
  it("that is not JSON: the admin read and the signed page answer 500, the session's ticket call 503", async () => {
    const { ticket, sessionId } = await ticketStoredAs(`{"id": "${MARKER}"`);
    await expectInternalError(await call(`/api/ticket/${ticket.id}`, { headers: ADMIN }), ticket.id);
    await expectInternalError(await call(signedPath(ticket).path), ticket.id);
    const again = await createManual({ sessionId, device: "notebook HP", problem: "no enciende" });
    await expectError(again, 503, "service_unavailable");
  });

  it("that is JSON of another shape: refused the same way instead of served", async () => {
    const { ticket, sessionId } = await ticketStoredAs(JSON.stringify({ id: MARKER, device: 3 }));
    await expectInternalError(await call(`/api/ticket/${ticket.id}`, { headers: ADMIN }), ticket.id);
    await expectInternalError(await call(signedPath(ticket).path), ticket.id);
    const again = await createManual({ sessionId, device: "notebook HP", problem: "no enciende" });
    await expectError(again, 503, "service_unavailable");
  });

  it("that only has a field this version does not know: served, with that field kept", async () => {
    const sessionId = newSessionId("newer");
    const ticket = await manualTicket({ sessionId, device: "notebook HP", problem: "no enciende" });
    const newer = { ...ticket, assignedTo: "tech-1" };
    await env.BUCKET.put(`tickets/${ticket.id}.json`, JSON.stringify(newer));
    const res = await call(`/api/ticket/${ticket.id}`, { headers: ADMIN });
    const text = await res.text();
    expect(res.status, text).toBe(200);
    expect(JSON.parse(text)).toEqual(newer);
  });

  it("whose device or problem id a newer version added: served, the id unknown and the label kept", async () => {
    const sessionId = newSessionId("newer-id");
    const ticket = await manualTicket({ sessionId, device: "notebook HP", problem: "no enciende" });
    const newer = {
      ...ticket,
      device: { id: "smartwatch", label: "Reloj" },
      problem: { id: "overheating", summary: "Se calienta" },
    };
    await env.BUCKET.put(`tickets/${ticket.id}.json`, JSON.stringify(newer));
    const res = await call(`/api/ticket/${ticket.id}`, { headers: ADMIN });
    const text = await res.text();
    expect(res.status, text).toBe(200);
    expect(JSON.parse(text)).toEqual({
      ...newer,
      device: { id: null, label: "Reloj" },
      problem: { id: null, summary: "Se calienta" },
    });
  });
});
