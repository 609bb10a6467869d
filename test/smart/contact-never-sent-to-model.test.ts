import { describe, expect, it } from "vitest";
import { bodyOf, Conversation, modelRequests, newMarker, scenario } from "./support";

/**
 * Smart mode and the contact question: what the person types while the chat asks for a phone or
 * an email is never sent to the model, not even masked: neither in that turn (the rules answer it)
 * nor in the history of later turns, which also leaves out the reply that confirmed it.
 */
describe("the contact never reaches the model", () => {
  it("not in its own turn, nor in a later turn's history", async () => {
    const chat = new Conversation();
    await chat.toSteps();
    await chat.press("steps:persists");
    const handoff = await chat.press("technician");
    expect(handoff.reply).toMatch(/teléfono o un email/);

    // Its marker rides in the contact message: any model call carrying that message is recorded.
    const inContact = newMarker();
    await scenario(inContact, [{ kind: "ok", content: "No debería llegar." }]);
    const saved = await chat.say(`${inContact} mi cel es 0341 15 555-1234, mail ana.lopez@correo.com`);
    expect(saved.reply).toMatch(/Guardé tu teléfono terminado en 1234/);
    expect(await modelRequests(inContact)).toHaveLength(0);

    const later = newMarker();
    await scenario(later, [{ kind: "ok", content: "Si querés, probá con otro cargador mientras tanto." }]);
    const next = await chat.say(`${later} mientras tanto, ¿puedo probar algo más con la notebook?`);
    expect(next.reply).toBe("Si querés, probá con otro cargador mientras tanto.");
    const [request] = await modelRequests(later);
    // The conversation as sent (the instructions name the masks, so they are left out here).
    const sent = JSON.stringify(bodyOf(request).messages.filter((m) => m.role !== "system"));
    expect(sent).toContain("mientras tanto");
    expect(sent).not.toContain(inContact);
    expect(sent).not.toMatch(/555|0341|ana\.lopez|correo|\[phone\]|\[email\]|terminado en/);
    // Still the earlier conversation: the hand-off's own reply is there.
    expect(sent).toContain("tu ticket es");
    expect(await modelRequests(inContact)).toHaveLength(0);

    const history = await chat.history();
    expect(history.messages.filter((m) => m.kind === "contact")).toHaveLength(1);
  });
});
