import { describe, expect, it } from "vitest";
import { deskLink, renderNotification, waitedFor } from "../../../src/lib/notifications/text";
import type { DigestMessage, TicketCreatedMessage } from "../../../src/notifications/messages";

const CREATED: TicketCreatedMessage = {
  kind: "ticket.created",
  ticketId: "STI-20261201-ABCDEF",
  createdAt: "2026-12-01T15:30:00.000Z",
  language: "es",
  device: "notebook",
  problem: "no_power",
  source: "chat",
};
const ORIGIN = { deskOrigin: "https://chat.sti.example", language: "es" as const };

describe("notification text", () => {
  it("a new ticket in Spanish: id, device, problem, shop time, source and the desk link", () => {
    const r = renderNotification(CREATED, ORIGIN);
    expect(r.link).toBe("https://chat.sti.example/desk/tickets/STI-20261201-ABCDEF");
    expect(r.subject).toBe("Nuevo ticket STI-20261201-ABCDEF: Notebook, no enciende");
    expect(r.text.split("\n")).toEqual([
      "Nuevo ticket STI-20261201-ABCDEF (chat web)",
      "Equipo: Notebook",
      "Problema: No enciende",
      // 15:30 UTC is 12:30 in Argentina (UTC-3, the shop's zone).
      expect.stringMatching(/^Creado: 1\/12\/26,? 12:30/),
      "Abrilo en el escritorio: https://chat.sti.example/desk/tickets/STI-20261201-ABCDEF",
    ]);
  });

  it("a new ticket in English, entered by the shop", () => {
    const r = renderNotification({ ...CREATED, language: "en", source: "manual" }, ORIGIN);
    expect(r.subject).toBe("New ticket STI-20261201-ABCDEF: Laptop, won't turn on");
    expect(r.text).toContain("New ticket STI-20261201-ABCDEF (entered by the shop)");
    expect(r.text).toContain("Device: Laptop");
    expect(r.text).toContain(
      "Open it in the desk: https://chat.sti.example/desk/tickets/STI-20261201-ABCDEF",
    );
  });

  it("unknown, missing and prototype-named ids read as themselves or '?', never as an object's keys", () => {
    const r = renderNotification({ ...CREATED, device: "constructor", problem: null }, ORIGIN);
    expect(r.text).toContain("Equipo: constructor");
    expect(r.text).toContain("Problema: ?");
    expect(renderNotification({ ...CREATED, device: "hoverboard" }, ORIGIN).text).toContain(
      "Equipo: hoverboard",
    );
  });

  it("a customer's message on a waiting ticket, in the ticket's language", () => {
    const message = {
      kind: "ticket.customer_waiting" as const,
      ticketId: CREATED.ticketId,
      at: CREATED.createdAt,
    };
    expect(renderNotification(message, ORIGIN).subject).toBe(
      "El cliente escribió en el ticket STI-20261201-ABCDEF",
    );
    const en = renderNotification(message, { ...ORIGIN, language: "en" });
    expect(en.subject).toBe("The customer wrote on ticket STI-20261201-ABCDEF");
    expect(en.link).toBe("https://chat.sti.example/desk/tickets/STI-20261201-ABCDEF");
  });

  it("the digest lists each ticket with its wait and link, in both languages, and says how many more", () => {
    const digest: DigestMessage = {
      kind: "digest",
      at: "2026-12-03T12:00:00.000Z",
      waitingHours: 24,
      total: 3,
      tickets: [
        { ...CREATED, createdAt: "2026-12-01T12:00:00.000Z" },
        {
          ...CREATED,
          ticketId: "STI-20261202-GHJKMN",
          createdAt: "2026-12-02T06:00:00.000Z",
          language: "en" as const,
        },
      ].map(({ kind: _kind, ...t }) => t),
    };
    const r = renderNotification(digest, ORIGIN);
    expect(r.link).toBeNull();
    expect(r.subject).toBe("Tickets esperando / Tickets waiting: 3");
    expect(r.text.split("\n")).toEqual([
      "Tickets sin tomar hace más de 24 h / Tickets waiting for more than 24 h: 3",
      "- STI-20261201-ABCDEF · Notebook · No enciende · 2 d · https://chat.sti.example/desk/tickets/STI-20261201-ABCDEF",
      "- STI-20261202-GHJKMN · Laptop · Won't turn on · 30 h · https://chat.sti.example/desk/tickets/STI-20261202-GHJKMN",
      "… y 1 más / and 1 more: https://chat.sti.example/desk/tickets",
    ]);
  });

  it("without PUBLIC_ORIGIN the links are the desk's paths", () => {
    expect(deskLink(null, "STI-20261201-ABCDEF")).toBe("/desk/tickets/STI-20261201-ABCDEF");
    expect(renderNotification(CREATED, { deskOrigin: null, language: "es" }).link).toBe(
      "/desk/tickets/STI-20261201-ABCDEF",
    );
  });

  it("waits read in hours up to two days, then in days", () => {
    const at = "2026-12-03T12:00:00.000Z";
    expect(waitedFor("2026-12-03T11:59:00.000Z", at)).toBe("0 h");
    expect(waitedFor("2026-12-02T12:00:00.000Z", at)).toBe("24 h");
    expect(waitedFor("2026-12-01T12:00:01.000Z", at)).toBe("47 h");
    expect(waitedFor("2026-12-01T12:00:00.000Z", at)).toBe("2 d");
    expect(waitedFor("2026-12-04T12:00:00.000Z", at)).toBe("0 h");
  });
});
