import type { Button, TicketContact } from "../../protocol";
import { readContact } from "../contact/read-contact";
import { detectSensitive } from "../understanding";
import { label, say } from "./messages";
import { MAX_CONTACT_ATTEMPTS, type SessionState } from "./state";
import { hasContent, type Understood } from "./understand-turn";

/**
 * The optional question after a hand-off: a phone or an email the shop can reach the person at.
 * The ticket exists before it is asked; any answer (or none) only adds to it. Works on the state
 * and the reply being written, so the engine's other modules can use it without importing each
 * other in a circle.
 */

/** The part of a reply these functions write (render.ts's `Reply`). */
interface ReplyDraft {
  add(text: string): unknown;
  buttons: Button[];
}

/** Asked after the hand-off and not answered yet: typed text is read as a phone or an email. */
export function awaitingContact(state: SessionState): boolean {
  return (
    state.stage === "escalation" &&
    state.escalation?.accepted === true &&
    (state.contactOffer === "offered" || state.contactOffer === "typing")
  );
}

/** A hand-off's ticket exists: ask, unless this session already answered. */
export const shouldOfferContact = (state: SessionState): boolean =>
  state.contactOffer !== "given" && state.contactOffer !== "skipped";

/** The question as it stands: "would you like to leave one?", or "type it". */
export function contactQuestion(state: SessionState): { text: string; buttons: Button[] } {
  const l = state.language;
  const no = { label: label.noContact(l), value: "contact:skip" };
  if (state.contactOffer === "typing") return { text: say.typeContact(l), buttons: [no] };
  return { text: say.askContact(l), buttons: [{ label: label.leaveContact(l), value: "contact:yes" }, no] };
}

/** Starts the question (after a hand-off reply that named the ticket). */
export function offerContact(state: SessionState): { text: string; buttons: Button[] } {
  state.contactOffer = "offered";
  state.contactAttempts = 0;
  return contactQuestion(state);
}

/** What is left once the question is answered: the hand-off is done, the chat can be closed. */
const doneButtons = (state: SessionState): Button[] => [
  { label: label.close(state.language), value: "close" },
];

/** "Dejar teléfono o email" (`give`) or "No, gracias". */
export function answerContactButton(state: SessionState, reply: ReplyDraft, give: boolean): void {
  if (give) {
    state.contactOffer = "typing";
    const question = contactQuestion(state);
    reply.add(question.text);
    reply.buttons = question.buttons;
    return;
  }
  skip(state, reply);
}

function skip(state: SessionState, reply: ReplyDraft): void {
  state.contactOffer = "skipped";
  reply.add(say.contactSkipped(state.language));
  reply.buttons = doneButtons(state);
}

/**
 * A typed message that holds a phone or an email: taken (the ticket gets it), confirmed with a
 * hint of it only. `sensitive`: the rest of the message shared a secret, so it is stored redacted
 * (the contact itself is no secret: a number we asked for is not a card because it passes Luhn).
 * Null when the message holds neither.
 */
export function takeContact(
  state: SessionState,
  reply: ReplyDraft,
  text: string,
): { contact: TicketContact; sensitive: boolean } | null {
  const reading = readContact(text);
  if (!reading.ok) return null;
  const sensitive = detectSensitive(reading.rest);
  if (sensitive) reply.add(say.sensitive(state.language));
  state.contactOffer = "given";
  reply.add(say.contactSaved(state.language, contactHint(reading.contact)));
  reply.buttons = doneButtons(state);
  return { contact: reading.contact, sensitive };
}

/**
 * Any other typed answer while the question is open. "No" / "paso" / "gracias" go on without;
 * "sí" asks them to type it; a message about the problem goes on without and is answered as such
 * (`not_contact`: the caller handles it); anything else is asked again, at most twice.
 */
export function contactText(
  state: SessionState,
  reply: ReplyDraft,
  u: Understood,
): "handled" | "not_contact" {
  const l = state.language;
  const { intents } = u;
  const declines =
    intents.has("no") || intents.has("skip") || intents.has("goodbye") || intents.has("thanks");
  if (declines && !hasContent(u)) {
    skip(state, reply);
    return "handled";
  }
  if (intents.has("yes") && !hasContent(u)) {
    answerContactButton(state, reply, true);
    return "handled";
  }
  const reading = readContact(u.text);
  const reason = reading.ok ? "none" : reading.reason;
  if (hasContent(u) && reason === "none") {
    state.contactOffer = "skipped";
    return "not_contact";
  }
  state.contactAttempts += 1;
  if (state.contactAttempts >= MAX_CONTACT_ATTEMPTS) {
    state.contactOffer = "skipped";
    reply.add(say.contactGaveUp(l));
    reply.buttons = doneButtons(state);
    return "handled";
  }
  reply.add(say.contactRetry(l, reason));
  reply.buttons = [{ label: label.noContact(l), value: "contact:skip" }];
  return "handled";
}

/**
 * Enough to recognise what was saved, and too little to name anyone (the reply is stored and
 * mirrored like any other): a phone's last four digits; an email's first letter, its domain's first
 * letter and its top-level domain (`a•••@c•••.com`).
 */
export function contactHint(contact: TicketContact): { phoneEnd?: string; emailHint?: string } {
  const hint: { phoneEnd?: string; emailHint?: string } = {};
  if (contact.phone) hint.phoneEnd = contact.phone.replace(/\D/g, "").slice(-4);
  if (contact.email) {
    const [local = "", domain = ""] = contact.email.split("@");
    const top = domain.slice(domain.lastIndexOf(".") + 1);
    hint.emailHint = `${[...local][0] ?? ""}•••@${[...domain][0] ?? ""}•••.${top}`;
  }
  return hint;
}
