import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { REDACTED_USER_TEXT } from "../../../src/lib/flow/outcomes";
import type { HistoryResponse, Ticket } from "../../../src/protocol";
import { call, greet, newSessionId, press, say } from "../../helpers/api";
import { manualTicket } from "../tickets/support";
import { ADMIN, mirroredTranscript } from "./settle";

/**
 * Personal data written the way people write it (any separator, full-width digits, `＠`, spelled
 * out) takes the same path as the plain forms: a card keeps the whole message out of storage;
 * emails and phones stay in the person's own conversation but are masked in every copy that leaves
 * it (R2 transcript, admin transcripts, ticket JSON, TXT and WhatsApp message).
 */

const fullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** A conversation at its steps: greeting, consent, name, device and problem. */
async function atSteps(): Promise<string> {
  const id = newSessionId("forms");
  await greet(id);
  await press(id, "consent:yes");
  expect((await say(id, "soy Ana, mi notebook no prende")).state.stage).toBe("steps");
  return id;
}

async function history(sessionId: string): Promise<HistoryResponse> {
  const res = await call(`/api/history/${sessionId}`);
  const body = await res.text();
  expect(res.status, body).toBe(200);
  return JSON.parse(body) as HistoryResponse;
}

/** Every copy of the conversation that leaves the session object, as text. */
async function copies(sessionId: string, ticketId: string): Promise<Record<string, string>> {
  const read = async (path: string) => {
    const res = await call(path, { headers: ADMIN });
    const body = await res.text();
    expect(res.status, `${path}: ${body}`).toBe(200);
    return body;
  };
  const ticket = JSON.parse(await read(`/api/ticket/${ticketId}`)) as Ticket;
  return {
    "R2 transcript": JSON.stringify(await mirroredTranscript(sessionId)),
    "admin transcript (JSON)": await read(`/api/transcript-json/${sessionId}`),
    "admin transcript (text)": await read(`/api/transcript/${sessionId}`),
    "ticket JSON": JSON.stringify(ticket),
    "ticket TXT": (await (await env.BUCKET.get(`tickets/${ticketId}.txt`))?.text()) ?? "",
    "WhatsApp message": ticket.whatsapp.message,
  };
}

async function handOff(sessionId: string): Promise<string> {
  await press(sessionId, "steps:persists");
  const handoff = await press(sessionId, "technician");
  expect(handoff.ticket?.id).toBeTruthy();
  return handoff.ticket?.id ?? "";
}

describe("card numbers in any written form keep the message out of storage", () => {
  const forms = {
    dots: "4539.1488.0343.6467",
    slashes: "4539/1488/0343/6467",
    underscores: "4539_1488_0343_6467",
    "full-width digits": fullWidth("4539 1488 0343 6467"),
  };
  for (const [name, card] of Object.entries(forms)) {
    it(`${name}: warned, stored redacted, in no copy`, async () => {
      const id = await atSteps();
      const message = `mi tarjeta es ${card}`;
      const answer = await say(id, message);
      expect(answer.reply).toMatch(/tarjeta|card/i);
      const shown = await history(id);
      const user = shown.messages.filter((m) => m.role === "user").map((m) => m.text);
      expect(user).toContain(REDACTED_USER_TEXT);
      expect(JSON.stringify(shown)).not.toContain(card);
      const ticketId = await handOff(id);
      for (const [where, text] of Object.entries(await copies(id, ticketId))) {
        expect(text, where).not.toContain(card);
        expect(text.normalize("NFKC"), where).not.toContain(card.normalize("NFKC"));
      }
    });
  }
});

describe("emails and phones in any written form are masked in every copy", () => {
  it("full-width ＠ and digits, spelled-out addresses, dotted phones", async () => {
    const id = await atSteps();
    const raw = [
      "ana＠example.com",
      "beto arroba gmail punto com",
      "caro at example dot com",
      fullWidth("+54 9 11 1234-5678"),
      "11.4567.8901",
      "(011) 4567-8901",
    ];
    const message = `mis datos: ${raw.join(", ")}; sigue sin prender`;
    await say(id, message);
    // The person's own conversation keeps their words as typed.
    const own = (await history(id)).messages.map((m) => m.text);
    expect(own).toContain(message);

    const ticketId = await handOff(id);
    const all = await copies(id, ticketId);
    for (const [where, text] of Object.entries(all)) {
      for (const form of raw) {
        expect(text, `${where}: ${form}`).not.toContain(form);
        expect(text.normalize("NFKC"), `${where}: ${form}`).not.toContain(form.normalize("NFKC"));
      }
    }
    for (const where of ["R2 transcript", "admin transcript (text)", "ticket JSON", "ticket TXT"]) {
      expect(all[where], where).toContain("mis datos: [email], [email], [email], [phone], [phone], [phone]");
    }
  });
});

describe("an admin's manual ticket masks the same forms in every free-text field", () => {
  it("name, device and problem", async () => {
    const ticket = await manualTicket({
      sessionId: newSessionId("forms"),
      name: `Ana ${fullWidth("11 4567 8901")}`,
      device: "notebook de ana＠example.com",
      problem: "no prende, pagó con 4539/1488/0343/6467",
    });
    expect(ticket.name).toBe("Ana [phone]");
    expect(ticket.device.label).toBe("notebook de [email]");
    expect(ticket.problem.summary).toBe("no prende, pagó con [card]");
    expect(ticket.whatsapp.message).not.toMatch(/＠|4539|１１/);
  });
});
