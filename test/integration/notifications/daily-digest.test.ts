import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import worker from "../../../src/index";
import { newTicketId } from "../../../src/lib/tickets/ticket-id";
import { runDigest } from "../../../src/notifications/digest";
import { DIGEST_CRON } from "../../../src/retention/scheduled";
import { deliveriesOfMessage, received } from "./support";

/**
 * The daily digest on the real D1 `tickets` table, the real cron entry point and the real queue.
 * Storage is per test file, so the tickets here are the only ones: rows seeded as the ticket
 * writer and the desk leave them (statuses of both schemas: `open`, and migration 0005's `new`,
 * `in_progress`, `waiting`, `resolved`, `closed`).
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.now();

async function seedTicket(createdAt: number, status: string, language: "es" | "en" = "es"): Promise<string> {
  const id = newTicketId(new Date(createdAt));
  await env.DB.prepare(
    `INSERT INTO tickets (id, session_id, created_at, status, source, language, device, problem)
     VALUES (?, NULL, ?, ?, 'chat', ?, 'printer', 'printing')`,
  )
    .bind(id, createdAt, status, language)
    .run();
  return id;
}

const digestDeps = (waitingHours = 24) => ({
  db: env.DB,
  queue: env.NOTIFICATIONS,
  waitingHours,
  deadlineMs: 2_000,
});

describe("the daily digest", () => {
  it("the cron sends one digest of the open and new tickets older than 24 h, oldest first, to every channel", async () => {
    const justOver = await seedTicket(T0 - DAY - 1_000, "open");
    const newer = await seedTicket(T0 - 30 * HOUR, "new", "en");
    await seedTicket(T0 - DAY + 1_000, "open"); // not waiting long enough yet
    for (const taken of ["closed", "in_progress", "waiting", "resolved"])
      await seedTicket(T0 - 3 * DAY, taken);

    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ cron: DIGEST_CRON, scheduledTime: T0 }), env, ctx);
    await waitOnExecutionContext(ctx);

    const key = `digest:${new Date(T0).toISOString()}`;
    const log = await vi.waitFor(
      async () => {
        const rows = await deliveriesOfMessage(key);
        expect(rows.filter((r) => r.status === "delivered")).toHaveLength(5);
        return rows;
      },
      { timeout: 10_000, interval: 50 },
    );
    expect(log.every((r) => r.kind === "digest" && r.ticketId === null)).toBe(true);

    const [hook] = await received(key, "webhook");
    expect(JSON.parse(hook?.raw ?? "{}")).toMatchObject({
      id: key,
      kind: "digest",
      waitingHours: 24,
      total: 2,
      tickets: [
        { ticketId: newer, language: "en", device: "printer", problem: "printing", source: "chat" },
        { ticketId: justOver, language: "es" },
      ],
    });
    const [slack] = await received(newer, "slack");
    const text = (JSON.parse(slack?.raw ?? "{}") as { text: string }).text;
    expect(text.split("\n")).toEqual([
      "Tickets sin tomar hace más de 24 h / Tickets waiting for more than 24 h: 2",
      `- ${newer} · Printer · Won't print or prints badly · 30 h · https://desk.sti.test/desk/tickets/${newer}`,
      `- ${justOver} · Impresora · No imprime o imprime mal · 24 h · https://desk.sti.test/desk/tickets/${justOver}`,
    ]);
  });

  it("nothing waiting: no message at all", async () => {
    const outcome = await runDigest(digestDeps(), T0 - 1_000 * DAY);
    expect(outcome).toEqual({ sent: false, total: 0 });
  });

  it("DIGEST_WAITING_HOURS moves the line", async () => {
    const outcome = await runDigest(digestDeps(29), T0);
    expect(outcome.sent && outcome.message.tickets.map((t) => t.ticketId)).toHaveLength(1);
    expect(outcome.sent && outcome.message.waitingHours).toBe(29);
  });

  it("lists the oldest 50 and counts the rest", async () => {
    const old: string[] = [];
    for (let i = 0; i < 55; i++)
      old.push(await seedTicket(T0 - 400 * DAY + i * 1_000, i % 2 ? "open" : "new"));
    const outcome = await runDigest(digestDeps(), T0);
    if (!outcome.sent) throw new Error("expected a digest");
    expect(outcome.total).toBe(57);
    expect(outcome.message.tickets.map((t) => t.ticketId)).toEqual(old.slice(0, 50));
  });
});
