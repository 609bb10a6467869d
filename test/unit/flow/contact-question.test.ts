import { describe, expect, it } from "vitest";
import { runTurn, type TurnInput, type TurnResult } from "../../../src/lib/flow/engine";
import { contactResult, handoffResult } from "../../../src/lib/flow/outcomes";
import { parseAction } from "../../../src/lib/flow/signals";
import type { SessionState } from "../../../src/lib/flow/state";
import type { Language } from "../../../src/protocol";

const shop = { name: "STI", contact: "info@sti.example", whatsappNumber: "5493415550000" };
const TICKET = {
  ok: true as const,
  id: "STI-20261128-ABC234",
  whatsappLink: "https://wa.me/5493415550000?text=x",
};

/** One turn of the pure engine; a hand-off is finished as the session object does, with a ticket. */
function turn(state: SessionState | null, input: string | { action: string }): TurnResult {
  const signal = typeof input === "string" ? null : parseAction(input.action);
  const turnInput: TurnInput =
    typeof input === "string"
      ? { kind: "text", text: input }
      : signal
        ? { kind: "action", signal }
        : { kind: "text", text: "" };
  const draft = runTurn(state, turnInput, shop);
  return draft.handoffRequested ? handoffResult(draft, TICKET, shop) : draft;
}

function play(inputs: (string | { action: string })[], start: SessionState | null = null) {
  let state = start;
  return inputs.map((input) => {
    const result = turn(state, input);
    state = result.state;
    return result;
  });
}

/** A conversation at its hand-off, typed in `language`; returns the hand-off turn. */
function handedOff(language: Language = "es") {
  const typed =
    language === "es"
      ? ["hola", "si", "Ana", "mi notebook no prende", "sigue igual"]
      : ["hello", "yes", "Ann", "my laptop won't turn on", "still the same"];
  const turns = play([...typed, { action: "technician" }]);
  const last = turns.at(-1);
  if (!last) throw new Error("no turns");
  return last;
}

const values = (r: TurnResult) => r.buttons.map((b) => b.value);

describe("the contact question after a hand-off", () => {
  it("follows the ticket's own reply, optional, with the WhatsApp link and two answers", () => {
    const handoff = handedOff();
    expect(handoff.reply).toMatch(/^🎫 Listo, tu ticket es STI-20261128-ABC234\./);
    expect(handoff.reply).toMatch(/dejanos un teléfono o un email.*opcional/s);
    expect(handoff.buttons.map((b) => b.label)).toEqual([
      "Escribir por WhatsApp 💬",
      "Dejar teléfono o email 📞",
      "No, gracias",
    ]);
    expect(handoff.buttons[0]?.url).toBe(TICKET.whatsappLink);
    expect(values(handoff).slice(1)).toEqual(["contact:yes", "contact:skip"]);
    expect(handoff.state).toMatchObject({ stage: "escalation", contactOffer: "offered" });
  });

  it("is asked in English in an English conversation", () => {
    const handoff = handedOff("en");
    expect(handoff.reply).toMatch(/leave us a phone number or an email/);
    expect(handoff.buttons.map((b) => b.label).slice(1)).toEqual(["Leave a phone or email 📞", "No, thanks"]);
  });

  it("'leave one' asks for it; a typed phone is taken for the ticket, confirmed by its last digits only", () => {
    const [asked, given] = play([{ action: "contact:yes" }, "mi cel es 0341 15 555-1234"], handedOff().state);
    expect(asked?.reply).toMatch(/escribí tu teléfono con código de área/i);
    expect(values(asked as TurnResult)).toEqual(["contact:skip"]);
    expect(given?.contact).toEqual({ phone: "+5493415551234" });
    expect(given?.reply).toBe(
      "¡Gracias! 🙌 Guardé tu teléfono terminado en 1234 en tu ticket: el técnico te va a contactar por ahí.",
    );
    expect(given?.reply).not.toMatch(/555|0341/);
    expect(given?.redactUserText).toBe(false);
    expect(given?.state).toMatchObject({ stage: "escalation", contactOffer: "given" });
    expect(values(given as TurnResult)).toEqual(["close"]);
  });

  it("takes a phone and an email typed straight away, without pressing anything", () => {
    const [given] = play(["ana@correo.com y 341 555 1234"], handedOff().state);
    expect(given?.contact).toEqual({ phone: "+543415551234", email: "ana@correo.com" });
    expect(given?.reply).toMatch(/terminado en 1234 y tu email a•••@c•••\.com/);
  });

  it("an English email is confirmed in English", () => {
    const [given] = play(["it's ann@example.com"], handedOff("en").state);
    expect(given?.contact).toEqual({ email: "ann@example.com" });
    expect(given?.reply).toBe(
      "Thanks! 🙌 I saved your email a•••@e•••.com on your ticket: the technician will reach you there.",
    );
  });

  it("a phone number that passes the card checksum is a phone here, not a card: kept, no warning", () => {
    // 5493415551003 is Luhn-valid: anywhere else it is masked and stored redacted as a card.
    const [given] = play(["+54 9 341 555-1003"], handedOff().state);
    expect(given?.contact).toEqual({ phone: "+5493415551003" });
    expect(given?.redactUserText).toBe(false);
    expect(given?.reply).not.toMatch(/tarjetas/);
  });

  it("a secret beside the contact still redacts the message and warns, and the contact is kept", () => {
    const [given] = play(["mi cel 341 555-1234 y mi clave es Gato1234"], handedOff().state);
    expect(given?.contact).toEqual({ phone: "+543415551234" });
    expect(given?.redactUserText).toBe(true);
    expect(given?.reply).toMatch(/contraseñas/);
  });

  it("asks again, saying what is wrong, at most twice, then goes on without it", () => {
    const turns = play(["555 12", "ana@correo", "no sé"], handedOff().state);
    expect(turns[0]?.reply).toMatch(/8 a 15 números/);
    expect(turns[1]?.reply).toMatch(/con @/);
    expect(turns.slice(0, 2).map(values)).toEqual([["contact:skip"], ["contact:skip"]]);
    expect(turns[2]?.reply).toMatch(/seguimos sin eso/);
    expect(turns[2]?.state.contactOffer).toBe("skipped");
    expect(turns.every((t) => t.contact === null && t.state.stage === "escalation")).toBe(true);
  });

  it.each(["no", "no, gracias", "paso", "gracias", { action: "contact:skip" }])(
    "'%s' goes on without a contact",
    (input) => {
      const [skipped] = play([input], handedOff().state);
      expect(skipped?.contact).toBeNull();
      expect(skipped?.reply).toMatch(/sin problema/);
      expect(skipped?.state.contactOffer).toBe("skipped");
      expect(values(skipped as TurnResult)).toEqual(["close"]);
    },
  );

  it("'sí' asks them to type it", () => {
    const [asked] = play(["sí"], handedOff().state);
    expect(asked?.state.contactOffer).toBe("typing");
    expect(asked?.reply).toMatch(/escribí tu teléfono/i);
  });

  it("talking about the problem instead goes on without a contact and is answered as before", () => {
    const [turned] = play(["en realidad es la impresora que no imprime"], handedOff().state);
    expect(turned?.state.contactOffer).toBe("skipped");
    expect(turned?.state).toMatchObject({ stage: "steps", device: "printer", problem: "printing" });
  });

  it("asking for a technician again repeats the ticket and the question", () => {
    const [again] = play(["quiero hablar con un técnico"], handedOff().state);
    expect(again?.handoffRequested).toBe(true);
    expect(again?.reply).toMatch(/tu ticket es STI-20261128-ABC234[\s\S]*teléfono o un email/);
  });

  it("is not asked again once answered, even after starting over", () => {
    const [skipped] = play([{ action: "contact:skip" }], handedOff().state);
    const later = play(
      [{ action: "restart" }, "mi notebook no prende", "sigue igual", { action: "technician" }],
      skipped?.state,
    );
    const handoff = later.at(-1);
    expect(handoff?.reply).toMatch(/tu ticket es/);
    expect(handoff?.reply).not.toMatch(/teléfono o un email/);
    expect(values(handoff as TurnResult)).toEqual(["technician", "close"]);
  });

  it("a switch of language asks the same question in the other language", () => {
    const [switched] = play([{ action: "contact:yes" }, { action: "lang:en" }], handedOff().state).slice(1);
    expect(switched?.reply).toMatch(/type your phone number/i);
    expect(values(switched as TurnResult)).toEqual(["contact:skip"]);
  });

  it("a contact button pressed when no question is open only repeats the current question", () => {
    const [early] = play(["hola", "si", { action: "contact:yes" }]).slice(2);
    expect(early?.state.stage).toBe("name");
    expect(early?.state.contactOffer).toBe("none");
    expect(early?.contact).toBeNull();
  });

  it("is not asked when the ticket could not be stored", () => {
    const turns = play(["hola", "si", "Ana", "mi notebook no prende", "sigue igual"]);
    const draft = runTurn(
      turns.at(-1)?.state ?? null,
      { kind: "action", signal: { type: "technician" } },
      shop,
    );
    const failed = handoffResult(draft, { ok: false }, shop);
    expect(failed.reply).toMatch(/No pude generar el ticket/);
    expect(failed.reply).not.toMatch(/teléfono o un email/);
    expect(failed.state.contactOffer).toBe("none");
  });

  it("says so when the ticket could not take the contact: retried, or no ticket to take it", () => {
    const [given] = play(["341 555 1234"], handedOff().state);
    const draft = given as TurnResult;
    expect(contactResult(draft, { ok: true })).toBe(draft);
    const retrying = contactResult(draft, { ok: false, retrying: true });
    expect(retrying.reply).toMatch(/lo vuelvo a intentar/);
    expect(retrying.state.contactOffer).toBe("given");
    const gone = contactResult(draft, { ok: false, retrying: false });
    expect(gone.reply).toMatch(/No encontré tu ticket/);
    expect(gone.state.contactOffer).toBe("none");
    expect(values(gone)).toEqual(["technician", "close"]);
  });
});
