import { describe, expect, it } from "vitest";
import type { MyDataResponse } from "../../../src/protocol";
import { call, press, say } from "../../helpers/api";
import { mirroredTranscript } from "../privacy/settle";
import { hrefs, storedTicket, toHandoff } from "./support";

const PHONE_DIGITS = /5551234|555-1234/;
const EMAIL = /ana\.lopez|correo\.com/i;

/**
 * The phone and email the person left are theirs: the data export shows them (the ticket and the
 * message they typed), and a GDPR erasure removes them from the ticket's JSON, TXT and page along
 * with the rest of the conversation; the anonymised ticket keeps neither.
 */
describe("the contact and the person's own data", () => {
  it("is in the person's data export, and gone from the ticket after an erasure", async () => {
    const { sessionId, handoff } = await toHandoff();
    const id = handoff.ticket?.id ?? "";
    await press(sessionId, "contact:yes");
    await say(sessionId, "0341 15 555-1234 o ana.lopez@correo.com");
    await mirroredTranscript(sessionId);

    const exported = (await (await call(`/api/gdpr/my-data/${sessionId}`)).json()) as MyDataResponse;
    expect(exported.tickets[0]?.contact).toEqual({ phone: "+5493415551234", email: "ana.lopez@correo.com" });
    const typed = exported.conversation.messages.find((m) => m.kind === "contact");
    expect(typed?.text).toBe("0341 15 555-1234 o ana.lopez@correo.com");

    const res = await call(`/api/gdpr/delete-me/${sessionId}`, { method: "DELETE" });
    expect(res.status, await res.clone().text()).toBe(200);
    expect(((await res.json()) as { ticketsAnonymised: string[] }).ticketsAnonymised).toEqual([id]);

    const { ticket, text, page } = await storedTicket(id);
    expect(ticket.contact).toBeNull();
    for (const body of [JSON.stringify(ticket), text, page]) {
      expect(body).not.toMatch(PHONE_DIGITS);
      expect(body).not.toMatch(EMAIL);
    }
    expect(hrefs(page).some((href) => href.startsWith("tel:") || href.startsWith("mailto:"))).toBe(false);
    expect(text).toContain("Contacto: (no indicado)");
  });
});
