import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { DeskInboxResponse, DeskTicketView, ManualTicketResponse } from "../../../src/protocol";
import { call, expectError, greet, newSessionId, postJson, press, say } from "../../helpers/api";
import { addStaff, type DeskBrowser, signIn } from "../../helpers/desk";

const ADMIN_TOKEN = { Authorization: "Bearer test-admin-token" };

/** A manual ticket (the admin API), with a name the inbox can be searched by. */
async function manualTicket(name: string, device = "notebook", problem = "no enciende") {
  const res = await postJson(
    "/api/ticket/create-manual",
    { sessionId: newSessionId("desk"), name, device, problem },
    ADMIN_TOKEN,
  );
  expect(res.status).toBe(201);
  return ((await res.json()) as ManualTicketResponse).ticket;
}

/** A ticket from a real chat that reached the hand-off. */
async function chatTicket() {
  const sessionId = newSessionId("desk-chat");
  await greet(sessionId);
  await press(sessionId, "consent:yes");
  await say(sessionId, "me llamo Rocío");
  await say(sessionId, "mi notebook no prende");
  const handoff = await press(sessionId, "technician");
  expect(handoff.ticket?.id).toMatch(/^STI-/);
  return { sessionId, id: handoff.ticket?.id as string };
}

const inbox = async (desk: DeskBrowser, query = "") => {
  const res = await desk.call(`/api/desk/tickets${query}`);
  const text = await res.text();
  expect(res.status, text).toBe(200);
  return JSON.parse(text) as DeskInboxResponse;
};

const ok = async (res: Response) => {
  const text = await res.text();
  expect(res.status, text).toBe(200);
  return JSON.parse(text) as DeskTicketView;
};

describe("the desk's inbox", () => {
  it("lists tickets newest first with counts per status, the unclaimed badge, filters, search and paging", async () => {
    const desk = await signIn((await addStaff("technician")).email);
    const tag = crypto.randomUUID().slice(0, 8);
    const a = await manualTicket(`Ana ${tag}`);
    const b = await manualTicket(`Bruno ${tag}`, "impresora", "no imprime");
    const c = await manualTicket(`Carla ${tag}`);

    const all = await inbox(desk, `?q=${tag}`);
    expect(all.tickets.map((t) => t.id)).toEqual([c.id, b.id, a.id]);
    expect(all.counts).toEqual({ new: 3, in_progress: 0, waiting: 0, resolved: 0, closed: 0 });
    expect(all.unclaimed).toBe(3);
    expect(all.tickets[0]).toMatchObject({
      status: "new",
      name: `Carla ${tag}`,
      assignee: null,
      source: "manual",
    });

    // Search by a ticket id's start, and by a name regardless of case.
    expect((await inbox(desk, `?q=${b.id.toLowerCase()}`)).tickets.map((t) => t.id)).toEqual([b.id]);
    expect((await inbox(desk, `?q=bruno%20${tag}`)).tickets.map((t) => t.id)).toEqual([b.id]);
    // LIKE's wildcards are literal in a search.
    expect((await inbox(desk, "?q=%25")).tickets).toEqual([]);

    const printer = await inbox(desk, `?q=${tag}&device=${b.device.id}`);
    expect(printer.tickets.map((t) => t.id)).toEqual([b.id]);

    // Pages of one, following nextCursor to the end.
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await inbox(desk, `?q=${tag}&limit=1${cursor ? `&cursor=${cursor}` : ""}`);
      seen.push(...page.tickets.map((t) => t.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([c.id, b.id, a.id]);

    const today = new Date().toISOString().slice(0, 10);
    expect((await inbox(desk, `?q=${tag}&from=${today}&to=${today}`)).tickets).toHaveLength(3);
    expect((await inbox(desk, `?q=${tag}&to=2020-01-01`)).tickets).toHaveLength(0);
  });

  it("claiming moves a ticket to in progress and out of the unclaimed badge; filters by assignee", async () => {
    const ana = await signIn((await addStaff("technician")).email);
    const tag = crypto.randomUUID().slice(0, 8);
    const ticket = await manualTicket(`Dario ${tag}`);
    await manualTicket(`Elena ${tag}`);
    const claimed = await ok(await ana.json("POST", `/api/desk/tickets/${ticket.id}/claim`));
    expect(claimed.status).toBe("in_progress");
    expect(claimed.assignee?.id).toBe(ana.session.staff.id);
    const after = await inbox(ana, `?q=${tag}`);
    expect(after.counts).toMatchObject({ new: 1, in_progress: 1 });
    expect(after.unclaimed).toBe(1);
    expect((await inbox(ana, `?q=${tag}&assignee=me`)).tickets.map((t) => t.id)).toEqual([ticket.id]);
    expect((await inbox(ana, `?q=${tag}&assignee=none`)).tickets.map((t) => t.name)).toEqual([
      `Elena ${tag}`,
    ]);
    expect((await inbox(ana, `?q=${tag}&status=in_progress`)).tickets.map((t) => t.id)).toEqual([ticket.id]);
  });

  it("bad queries are 400s; no session is 401", async () => {
    const desk = await signIn((await addStaff("technician")).email);
    for (const query of [
      "?status=open",
      "?limit=0",
      "?limit=101",
      "?from=2026-02-30",
      "?cursor=abc",
      "?assignee=someone",
      "?device=Not%20An%20Id",
    ]) {
      await expectError(await desk.call(`/api/desk/tickets${query}`), 400, "validation_failed");
    }
    await expectError(await desk.call("/api/desk/tickets/not-a-ticket"), 400, "validation_failed");
    await expectError(await desk.call("/api/desk/tickets/STI-20260101-AAAAAA"), 404, "not_found");
    await expectError(await call("/api/desk/tickets"), 401, "unauthorized");
  });
});

describe("working a ticket", () => {
  it("claim, note, status: each recorded with who and when, in order; the view holds the ticket and the rating", async () => {
    const { sessionId, id } = await chatTicket();
    expect((await postJson("/api/rating", { sessionId, rating: "up" })).status).toBe(200);
    const staff = await addStaff("technician");
    const desk = await signIn(staff.email);

    const opened = await ok(await desk.call(`/api/desk/tickets/${id}`));
    expect(opened.ticket.id).toBe(id);
    expect(opened.ticket.name).toBe("Rocío");
    expect(opened.ticket.transcript.length).toBeGreaterThan(4);
    expect(opened.status).toBe("new");
    expect(opened.rating).toBe("up");
    expect(opened.events.map((e) => e.kind)).toEqual(["created"]);

    await ok(await desk.json("POST", `/api/desk/tickets/${id}/claim`));
    await ok(
      await desk.json("POST", `/api/desk/tickets/${id}/notes`, {
        text: "Llamar a la tarde.\nTrae cargador.",
      }),
    );
    await ok(await desk.json("POST", `/api/desk/tickets/${id}/status`, { status: "waiting" }));
    const done = await ok(await desk.json("POST", `/api/desk/tickets/${id}/status`, { status: "resolved" }));
    expect(done.status).toBe("resolved");
    const me = { id: staff.id, name: desk.session.staff.name };
    expect(
      done.events.map(({ kind, actor, from, to, text, assignee }) => ({
        kind,
        actor,
        from,
        to,
        text,
        assignee,
      })),
    ).toEqual([
      { kind: "created", actor: null, from: undefined, to: undefined, text: undefined, assignee: undefined },
      { kind: "claimed", actor: me, from: "new", to: "in_progress", text: undefined, assignee: me },
      {
        kind: "note",
        actor: me,
        from: undefined,
        to: undefined,
        text: "Llamar a la tarde.\nTrae cargador.",
        assignee: undefined,
      },
      { kind: "status", actor: me, from: "in_progress", to: "waiting", text: undefined, assignee: undefined },
      { kind: "status", actor: me, from: "waiting", to: "resolved", text: undefined, assignee: undefined },
    ]);
    const times = done.events.map((e) => Date.parse(e.at));
    expect([...times].sort((x, y) => x - y)).toEqual(times);

    // Repeating a status or a claim changes nothing and records nothing.
    const again = await ok(await desk.json("POST", `/api/desk/tickets/${id}/status`, { status: "resolved" }));
    expect(again.events).toHaveLength(done.events.length);
    // The note's text is not in the log lines (only the action's kind and ids).
  });

  it("a ticket claimed by someone else cannot be claimed (409); of two claims at once exactly one wins", async () => {
    const ticket = await manualTicket("Fabián");
    const [one, two] = await Promise.all([
      signIn((await addStaff("technician")).email),
      signIn((await addStaff("technician")).email),
    ]);
    const results = await Promise.all([
      one.json("POST", `/api/desk/tickets/${ticket.id}/claim`),
      two.json("POST", `/api/desk/tickets/${ticket.id}/claim`),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const view = await ok(await one.call(`/api/desk/tickets/${ticket.id}`));
    expect(view.events.filter((e) => e.kind === "claimed")).toHaveLength(1);
    const loser = results[0]?.status === 409 ? one : two;
    await expectError(await loser.json("POST", `/api/desk/tickets/${ticket.id}/claim`), 409, "conflict");
  });

  it("admins assign anyone active; technicians only take or let go of a ticket themselves", async () => {
    const ticket = await manualTicket("Gabriela");
    const admin = await signIn((await addStaff("admin")).email);
    const techStaff = await addStaff("technician");
    const tech = await signIn(techStaff.email);
    const other = await addStaff("technician");

    await expectError(
      await tech.json("POST", `/api/desk/tickets/${ticket.id}/assign`, { staffId: other.id }),
      403,
      "forbidden",
    );
    const assigned = await ok(
      await admin.json("POST", `/api/desk/tickets/${ticket.id}/assign`, { staffId: techStaff.id }),
    );
    expect(assigned.assignee?.id).toBe(techStaff.id);
    expect(assigned.events.at(-1)).toMatchObject({
      kind: "assigned",
      actor: { id: admin.session.staff.id },
      assignee: { id: techStaff.id },
    });
    const released = await ok(
      await tech.json("POST", `/api/desk/tickets/${ticket.id}/assign`, { staffId: null }),
    );
    expect(released.assignee).toBeNull();
    expect(released.events.at(-1)).toMatchObject({ kind: "unassigned", assignee: { id: techStaff.id } });

    await env.DB.prepare("UPDATE staff SET active = 0 WHERE id = ?").bind(other.id).run();
    await expectError(
      await admin.json("POST", `/api/desk/tickets/${ticket.id}/assign`, { staffId: other.id }),
      400,
      "validation_failed",
    );
    await expectError(
      await admin.json("POST", `/api/desk/tickets/${ticket.id}/assign`, { staffId: "x" }),
      400,
      "validation_failed",
    );
    await expectError(
      await admin.json("POST", `/api/desk/tickets/${ticket.id}/status`, { status: "open" }),
      400,
      "validation_failed",
    );
    await expectError(
      await admin.json("POST", `/api/desk/tickets/${ticket.id}/notes`, { text: "   " }),
      400,
      "validation_failed",
    );
    await expectError(
      await admin.json("POST", `/api/desk/tickets/${ticket.id}/notes`, { text: "x".repeat(2001) }),
      400,
      "validation_failed",
    );
    await expectError(
      await admin.call(`/api/desk/tickets/${ticket.id}/claim`, {
        method: "POST",
        headers: { "X-CSRF-Token": "nope" },
      }),
      403,
      "csrf_failed",
    );
  });
});

describe("retention and erasure cover the workflow", () => {
  it("a GDPR erasure clears the name (search finds nothing) and the notes' text; the timeline's facts stay", async () => {
    const { sessionId, id } = await chatTicket();
    const desk = await signIn((await addStaff("technician")).email);
    await ok(
      await desk.json("POST", `/api/desk/tickets/${id}/notes`, { text: "Rocío vive en calle Falsa 123" }),
    );
    expect((await inbox(desk, `?q=${id}`)).tickets[0]?.name).toBe("Rocío");
    expect((await call(`/api/gdpr/delete-me/${sessionId}`, { method: "DELETE" })).status).toBe(200);

    const [row] = (await inbox(desk, `?q=${id}`)).tickets;
    expect(row).toMatchObject({ name: null, anonymised: true });
    const view = await ok(await desk.call(`/api/desk/tickets/${id}`));
    expect(view.events.map((e) => e.kind)).toEqual(["created", "note"]);
    expect(view.events[1]?.text).toBe("[erased]");
    expect(JSON.stringify(view)).not.toMatch(/Falsa|Rocío/);
  });

  it("deleting a ticket (the admin API, as the retention purge does) deletes its timeline too", async () => {
    const ticket = await manualTicket("Hugo");
    const desk = await signIn((await addStaff("technician")).email);
    await ok(await desk.json("POST", `/api/desk/tickets/${ticket.id}/notes`, { text: "nota" }));
    expect((await call(`/api/ticket/${ticket.id}`, { method: "DELETE", headers: ADMIN_TOKEN })).status).toBe(
      200,
    );
    const left = await env.DB.prepare("SELECT count(*) AS n FROM ticket_events WHERE ticket_id = ?")
      .bind(ticket.id)
      .first<{ n: number }>();
    expect(left?.n).toBe(0);
  });
});

describe("reply on WhatsApp", () => {
  it("opens a chat with the customer's own number (not the shop's) and records it; 409 without a phone", async () => {
    const { sessionId, id } = await chatTicket();
    const desk = await signIn((await addStaff("technician")).email);
    await expectError(await desk.json("POST", `/api/desk/tickets/${id}/whatsapp`), 409, "conflict");

    await press(sessionId, "contact:yes");
    await say(sessionId, "mi cel es 0341 15 555-1234");
    const res = await desk.json("POST", `/api/desk/tickets/${id}/whatsapp`);
    const text = await res.text();
    expect(res.status, text).toBe(200);
    const { link } = JSON.parse(text) as { link: string };
    const url = new URL(link);
    expect(url.origin + url.pathname).toBe("https://wa.me/5493415551234");
    expect(url.searchParams.get("text")).toContain(id);
    expect(link).not.toContain("5493415550000"); // the shop's own number (WHATSAPP_NUMBER)

    const view = await ok(await desk.call(`/api/desk/tickets/${id}`));
    expect(view.ticket.contact?.phone).toBe("+5493415551234");
    expect(view.events.at(-1)).toMatchObject({ kind: "whatsapp", actor: { id: desk.session.staff.id } });
    await expectError(
      await desk.json("POST", "/api/desk/tickets/STI-20260101-AAAAAA/whatsapp"),
      404,
      "not_found",
    );
  });
});
