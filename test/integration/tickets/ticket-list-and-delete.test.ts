import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { Ticket } from "../../../src/protocol";
import { call, expectError, greet, newSessionId, press, say } from "../../helpers/api";
import {
  ADMIN,
  listTickets,
  manualTicket,
  type TicketListItem,
  ticketRowById,
  ticketRows,
  utcDay,
} from "./support";

const DAY_MS = 86_400_000;

/** Five tickets for five new sessions, made at once (so some may share a millisecond). */
async function fiveTickets(): Promise<Ticket[]> {
  return Promise.all(
    ["notebook", "impresora", "celular", "pc de escritorio", "router"].map((device, i) =>
      manualTicket({ sessionId: newSessionId("list"), name: `Cliente ${i}`, device, problem: "no enciende" }),
    ),
  );
}

/** Newest first; the same millisecond is ordered by id, descending. */
const newestFirst = (a: { createdAt: string; id: string }, b: { createdAt: string; id: string }) =>
  Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

async function allPages(limit: number, extra = ""): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const query: string = `?limit=${limit}${extra}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
    const page = await listTickets(query);
    pages++;
    expect(page.tickets.length).toBeLessThanOrEqual(limit);
    ids.push(...page.tickets.map((t) => t.id));
    cursor = page.nextCursor;
    expect(pages).toBeLessThan(100);
  } while (cursor);
  return { ids, pages };
}

describe("GET /api/tickets", () => {
  it("lists every ticket newest first, with the index fields", async () => {
    const made = await fiveTickets();
    const { tickets, nextCursor } = await listTickets("?limit=100");
    expect(nextCursor).toBeNull();
    expect([...tickets].sort(newestFirst)).toEqual(tickets);
    const ids = tickets.map((t) => t.id);
    for (const t of made) expect(ids).toContain(t.id);
    const first = made[0] as Ticket;
    expect(tickets.find((t) => t.id === first.id)).toEqual({
      id: first.id,
      sessionId: first.sessionId,
      createdAt: first.createdAt,
      // The workflow's status (the desk); `?status=open` still finds it (anything not closed).
      status: "new",
      source: "manual",
      language: "es",
      device: "notebook",
      problem: "no_power",
      anonymised: false,
    } satisfies TicketListItem);
    // The default page size is 20.
    expect((await listTickets("")).tickets.length).toBe(Math.min(20, tickets.length));
  });

  it("pages with limit + nextCursor without duplicates or gaps", async () => {
    await fiveTickets();
    const full = (await listTickets("?limit=100")).tickets.map((t) => t.id);
    expect(full.length).toBeGreaterThanOrEqual(5);
    for (const limit of [1, 2, 3]) {
      const { ids, pages } = await allPages(limit);
      expect(ids).toEqual(full);
      expect(new Set(ids).size).toBe(ids.length);
      expect(pages).toBe(Math.ceil(full.length / limit));
    }
    const firstPage = await listTickets("?limit=2");
    expect(firstPage.tickets).toHaveLength(2);
    expect(firstPage.nextCursor).toMatch(/^\d+_STI-\d{8}-[A-Z0-9]{6}$/);
    // An exact fit ends with no cursor.
    expect((await listTickets(`?limit=${full.length}`)).nextCursor).toBeNull();
  });

  it("filters by status and by from/to dates", async () => {
    const made = await fiveTickets();
    const ids = made.map((t) => t.id);
    const all = (await listTickets("?limit=100")).tickets.map((t) => t.id);

    const open = (await listTickets("?status=open&limit=100")).tickets;
    expect(open.map((t) => t.id)).toEqual(all);
    expect((await listTickets("?status=closed&limit=100")).tickets).toEqual([]);

    // No route closes a ticket yet; mark one closed in the real D1 index to see the filter work.
    const closed = made[2] as Ticket;
    await env.DB.prepare("UPDATE tickets SET status = 'closed' WHERE id = ?").bind(closed.id).run();
    const onlyClosed = (await listTickets("?status=closed&limit=100")).tickets;
    expect(onlyClosed.map((t) => t.id)).toEqual([closed.id]);
    expect(onlyClosed[0]?.status).toBe("closed");
    const stillOpen = (await listTickets("?status=open&limit=100")).tickets.map((t) => t.id);
    expect(stillOpen).toEqual(all.filter((id) => id !== closed.id));

    const days = [...new Set(made.map((t) => utcDay(t.createdAt)))].sort();
    const firstDay = days[0] as string;
    const lastDay = days.at(-1) as string;
    const dayBefore = utcDay(Date.parse(`${firstDay}T00:00:00Z`) - DAY_MS);
    const dayAfter = utcDay(Date.parse(`${lastDay}T00:00:00Z`) + DAY_MS);

    const inRange = async (query: string) =>
      (await listTickets(`?limit=100&${query}`)).tickets.map((t) => t.id).filter((id) => ids.includes(id));
    expect(await inRange(`to=${dayBefore}`)).toEqual([]);
    expect(await inRange(`from=${dayAfter}`)).toEqual([]);
    expect((await inRange(`from=${firstDay}`)).sort()).toEqual([...ids].sort());
    expect((await inRange(`to=${lastDay}`)).sort()).toEqual([...ids].sort());
    expect((await inRange(`from=${firstDay}&to=${lastDay}`)).sort()).toEqual([...ids].sort());
    expect((await inRange(`from=${firstDay}&to=${lastDay}&status=closed`)).sort()).toEqual([closed.id]);
  });

  it.each([
    ["limit=0"],
    ["limit=101"],
    ["limit=abc"],
    ["from=2026/01/01"],
    ["from=2026-13-01"],
    ["to=2026-02-31"],
    ["to=01-01-2026"],
    ["cursor=garbage"],
    ["status=pending"],
  ])("rejects ?%s with 400 validation_failed", async (query) => {
    const res = await call(`/api/tickets?${query}`, { headers: ADMIN });
    await expectError(res, 400, "validation_failed");
  });
});

describe("GET and DELETE /api/ticket/:id", () => {
  it("a well-formed id that does not exist is a 404; a malformed one is a 400", async () => {
    await expectError(await call("/api/ticket/STI-20000101-ZZZZZZ", { headers: ADMIN }), 404, "not_found");
    await expectError(
      await call("/api/ticket/STI-20000101-ZZZZZZ", { method: "DELETE", headers: ADMIN }),
      404,
      "not_found",
    );
    await expectError(await call("/api/ticket/not-a-ticket", { headers: ADMIN }), 400, "validation_failed");
  });

  it("DELETE removes the JSON, the TXT and the D1 row; a second DELETE is a 404", async () => {
    const ticket = await manualTicket({
      sessionId: newSessionId("del"),
      name: "Ana",
      device: "notebook",
      problem: "no enciende",
    });
    expect(await env.BUCKET.head(`tickets/${ticket.id}.json`)).not.toBeNull();
    expect(await env.BUCKET.head(`tickets/${ticket.id}.txt`)).not.toBeNull();

    const res = await call(`/api/ticket/${ticket.id}`, { method: "DELETE", headers: ADMIN });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ deleted: ticket.id });

    expect(await env.BUCKET.head(`tickets/${ticket.id}.json`)).toBeNull();
    expect(await env.BUCKET.head(`tickets/${ticket.id}.txt`)).toBeNull();
    expect(await ticketRowById(ticket.id)).toBeNull();
    expect((await listTickets("?limit=100")).tickets.map((t) => t.id)).not.toContain(ticket.id);
    await expectError(await call(`/api/ticket/${ticket.id}`, { headers: ADMIN }), 404, "not_found");
    await expectError(
      await call(`/api/ticket/${ticket.id}`, { method: "DELETE", headers: ADMIN }),
      404,
      "not_found",
    );
  });

  it("after a DELETE the session gets a NEW ticket, by an admin or by the chat", async () => {
    const sid = newSessionId("del");
    const first = await manualTicket({
      sessionId: sid,
      name: "Ana",
      device: "notebook",
      problem: "no enciende",
    });
    expect((await call(`/api/ticket/${first.id}`, { method: "DELETE", headers: ADMIN })).status).toBe(200);

    const second = await manualTicket({
      sessionId: sid,
      name: "Ana",
      device: "notebook",
      problem: "no enciende",
    });
    expect(second.id).not.toBe(first.id);
    expect((await ticketRows(sid)).map((r) => r.id)).toEqual([second.id]);
    // Idempotent again from here on.
    expect((await manualTicket({ sessionId: sid, device: "x", problem: "y" }, 200)).id).toBe(second.id);

    // The same holds for a ticket the chat made.
    const chatSid = newSessionId("del");
    await greet(chatSid);
    await say(chatSid, "soy Ana, mi notebook no prende");
    const handoff = await press(chatSid, "technician");
    const chatId = handoff.ticket?.id ?? "";
    expect((await call(`/api/ticket/${chatId}`, { method: "DELETE", headers: ADMIN })).status).toBe(200);
    const again = await say(chatSid, "quiero hablar con un técnico");
    expect(again.ticket?.id).toBeDefined();
    expect(again.ticket?.id).not.toBe(chatId);
    expect((await ticketRows(chatSid)).map((r) => r.id)).toEqual([again.ticket?.id]);
  });
});
