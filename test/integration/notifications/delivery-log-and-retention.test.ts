import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { newTicketId } from "../../../src/lib/tickets/ticket-id";
import type { NotificationChannel } from "../../../src/protocol";
import {
  type DeliveryAttempt,
  listRecentDeliveries,
  markDead,
  recordAttempts,
} from "../../../src/storage/notification-deliveries";
import { purge } from "../retention/support";
import { ticketRowById } from "../tickets/support";
import { allDelivered, deliveries, deliveriesWhen, newTicket } from "./support";

/**
 * The delivery log on the real D1: what a retry and the dead-letter queue make of a row, what the
 * desk's listing returns, and the retention purge deleting rows with the tickets' retention (90
 * days by default), judged by each row's first attempt.
 */

const DAY = 86_400_000;
const SECOND = 1_000;

function attempt(
  ticketId: string,
  channel: NotificationChannel,
  at: number,
  error: string | null = null,
): DeliveryAttempt {
  return {
    messageId: `ticket.created:${ticketId}`,
    ticketId,
    kind: "ticket.created",
    channel,
    outcome: error === null ? { ok: true } : { ok: false, error },
    at,
  };
}

describe("the delivery log", () => {
  it("counts attempts per channel, keeps a delivered row delivered, and marks only the rest dead", async () => {
    const id = newTicketId(new Date());
    const t = Date.now();
    await recordAttempts(env.DB, [attempt(id, "slack", t), attempt(id, "discord", t, "HTTP 500")]);
    await recordAttempts(env.DB, [attempt(id, "discord", t + 1, "timeout after 300 ms")]);
    // A second consumer racing on the same message cannot turn a delivered row back.
    await recordAttempts(env.DB, [attempt(id, "slack", t + 2, "HTTP 502")]);
    const dead = await markDead(
      env.DB,
      { messageId: `ticket.created:${id}`, ticketId: id, kind: "ticket.created" },
      ["slack", "discord", "email"],
      t + 3,
    );
    expect(dead.sort()).toEqual(["discord", "email"]);

    const rows = new Map((await deliveries(id)).map((r) => [r.channel, r]));
    expect(rows.get("slack")).toMatchObject({ status: "delivered", attempts: 1, lastError: null });
    expect(rows.get("slack")?.deliveredAt).toBe(new Date(t).toISOString());
    expect(rows.get("discord")).toMatchObject({
      status: "dead",
      attempts: 2,
      lastError: "timeout after 300 ms",
    });
    expect(rows.get("email")).toMatchObject({
      status: "dead",
      attempts: 0,
      lastError: "no attempt was recorded",
    });
  });

  it("lists the most recently changed first, for one ticket or all, within the limit", async () => {
    const [a, b] = [newTicketId(new Date()), newTicketId(new Date())];
    const t = Date.now() + 10 * DAY; // newer than anything else in this file
    await recordAttempts(env.DB, [
      attempt(a, "slack", t),
      attempt(b, "webhook", t + 1),
      attempt(a, "email", t + 2),
    ]);
    expect((await listRecentDeliveries(env.DB, { ticketId: a, limit: 10 })).map((r) => r.channel)).toEqual([
      "email",
      "slack",
    ]);
    const latest = await listRecentDeliveries(env.DB, { limit: 2 });
    expect(latest.map((r) => [r.ticketId, r.channel])).toEqual([
      [a, "email"],
      [b, "webhook"],
    ]);
    // Out-of-range limits are clamped, never an error.
    expect(await listRecentDeliveries(env.DB, { limit: 0 })).toHaveLength(1);
    expect((await listRecentDeliveries(env.DB, { limit: 10_000 })).length).toBeLessThanOrEqual(200);
  });
});

describe("retention", () => {
  it("rows are kept just under the tickets' retention and deleted just over it; a dry run deletes nothing", async () => {
    const now = Date.now() + 1_000 * DAY; // past every other row of this file
    const cutoff = now - 90 * DAY;
    const [older, younger] = [newTicketId(new Date()), newTicketId(new Date())];
    await recordAttempts(env.DB, [
      attempt(older, "slack", cutoff - SECOND),
      attempt(older, "discord", cutoff - SECOND, "HTTP 500"),
      attempt(younger, "slack", cutoff + SECOND),
    ]);
    // A later attempt does not make an old row young: age is the first attempt's.
    await recordAttempts(env.DB, [attempt(older, "discord", cutoff + 10 * SECOND, "HTTP 500")]);

    const preview = await purge(now, { dryRun: true });
    expect(preview.targets.notificationRows.expired).toBeGreaterThanOrEqual(2);
    expect(await deliveries(older)).toHaveLength(2);

    const summary = await purge(now);
    expect(summary.targets.notificationRows).toMatchObject({ errors: 0, status: "done" });
    expect(summary.targets.notificationRows.deleted).toBeGreaterThanOrEqual(2);
    expect(await deliveries(older)).toEqual([]);
    expect((await deliveries(younger)).map((r) => r.channel)).toEqual(["slack"]);
  });

  it("a real ticket's deliveries go with the ticket, at 90 days", async () => {
    const ticket = await newTicket("es");
    await deliveriesWhen(ticket.id, allDelivered);
    const firstAttempt = Math.min(...(await deliveries(ticket.id)).map((r) => Date.parse(r.createdAt)));

    await purge(firstAttempt + 90 * DAY - SECOND);
    expect(await deliveries(ticket.id)).toHaveLength(5);

    await purge(firstAttempt + 90 * DAY + SECOND);
    expect(await deliveries(ticket.id)).toEqual([]);
    expect(await ticketRowById(ticket.id)).toBeNull();
  });
});
