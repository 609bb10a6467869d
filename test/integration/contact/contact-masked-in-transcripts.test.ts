import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { Transcript } from "../../../src/protocol";
import { call, press, say } from "../../helpers/api";
import { arrivedLines } from "../logs/support";
import { mirroredTranscript } from "../privacy/settle";
import { ADMIN, storedTicket, toHandoff } from "./support";

/** A local number without an area code: the shared masking rules keep bare 8-digit runs. */
const TYPED = "mi fijo 45551234, el cel 0341 15 555-1234 y el mail ana.lopez@correo.com";
const DIGITS = /45551234|5551234|555-1234/;
const EMAIL = /ana\.lopez|correo\.com/i;

/**
 * The message that carries the contact is kept as typed in the session (the person's own
 * conversation, erased with it) and on the ticket's `contact` field for the shop; everywhere else
 * it is masked whole: the R2 transcript, the admin transcript routes and every log line.
 */
describe("where the contact message is kept, and where it is masked", () => {
  it("as typed in the session; masked whole in the R2 and admin transcripts and in the logs", async () => {
    const { sessionId, handoff } = await toHandoff();
    await press(sessionId, "contact:yes");
    const saved = await say(sessionId, TYPED);
    expect(saved.reply).toMatch(/Guardé tu teléfono terminado en 1234 y tu email a•••@c•••\.com/);

    const { ticket } = await storedTicket(handoff.ticket?.id ?? "");
    // The first number that reads is the contact: the landline without its area code, as digits.
    expect(ticket.contact).toEqual({ phone: "45551234", email: "ana.lopez@correo.com" });

    const history = await env.CHAT_SESSION.getByName(sessionId).history();
    const kept = history.messages.filter((m) => m.kind === "contact");
    expect(kept.map((m) => m.text)).toEqual([TYPED]);

    const mirrored = await mirroredTranscript(sessionId);
    const admin = (await (
      await call(`/api/transcript-json/${sessionId}`, { headers: ADMIN })
    ).json()) as Transcript;
    const adminText = await (await call(`/api/transcript/${sessionId}`, { headers: ADMIN })).text();
    for (const transcript of [mirrored, admin]) {
      const line = transcript.messages.find((m) => m.text.startsWith("mi fijo"));
      expect(line?.text).toBe("mi fijo [phone], el cel [phone] y el mail [email]");
    }
    for (const body of [JSON.stringify(mirrored), JSON.stringify(admin), adminText]) {
      expect(body).not.toMatch(EMAIL);
      expect(body).not.toMatch(DIGITS);
    }

    const lines = await arrivedLines({ sessionId }, (got) =>
      got.some((l) => l.event === "ticket_contact_saved"),
    );
    const saving = lines.find((l) => l.event === "ticket_contact_saved");
    expect(saving).toMatchObject({ sessionId, ticketId: ticket.id, phone: true, email: true });
    for (const line of lines) {
      const text = JSON.stringify(line);
      expect(text, text).not.toMatch(EMAIL);
      expect(text, text).not.toMatch(DIGITS);
    }
  });
});
