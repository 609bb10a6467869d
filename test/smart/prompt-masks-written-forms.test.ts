import { describe, expect, it } from "vitest";
import { bodyOf, Conversation, modelRequests, newMarker, scenario } from "./support";

/**
 * What reaches the model goes through the same masking as tickets and transcripts: personal data
 * written with full-width characters, `＠`, spelled-out "arroba", dotted phones, is masked in the
 * user's turn and in the history sent with later turns; a card in any form is never sent at all.
 */

const fullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe("the prompt masks personal data in any written form", () => {
  it("masks full-width, spelled-out and dotted forms in the user's turn and in the history", async () => {
    const chat = new Conversation();
    await chat.toSteps();
    const first = newMarker();
    await scenario(first, [{ kind: "ok", content: "Probá con otro cargador. ¿Prende?" }]);
    const raw = [
      "ana＠example.com",
      "beto arroba gmail punto com",
      fullWidth("11 4567 8901"),
      "11.4567.8901",
    ];
    await chat.say(`${first} sigue igual, escribime a ${raw.join(" o ")}`);
    const [request] = await modelRequests(first);
    const user = bodyOf(request).messages.at(-1);
    expect(user?.content).toBe(`${first} sigue igual, escribime a [email] o [email] o [phone] o [phone]`);

    const second = newMarker();
    await scenario(second, [{ kind: "ok", content: "Entonces probá con otro enchufe." }]);
    await chat.say(`${second} no prende`);
    const [later] = await modelRequests(second);
    const sent = JSON.stringify(bodyOf(later).messages);
    for (const form of raw) {
      expect(sent, form).not.toContain(JSON.stringify(form).slice(1, -1));
      expect(sent.normalize("NFKC"), form).not.toContain(form.normalize("NFKC"));
    }
    expect(sent).toContain("[email] o [email] o [phone] o [phone]");
  });

  it("never sends a message with a card number in any form, then or later", async () => {
    const chat = new Conversation();
    await chat.toSteps();
    const marker = newMarker();
    await scenario(marker, [{ kind: "ok", content: "No debería llegar." }]);
    const reply = await chat.say(`${marker} mi tarjeta es 4539.1488.0343.6467`);
    expect(reply.reply).not.toBe("No debería llegar.");
    expect(await modelRequests(marker)).toHaveLength(0);

    const next = newMarker();
    await scenario(next, [{ kind: "ok", content: "Probá con otro enchufe." }]);
    await chat.say(`${next} no prende`);
    const [later] = await modelRequests(next);
    expect(JSON.stringify(bodyOf(later).messages)).not.toMatch(/4539|1488|0343|6467/);
  });
});
