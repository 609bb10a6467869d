import { describe, expect, it } from "vitest";
import { messageKey, parseNotification } from "../../../src/notifications/messages";
import { ticketCreatedMessage } from "../../../src/notifications/producer";
import type { Ticket } from "../../../src/protocol";

const CREATED = {
  kind: "ticket.created",
  ticketId: "STI-20261201-ABCDEF",
  createdAt: "2026-12-01T15:30:00.000Z",
  language: "es",
  device: "notebook",
  problem: null,
  source: "chat",
} as const;

describe("notification messages", () => {
  it("accept the three kinds", () => {
    expect(parseNotification(CREATED)).toEqual(CREATED);
    const waiting = { kind: "ticket.customer_waiting", ticketId: CREATED.ticketId, at: CREATED.createdAt };
    expect(parseNotification(waiting)).toEqual(waiting);
    const digest = { kind: "digest", at: CREATED.createdAt, waitingHours: 24, total: 0, tickets: [] };
    expect(parseNotification(digest)).toEqual(digest);
  });

  it("drop fields they do not know, so personal data put in one by mistake never travels", () => {
    expect(
      parseNotification({ ...CREATED, name: "Ana", phone: "+54 11 5555 1234", transcript: ["hola"] }),
    ).toEqual(CREATED);
  });

  it("refuse anything else: unknown kinds, bad ids and times, missing fields, non-objects", () => {
    for (const body of [
      null,
      "ticket.created",
      [],
      { ...CREATED, kind: "ticket.deleted" },
      { ...CREATED, ticketId: "STI-1" },
      { ...CREATED, createdAt: "yesterday" },
      { ...CREATED, language: "fr" },
      { ...CREATED, device: "Ana's laptop" },
      { ...CREATED, source: "email" },
      { kind: "ticket.customer_waiting", ticketId: CREATED.ticketId },
      { kind: "digest", at: CREATED.createdAt, waitingHours: 24, total: 1, tickets: [{ ticketId: "x" }] },
    ]) {
      expect(parseNotification(body), JSON.stringify(body)).toBeNull();
    }
  });

  it("have a key that is the same for the same event and differs between events", () => {
    expect(messageKey(CREATED)).toBe("ticket.created:STI-20261201-ABCDEF");
    expect(messageKey({ ...CREATED, device: "phone" })).toBe(messageKey(CREATED));
    const waiting = {
      kind: "ticket.customer_waiting" as const,
      ticketId: CREATED.ticketId,
      at: CREATED.createdAt,
    };
    expect(messageKey(waiting)).toBe("ticket.customer_waiting:STI-20261201-ABCDEF:2026-12-01T15:30:00.000Z");
    expect(messageKey({ ...waiting, at: "2026-12-01T15:31:00.000Z" })).not.toBe(messageKey(waiting));
    expect(
      messageKey({ kind: "digest", at: CREATED.createdAt, waitingHours: 24, total: 0, tickets: [] }),
    ).toBe("digest:2026-12-01T15:30:00.000Z");
  });

  it("a ticket's message holds its ids and times only: no name, text, transcript or links", () => {
    const ticket = {
      id: CREATED.ticketId,
      createdAt: CREATED.createdAt,
      sessionId: "s-1",
      language: "es",
      source: "manual",
      status: "open",
      name: "Ana Pérez",
      device: { id: "notebook", label: "La notebook de Ana" },
      problem: { id: "no_power", summary: "no enciende, llamame al 11 5555 1234" },
      stepsTried: [],
      transcript: [{ role: "user", text: "soy Ana", at: CREATED.createdAt }],
      attachments: [],
      url: "https://chat.sti.example/ticket/STI-20261201-ABCDEF?sig=secret",
      whatsapp: { number: "549", link: "l", webLink: "w", appLink: "a", message: "m" },
      contact: { phone: "+5491155551234", email: "ana@example.com" },
    } satisfies Ticket;
    expect(ticketCreatedMessage(ticket)).toEqual({
      kind: "ticket.created",
      ticketId: ticket.id,
      createdAt: ticket.createdAt,
      language: "es",
      device: "notebook",
      problem: "no_power",
      source: "manual",
    });
  });
});
