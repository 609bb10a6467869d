import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { renderTicketText } from "../../../src/lib/tickets/ticket-text";
import type { ChatResponse, Ticket } from "../../../src/protocol";
import { greet, newSessionId, press, say } from "../../helpers/api";
import { TICKET_ID } from "./support";

const PHONE = "341 555-1234";

/** The numbered steps a reply showed ("1. …"), in order. */
const stepsShown = (reply: string) => [...reply.matchAll(/^\d+\. (.+)$/gm)].map((m) => m[1]);

async function storedTicket(id: string): Promise<{ ticket: Ticket; text: string }> {
  const [json, txt] = await Promise.all([
    env.BUCKET.get(`tickets/${id}.json`),
    env.BUCKET.get(`tickets/${id}.txt`),
  ]);
  expect(json, "ticket JSON in R2").not.toBeNull();
  expect(txt, "ticket TXT in R2").not.toBeNull();
  return { ticket: (await json?.json<Ticket>()) as Ticket, text: (await txt?.text()) ?? "" };
}

/** What the ticket's transcript should be: every stored message before the hand-off's own reply. */
async function expectedTranscript(sessionId: string) {
  const { messages } = await env.CHAT_SESSION.getByName(sessionId).history();
  return messages.slice(0, -1).map((m) => ({
    role: m.role,
    text: m.text.replace(PHONE, "[phone]"),
    at: new Date(m.createdAt).toISOString(),
  }));
}

/** The lines of the TXT under `header`, up to the next blank line. */
function sectionLines(text: string, header: string): string[] {
  const lines = text.split("\n");
  const start = lines.indexOf(header);
  expect(start, `section ${header}`).toBeGreaterThan(-1);
  expect(lines[start + 1]).toBe("-".repeat(header.length));
  const rest = lines.slice(start + 2);
  const end = rest.indexOf("");
  return end === -1 ? rest : rest.slice(0, end);
}

describe("the ticket's JSON and TXT", () => {
  it("a Spanish escalation: every field, steps as shown, masked transcript, Spanish TXT", async () => {
    const sid = newSessionId("content");
    await greet(sid);
    const steps = await say(sid, `soy Ana, mi notebook no prende, mi cel es ${PHONE}`);
    const shown = stepsShown(steps.reply);
    expect(shown.length).toBeGreaterThan(0);
    await press(sid, "steps:persists");
    const handoff: ChatResponse = await press(sid, "technician");
    const id = handoff.ticket?.id ?? "";
    expect(id).toMatch(TICKET_ID);

    const { ticket, text } = await storedTicket(id);
    expect(Object.keys(ticket).sort()).toEqual(
      [
        "attachments",
        "contact",
        "createdAt",
        "device",
        "id",
        "language",
        "name",
        "problem",
        "sessionId",
        "source",
        "status",
        "stepsTried",
        "transcript",
        "url",
        "whatsapp",
      ].sort(),
    );
    expect(ticket).toMatchObject({
      id,
      sessionId: sid,
      language: "es",
      source: "chat",
      status: "open",
      name: "Ana",
      device: { id: "notebook", label: "Notebook" },
      problem: { id: "no_power", summary: "No enciende" },
      attachments: [],
      // Asked after the hand-off (test/integration/contact/): a phone in the problem's text is not it.
      contact: null,
    });
    expect(new Date(ticket.createdAt).toISOString()).toBe(ticket.createdAt);
    expect(ticket.stepsTried).toEqual(shown);

    expect(ticket.transcript).toEqual(await expectedTranscript(sid));
    expect(ticket.transcript.at(-1)).toMatchObject({ role: "user", text: "Hablar con un técnico 👨‍🔧" });
    const json = JSON.stringify(ticket);
    expect(json).toContain("[phone]");
    expect(json).not.toContain("555-1234");

    expect(ticket.whatsapp.number).toBe("5493415550000");
    expect(ticket.whatsapp.link).toBe(
      `https://wa.me/5493415550000?text=${encodeURIComponent(ticket.whatsapp.message)}`,
    );
    expect(handoff.ticket?.whatsappUrl).toBe(ticket.whatsapp.link);
    expect(ticket.whatsapp.message).toContain("Soy Ana y vengo del chat web");
    expect(ticket.whatsapp.message).toContain(`Ticket: ${id}`);
    expect(ticket.whatsapp.message).toContain(`Detalle: ${ticket.url}`);

    // The TXT in R2 is the rendering of the JSON in R2.
    expect(text).toBe(renderTicketText(ticket));
    const lines = text.split("\n");
    expect(lines[1]).toBe(`TICKET DE SOPORTE ${id} — Ana`);
    expect(text).toMatch(/^Generado: .+ \(hora de Argentina\)$/m);
    for (const header of ["CLIENTE Y EQUIPO", "PROBLEMA", "PASOS PROBADOS", "ADJUNTOS", "CONVERSACIÓN"]) {
      expect(lines).toContain(header);
    }
    // No session id: it is the key to the person's data routes, and the TXT gets pasted anywhere.
    expect(sectionLines(text, "CLIENTE Y EQUIPO")).toEqual([
      "Nombre: Ana",
      "Contacto: (no indicado)",
      "Equipo: Notebook",
    ]);
    expect(text).not.toContain(sid);
    expect(sectionLines(text, "PROBLEMA")).toEqual(["No enciende"]);
    expect(sectionLines(text, "PASOS PROBADOS")).toEqual(shown.map((s, i) => `${i + 1}. ${s}`));
    expect(sectionLines(text, "ADJUNTOS")).toEqual(["(ninguno)"]);

    const conversation = sectionLines(text, "CONVERSACIÓN");
    expect(conversation).toHaveLength(ticket.transcript.length);
    ticket.transcript.forEach((m, i) => {
      const who = m.role === "user" ? "Cliente" : "Tecnos";
      expect(conversation[i]).toMatch(new RegExp(`^\\[[^\\]]+\\] ${who}: `));
      expect(conversation[i]?.endsWith(`${who}: ${m.text.replaceAll("\n", " ")}`)).toBe(true);
    });
    expect(text).toContain(`Cliente: soy Ana, mi notebook no prende, mi cel es [phone]`);
    expect(text).not.toContain("555-1234");
    expect(text).toContain(`WhatsApp: ${ticket.whatsapp.link}`);
    expect(text).toContain(`Ver ticket: ${ticket.url}`);
  });

  it("an English escalation gets an English TXT", async () => {
    const sid = newSessionId("content");
    await greet(sid, "en");
    await say(sid, "My PC is very slow");
    const steps = await press(sid, "name:skip");
    const shown = stepsShown(steps.reply);
    expect(shown.length).toBeGreaterThan(0);
    const persisted = await press(sid, "steps:persists");
    expect(persisted.state.stage).toBe("escalation");
    const handoff = await press(sid, "technician");
    const id = handoff.ticket?.id ?? "";
    expect(id).toMatch(TICKET_ID);

    const { ticket, text } = await storedTicket(id);
    expect(ticket).toMatchObject({
      language: "en",
      name: null,
      device: { id: "desktop" },
      problem: { id: "slow" },
    });
    expect(ticket.stepsTried).toEqual(shown);
    expect(ticket.transcript).toEqual(await expectedTranscript(sid));

    expect(text).toBe(renderTicketText(ticket));
    const lines = text.split("\n");
    expect(lines[1]).toBe(`SUPPORT TICKET ${id}`);
    expect(text).toMatch(/^Generated: .+ \(Argentina time\)$/m);
    for (const header of ["CUSTOMER AND DEVICE", "PROBLEM", "STEPS TRIED", "ATTACHMENTS", "CONVERSATION"]) {
      expect(lines).toContain(header);
    }
    for (const spanish of ["TICKET DE SOPORTE", "PASOS PROBADOS", "CONVERSACIÓN", "hora de Argentina"]) {
      expect(text).not.toContain(spanish);
    }
    expect(sectionLines(text, "CUSTOMER AND DEVICE")[0]).toBe("Name: (not given)");
    expect(sectionLines(text, "STEPS TRIED")).toEqual(ticket.stepsTried.map((s, i) => `${i + 1}. ${s}`));
    const conversation = sectionLines(text, "CONVERSATION");
    expect(conversation).toHaveLength(ticket.transcript.length);
    for (const line of conversation) expect(line).toMatch(/^\[[^\]]+\] (Customer|Tecnos): /);
    expect(text).toContain(`View ticket: ${ticket.url}`);
  });
});
