import { describe, expect, it } from "vitest";
import { renderTicketText } from "../../../src/lib/tickets/ticket-text";
import { press, say, values } from "../../helpers/api";
import { hrefs, SHOP_NUMBER, storedTicket, ticketRowText, toHandoff } from "./support";

/**
 * The contact question at the hand-off, through the Worker on real R2 and D1: the ticket is made
 * first (and carries `contact: null`), the person's phone or email then reaches its JSON, its TXT
 * and its page, where the WhatsApp button opens a chat with the customer; D1 never holds it.
 */
describe("a contact left after the hand-off", () => {
  it("the hand-off names the ticket first, then asks; the ticket already exists without a contact", async () => {
    const { handoff } = await toHandoff();
    expect(handoff.reply).toMatch(
      /^🎫 Listo, tu ticket es STI-\S+\. [\s\S]*\n\n📞 Si querés, dejanos un teléfono/,
    );
    expect(values(handoff)).toEqual(["technician", "contact:yes", "contact:skip"]);
    expect(handoff.buttons[0]?.url).toBe(handoff.ticket?.whatsappUrl);
    const { ticket } = await storedTicket(handoff.ticket?.id ?? "");
    expect(ticket.contact).toBeNull();
  });

  it("a phone reaches the JSON, the TXT and the page, whose WhatsApp button messages the customer", async () => {
    const { sessionId, handoff } = await toHandoff();
    const id = handoff.ticket?.id ?? "";
    const asked = await press(sessionId, "contact:yes");
    expect(values(asked)).toEqual(["contact:skip"]);
    const saved = await say(sessionId, "mi cel es 0341 15 555-1234");
    expect(saved.reply).toMatch(/Guardé tu teléfono terminado en 1234 en tu ticket/);
    expect(saved.state.stage).toBe("escalation");

    const { ticket, text, page } = await storedTicket(id);
    expect(ticket.contact).toEqual({ phone: "+5493415551234" });
    // The customer's own hand-off link still messages the shop.
    expect(ticket.whatsapp.link).toBe(handoff.ticket?.whatsappUrl);
    expect(ticket.whatsapp.link).toMatch(new RegExp(`^https://wa\\.me/${SHOP_NUMBER}\\?`));

    expect(text).toBe(renderTicketText(ticket));
    expect(text).toContain("\nTeléfono: +5493415551234\n");
    const customerLine = text.split("\n").find((l) => l.startsWith("WhatsApp del cliente: "));
    expect(customerLine).toMatch(/^WhatsApp del cliente: https:\/\/wa\.me\/5493415551234\?text=/);
    expect(decodeURIComponent(customerLine?.split("text=")[1] ?? "")).toBe(
      `¡Hola Ana! Te escribimos por tu ticket ${id} del chat web.`,
    );

    const links = hrefs(page);
    expect(links).toContain("tel:+5493415551234");
    const wa = links.filter((href) => href.startsWith("https://wa.me/"));
    expect(wa).toHaveLength(1);
    expect(wa[0]).toMatch(/^https:\/\/wa\.me\/5493415551234\?text=/);
    expect(page).toContain(">Responder por WhatsApp</a>");
    expect(page).not.toContain(`wa.me/${SHOP_NUMBER}`);

    expect(await ticketRowText(id)).not.toMatch(/5551234|555-1234/);
  });

  it("an email (English) reaches the ticket as a mailto link; without a phone the page keeps the shop's link", async () => {
    const { sessionId, handoff } = await toHandoff("en");
    const id = handoff.ticket?.id ?? "";
    const saved = await say(sessionId, "sure, it's Ann.Lee@Example.COM");
    expect(saved.reply).toBe(
      "Thanks! 🙌 I saved your email A•••@e•••.com on your ticket: the technician will reach you there.",
    );
    const { ticket, text, page } = await storedTicket(id);
    expect(ticket.contact).toEqual({ email: "Ann.Lee@example.com" });
    expect(text).toContain("\nEmail: Ann.Lee@example.com\n");
    expect(text).not.toContain("Customer's WhatsApp");
    expect(hrefs(page)).toContain("mailto:Ann.Lee@example.com");
    expect(hrefs(page)).toContain(ticket.whatsapp.link);
    expect(page).not.toContain("Reply on WhatsApp");
    expect(await ticketRowText(id)).not.toMatch(/ann\.lee|example\.com/i);
  });

  it("is taken once: a number typed after the answer is the conversation again, not a contact", async () => {
    const { sessionId, handoff } = await toHandoff();
    await say(sessionId, "ana@correo.com");
    const later = await say(sessionId, "341 555 9876");
    expect(later.reply).not.toMatch(/Guardé/);
    const { ticket } = await storedTicket(handoff.ticket?.id ?? "");
    expect(ticket.contact).toEqual({ email: "ana@correo.com" });
  });

  it("invalid input is asked again twice, then the chat goes on; the ticket stays without a contact", async () => {
    const { sessionId, handoff } = await toHandoff();
    const first = await say(sessionId, "555 12");
    expect(first.reply).toMatch(/8 a 15 números/);
    const second = await say(sessionId, "ana@correo");
    expect(second.reply).toMatch(/con @/);
    const third = await say(sessionId, "no sé");
    expect(third.reply).toMatch(/seguimos sin eso/);
    expect(values(third)).toEqual(["close"]);
    const { ticket } = await storedTicket(handoff.ticket?.id ?? "");
    expect(ticket.contact).toBeNull();
  });

  it("'No, gracias' goes on; asking for a technician again repeats the ticket without the question", async () => {
    const { sessionId, handoff } = await toHandoff();
    const skipped = await press(sessionId, "contact:skip");
    expect(skipped.reply).toMatch(/sin problema/);
    const again = await press(sessionId, "technician");
    expect(again.ticket?.id).toBe(handoff.ticket?.id);
    expect(again.reply).not.toMatch(/teléfono o un email/);
    expect(values(again)).toEqual(["technician", "close"]);
  });
});
