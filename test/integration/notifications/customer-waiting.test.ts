import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import { greet, newSessionId, press, say } from "../../helpers/api";
import { addStaff, signIn } from "../../helpers/desk";
import { captureConsole, queueProbe, rewireWithQueue } from "./support";

/** A customer writing on a ticket the shop set to "waiting" (for them) tells the shop, once. */
describe("a customer writes on a ticket that waits for them", () => {
  it("enqueues one ticket.customer_waiting (ids and time only) while it waits; nothing before or after", async () => {
    const sessionId = newSessionId("waiting");
    const logs = captureConsole();
    const checked = (status: string) =>
      vi.waitFor(() =>
        expect(logs.events("customer_wrote_on_ticket").map((e) => e.status)).toContain(status),
      );
    const probe = queueProbe();
    await rewireWithQueue(env.CHAT_SESSION.getByName(sessionId), probe);
    await greet(sessionId);
    await press(sessionId, "consent:yes");
    await say(sessionId, "me llamo Ana");
    await say(sessionId, "mi notebook no prende");
    const ticketId = (await press(sessionId, "technician")).ticket?.id as string;
    await vi.waitFor(() => expect(probe.sent).toHaveLength(1)); // ticket.created
    const desk = await signIn((await addStaff("technician")).email);
    const status = (value: string) =>
      desk.json("POST", `/api/desk/tickets/${ticketId}/status`, { status: value });

    // New, then in progress: writing tells nobody (the shop is on it already).
    await press(sessionId, "contact:skip");
    expect((await status("in_progress")).status).toBe(200);
    await say(sessionId, "¿hay novedades?");
    await checked("in_progress");
    expect(probe.sent).toHaveLength(1);

    expect((await status("waiting")).status).toBe(200);
    const before = Date.now();
    await say(sessionId, "ya conseguí el cargador, llamame al 11 5555 1234");
    await vi.waitFor(() => expect(probe.sent).toHaveLength(2));
    const notice = probe.sent[1] as { kind: string; ticketId: string; at: string };
    expect(notice).toEqual({ kind: "ticket.customer_waiting", ticketId, at: notice.at });
    expect(Date.parse(notice.at)).toBeGreaterThanOrEqual(before - 1000);
    expect(JSON.stringify(notice)).not.toMatch(/5555|cargador|Ana/);

    // More messages while it waits: no second notice within the half hour (not even a D1 read).
    await say(sessionId, "¿me escuchan?");
    await say(sessionId, "hola?");
    expect(logs.events("customer_wrote_on_ticket").filter((e) => e.status === "waiting")).toHaveLength(1);
    expect(probe.sent).toHaveLength(2);
  });
});
