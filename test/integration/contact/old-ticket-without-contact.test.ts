import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { Ticket } from "../../../src/protocol";
import { call, newSessionId } from "../../helpers/api";
import { manualTicket, signedPath } from "../tickets/support";
import { ADMIN, hrefs } from "./support";

/** A ticket stored by the release before the contact question: the same JSON without `contact`. */
async function storedWithout(change: (json: Record<string, unknown>) => void): Promise<Ticket> {
  const sessionId = newSessionId("old");
  const ticket = await manualTicket({
    sessionId,
    name: "Ana",
    device: "notebook HP",
    problem: "no enciende",
  });
  const json = JSON.parse(JSON.stringify(ticket)) as Record<string, unknown>;
  change(json);
  await env.BUCKET.put(`tickets/${ticket.id}.json`, JSON.stringify(json));
  return ticket;
}

describe("a ticket stored before tickets had a contact", () => {
  it("reads with no contact through the admin route, the page and the listing", async () => {
    const ticket = await storedWithout((json) => {
      delete json.contact;
    });
    const res = await call(`/api/ticket/${ticket.id}`, { headers: ADMIN });
    const read = (await res.json()) as Ticket;
    expect(res.status).toBe(200);
    expect(read.contact).toBeNull();
    expect(read.name).toBe("Ana");

    const page = await call(signedPath(ticket).path);
    const body = await page.text();
    expect(page.status, body).toBe(200);
    expect(body).toContain(ticket.id);
    // No customer's phone: the page keeps the one WhatsApp link it always had.
    expect(hrefs(body).filter((href) => href.startsWith("https://wa.me/"))).toEqual([ticket.whatsapp.link]);

    const list = await call("/api/tickets?limit=100", { headers: ADMIN });
    expect(list.status).toBe(200);
  });

  it("reads a contact that is not an object (another version's shape) as no contact, not a 500", async () => {
    const ticket = await storedWithout((json) => {
      json.contact = "+54 9 341 555-1234";
    });
    const res = await call(`/api/ticket/${ticket.id}`, { headers: ADMIN });
    expect(res.status).toBe(200);
    expect(((await res.json()) as Ticket).contact).toBeNull();
  });

  it("keeps fields a newer version added to the contact when read", async () => {
    const ticket = await storedWithout((json) => {
      json.contact = { phone: "+5493415551234", preferred: "whatsapp" };
    });
    const read = (await (await call(`/api/ticket/${ticket.id}`, { headers: ADMIN })).json()) as Ticket;
    expect(read.contact).toEqual({ phone: "+5493415551234", preferred: "whatsapp" });
  });
});
