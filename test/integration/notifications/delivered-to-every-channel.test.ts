import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { verifyWebhookSignature } from "../../../src/lib/notifications/signature";
import { notifyCustomerWaiting } from "../../../src/notifications/producer";
import type { NotificationDelivery } from "../../../src/protocol";
import {
  allDelivered,
  deliveries,
  deliveriesWhen,
  HTTP_CHANNELS,
  newTicket,
  received,
  testEnv,
} from "./support";

/**
 * A new ticket reaches every configured channel through the real queue and consumer: the signed
 * webhook (checked the way a receiver checks it), Slack, Discord, Telegram and email (Miniflare's
 * send_email binding, which parses the MIME and refuses it without a Message-ID or with a From
 * that is not the sender), each once, in the ticket's language, with the desk link.
 */
describe("a new ticket is delivered to every channel", () => {
  it("in Spanish, once per channel, with the desk link and no personal data", async () => {
    const ticket = await newTicket("es");
    const log = await deliveriesWhen(ticket.id, allDelivered);
    for (const row of log.values()) {
      expect(row).toMatchObject({
        kind: "ticket.created",
        status: "delivered",
        attempts: 1,
        lastError: null,
      });
      expect(row.messageId).toBe(`ticket.created:${ticket.id}`);
    }
    const link = `https://desk.sti.test/desk/tickets/${ticket.id}`;
    for (const channel of HTTP_CHANNELS) {
      const requests = await received(ticket.id, channel);
      expect(requests, channel).toHaveLength(1);
      const raw = requests[0]?.raw ?? "";
      expect(raw, channel).toContain(link);
      expect(raw, channel).toContain("Nuevo ticket");
      for (const personal of ["Ana", "5555", "no enciende, llamame"])
        expect(raw, channel).not.toContain(personal);
    }

    const [slack] = await received(ticket.id, "slack");
    expect(Object.keys(JSON.parse(slack?.raw ?? "{}"))).toEqual(["text"]);
    const [discord] = await received(ticket.id, "discord");
    expect(JSON.parse(discord?.raw ?? "{}")).toMatchObject({ content: expect.stringContaining(ticket.id) });
    const [telegram] = await received(ticket.id, "telegram");
    expect(telegram?.path).toBe(`/telegram/bot${testEnv.NOTIFY_TELEGRAM_BOT_TOKEN}/sendMessage`);
    expect(JSON.parse(telegram?.raw ?? "{}")).toMatchObject({
      chat_id: testEnv.NOTIFY_TELEGRAM_CHAT_ID,
      text: expect.stringContaining("Equipo: Notebook"),
    });
  });

  it("the webhook is signed over timestamp.body, and only the right secret and body verify", async () => {
    const ticket = await newTicket("es");
    await deliveriesWhen(ticket.id, allDelivered);
    const [hook] = await received(ticket.id, "webhook");
    const signature = hook?.headers["x-sti-signature"] ?? null;
    const raw = hook?.raw ?? "";
    expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    const now = Math.floor(Date.now() / 1000);
    const secret = testEnv.NOTIFY_WEBHOOK_SECRET;
    expect(await verifyWebhookSignature(secret, signature, raw, now)).toBe(true);
    expect(await verifyWebhookSignature("another-secret-entirely", signature, raw, now)).toBe(false);
    expect(
      await verifyWebhookSignature(secret, signature, raw.replace(ticket.id, "STI-20000101-AAAAAA"), now),
    ).toBe(false);
    // Replayed later than the window a receiver allows: refused.
    expect(await verifyWebhookSignature(secret, signature, raw, now + 301)).toBe(false);

    const body = JSON.parse(raw) as Record<string, unknown>;
    expect(body).toEqual({
      id: `ticket.created:${ticket.id}`,
      kind: "ticket.created",
      ticketId: ticket.id,
      createdAt: ticket.createdAt,
      language: "es",
      device: "notebook",
      problem: "no_power",
      source: "manual",
      link: `https://desk.sti.test/desk/tickets/${ticket.id}`,
      text: expect.stringContaining(ticket.id),
    });
    expect(hook?.headers["x-sti-delivery"]).toBe(`ticket.created:${ticket.id}`);
    expect(hook?.headers["content-type"]).toMatch(/^application\/json/);
  });

  it("in English for an English ticket", async () => {
    const ticket = await newTicket("en");
    await deliveriesWhen(ticket.id, allDelivered);
    for (const channel of HTTP_CHANNELS) {
      const [request] = await received(ticket.id, channel);
      expect(request?.raw, channel).toContain("New ticket");
      expect(request?.raw, channel).toContain("Laptop");
      expect(request?.raw, channel).not.toContain("ana@example.com");
    }
  });

  it("a customer's message on a waiting ticket, in the ticket's language (read from D1)", async () => {
    const ticket = await newTicket("en");
    await deliveriesWhen(ticket.id, allDelivered);
    const at = new Date().toISOString();
    const ctx = createExecutionContext();
    notifyCustomerWaiting(
      { queue: env.NOTIFICATIONS, deadlineMs: 1_000, waitUntil: (p) => ctx.waitUntil(p) },
      {
        ticketId: ticket.id,
        at,
      },
    );
    await waitOnExecutionContext(ctx);
    const waiting = (rows: NotificationDelivery[]) =>
      rows.filter((r) => r.kind === "ticket.customer_waiting" && r.status === "delivered");
    await deliveriesWhen(ticket.id, (rows) => waiting(rows).length === 5);
    const rows = waiting(await deliveries(ticket.id));
    expect(new Set(rows.map((r) => r.messageId))).toEqual(
      new Set([`ticket.customer_waiting:${ticket.id}:${at}`]),
    );
    for (const channel of HTTP_CHANNELS) {
      const requests = await received(`The customer wrote on ticket ${ticket.id}`, channel);
      expect(requests, channel).toHaveLength(1);
      expect(requests[0]?.raw, channel).toContain(`https://desk.sti.test/desk/tickets/${ticket.id}`);
    }
  });
});
