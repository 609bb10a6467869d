import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { Ticket } from "../../../src/protocol";
import { call, newSessionId } from "../../helpers/api";
import { ADMIN, type ManualTicketResponse, TICKET_ID, ticketRows } from "./support";

/** docs/api.md: the runbook's call, byte for byte apart from the host and the session id. */
function runbookCall(body: string): Promise<Response> {
  return call("/api/ticket/create-manual", {
    method: "POST",
    headers: { Authorization: "Bearer test-admin-token", "Content-Type": "application/json" },
    body,
  });
}

async function created(res: Response): Promise<Ticket> {
  const text = await res.text();
  expect(res.status, text).toBe(201);
  expect(res.headers.get("Content-Type")).toMatch(/application\/json/);
  const body = JSON.parse(text) as ManualTicketResponse;
  expect(body.created).toBe(true);
  expect(body.ticket.id).toMatch(TICKET_ID);
  return body.ticket;
}

describe("the runbook's manual ticket call", () => {
  it("works exactly as written, placeholders and all", async () => {
    const sid = newSessionId("rb");
    const ticket = await created(
      await runbookCall(
        `{"sessionId":"${sid}","name":"<user-name>","device":"<device>","problem":"<problem-description>"}`,
      ),
    );
    expect(ticket).toMatchObject({
      sessionId: sid,
      source: "manual",
      status: "open",
      language: "es",
      name: "<user-name>",
      device: { label: "<device>" },
      problem: { summary: "<problem-description>" },
      stepsTried: [],
      transcript: [],
      attachments: [],
    });
    const rows = await ticketRows(sid);
    expect(rows).toHaveLength(1);
    // The workflow's status (the desk): a new ticket is "new".
    expect(rows[0]).toMatchObject({ id: ticket.id, source: "manual", status: "new" });
  });

  it("with real values: detects device and problem, defaults to Spanish, stores JSON, TXT and a D1 row", async () => {
    const sid = newSessionId("rb");
    const ticket = await created(
      await runbookCall(
        JSON.stringify({
          sessionId: sid,
          name: "Juan Pérez",
          device: "notebook HP",
          problem: "no enciende desde ayer",
        }),
      ),
    );
    expect(ticket).toMatchObject({
      sessionId: sid,
      source: "manual",
      status: "open",
      language: "es",
      name: "Juan Pérez",
      // The admin's free text is kept as written; the ids are detected from it.
      device: { id: "notebook", label: "notebook HP" },
      problem: { id: "no_power", summary: "no enciende desde ayer" },
    });
    expect(ticket.url).toMatch(new RegExp(`^http://chat\\.test/ticket/${ticket.id}\\?sig=[A-Za-z0-9_-]+$`));
    expect(ticket.whatsapp.link).toMatch(/^https:\/\/wa\.me\/5493415550000\?text=/);
    expect(ticket.whatsapp.message).toContain("Juan Pérez");
    expect(ticket.whatsapp.message).toContain(ticket.id);

    const json = await env.BUCKET.get(`tickets/${ticket.id}.json`);
    const txt = await env.BUCKET.get(`tickets/${ticket.id}.txt`);
    expect(json?.httpMetadata?.contentType).toBe("application/json; charset=utf-8");
    expect(txt?.httpMetadata?.contentType).toBe("text/plain; charset=utf-8");
    expect(json?.customMetadata).toEqual({ sessionId: sid, createdAt: ticket.createdAt });
    expect(await json?.json<Ticket>()).toEqual(ticket);
    const text = (await txt?.text()) ?? "";
    expect(text).toContain(`TICKET DE SOPORTE ${ticket.id} — Juan Pérez`);
    expect(text).toContain("Equipo: notebook HP");
    expect(text).toContain("no enciende desde ayer");

    const rows = await ticketRows(sid);
    expect(rows).toEqual([
      {
        id: ticket.id,
        session_id: sid,
        created_at: Date.parse(ticket.createdAt),
        updated_at: Date.parse(ticket.createdAt),
        status: "new",
        source: "manual",
        language: "es",
        device: "notebook",
        problem: "no_power",
        has_name: 1,
        anonymised_at: null,
        assignee_id: null,
        customer_name: "Juan Pérez",
      },
    ]);

    // The admin read of the same ticket answers what R2 holds.
    const read = await call(`/api/ticket/${ticket.id}`, { headers: ADMIN });
    expect(read.status).toBe(200);
    expect(await read.json()).toEqual(ticket);
  });
});

describe("personal data typed by an admin", () => {
  it("is masked in the ticket's device text as well as its problem", async () => {
    const res = await call("/api/ticket/create-manual", {
      method: "POST",
      headers: { Authorization: "Bearer test-admin-token", "Content-Type": "application/json" },
      body: JSON.stringify({
        sessionId: newSessionId("mask"),
        device: "notebook de Ana, cel 341 555-1234",
        problem: "no prende, llamar al 341 555-1234",
      }),
    });
    expect(res.status).toBe(201);
    const { ticket } = (await res.json()) as { ticket: Ticket };
    expect(ticket.device.label).toBe("notebook de Ana, cel [phone]");
    expect(ticket.problem.summary).toBe("no prende, llamar al [phone]");
    expect(JSON.stringify(ticket)).not.toContain("555-1234");
  });
});
