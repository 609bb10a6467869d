import { describe, expect, it } from "vitest";
import type { Ticket } from "../../../src/protocol";
import { call, expectError, newSessionId } from "../../helpers/api";
import { ADMIN, manualTicket, signedPath } from "./support";

async function page(path: string): Promise<{ res: Response; body: string }> {
  const res = await call(path);
  return { res, body: await res.text() };
}

/** A 404 in the one JSON error shape that gives nothing of the ticket away. */
async function expectNothingRevealed(path: string, ticket: Ticket) {
  const res = await call(path);
  const body = await expectError(res.clone(), 404, "not_found");
  expect(Object.keys(body)).toEqual(["error"]);
  const text = await res.text();
  for (const secret of [
    ticket.id,
    ticket.sessionId,
    ticket.name ?? "",
    ticket.problem.summary,
    ticket.device.label,
  ]) {
    expect(text).not.toContain(secret);
  }
  expect(res.headers.get("Content-Type")).not.toMatch(/html/);
}

const ticketFor = (name: string, problem = "no enciende desde ayer") =>
  manualTicket({ sessionId: newSessionId("page"), name, device: "notebook HP", problem });

describe("the technician's signed ticket page", () => {
  it("opens with the signature from ticket.url: HTML with the id and name, not cached, no referrer", async () => {
    const ticket = await ticketFor("Juan Pérez");
    const { res, body } = await page(signedPath(ticket).path);
    expect(res.status, body).toBe(200);
    expect(res.headers.get("Content-Type")).toMatch(/^text\/html/);
    expect(res.headers.get("Cache-Control")).toMatch(/\bno-store\b/);
    expect(res.headers.get("Referrer-Policy")).toBe("no-referrer");
    expect(body).toContain(ticket.id);
    expect(body).toContain("Juan Pérez");
    expect(body).toContain("notebook HP");
    expect(body).toContain("no enciende desde ayer");
    // The session id is the key to the person's data routes: the page never shows it.
    expect(body).not.toContain(ticket.sessionId);
  });

  it("keeps the line breaks of what was written: the problem and the conversation are pre-wrapped", async () => {
    const ticket = await ticketFor("Lía", "no enciende\nprobé otro cargador\nsigue igual");
    const { body } = await page(signedPath(ticket).path);
    expect(body).toMatch(/\.text,\.summary\{white-space:pre-wrap\}/);
    expect(body).toContain('<dd class="summary">no enciende\nprobé otro cargador\nsigue igual</dd>');
  });

  it("escapes what an admin typed: no raw <script>", async () => {
    const ticket = await ticketFor('<b>Eve</b> "quote" & co', "<script>alert(1)</script>");
    expect(ticket.problem.summary).toBe("<script>alert(1)</script>");
    const { res, body } = await page(signedPath(ticket).path);
    expect(res.status, body).toBe(200);
    expect(body).not.toMatch(/<script/i);
    expect(body).not.toContain("<b>Eve</b>");
    expect(body).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(body).toContain("&lt;b&gt;Eve&lt;/b&gt; &quot;quote&quot; &amp; co");
  });

  it("is a 404 that reveals nothing without a valid signature for that very ticket", async () => {
    const ticket = await ticketFor("Juan Pérez");
    const other = await ticketFor("Otra Persona");
    const { sig } = signedPath(ticket);
    const otherSig = signedPath(other).sig;
    // Same length and alphabet as a real signature, one character changed.
    const flipped = `${sig.slice(0, -1)}${sig.endsWith("A") ? "B" : "A"}`;

    const attempts = [
      `/ticket/${ticket.id}`,
      `/ticket/${ticket.id}?sig=`,
      `/ticket/${ticket.id}?sig=${flipped}`,
      `/ticket/${ticket.id}?sig=${"A".repeat(sig.length)}`,
      `/ticket/${ticket.id}?sig=not-a-signature`,
      `/ticket/${ticket.id}?token=test-admin-token`,
      `/ticket/${ticket.id}?sig=${otherSig}`,
      `/ticket/${ticket.id.toLowerCase()}?sig=${sig}`,
      `/ticket/${ticket.id}X?sig=${sig}`,
      `/ticket/not-a-ticket?sig=${sig}`,
    ];
    for (const path of attempts) await expectNothingRevealed(path, ticket);
    // The admin's bearer token does not open the page either: only the signature does.
    const withAdmin = await call(`/ticket/${ticket.id}`, { headers: ADMIN });
    await expectError(withAdmin, 404, "not_found");

    // The other ticket's own signature still opens the other ticket.
    expect((await page(signedPath(other).path)).res.status).toBe(200);
  });

  it("is a 404 once the ticket is deleted, even with its valid signature", async () => {
    const ticket = await ticketFor("Juan Pérez");
    const { path } = signedPath(ticket);
    expect((await page(path)).res.status).toBe(200);
    const deleted = await call(`/api/ticket/${ticket.id}`, { method: "DELETE", headers: ADMIN });
    expect(deleted.status).toBe(200);
    await expectNothingRevealed(path, ticket);
  });
});
