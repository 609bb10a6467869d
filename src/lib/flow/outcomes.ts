import type { Button, Language } from "../../protocol";
import { offerContact, shouldOfferContact } from "./contact-turn";
import { label, type ShopInfo, say } from "./messages";
import type { SessionState } from "./state";
import type { TurnResult } from "./transitions";

/**
 * What the conversation says and keeps when a turn ends outside the rules: a technician hand-off
 * (the ticket was or was not stored) and a photo the user sent. The session object stores these
 * replies; it writes no conversation text of its own.
 */

/** The ticket as the hand-off reply needs it: its id and the WhatsApp link that carries its summary. */
export type HandoffTicket = { ok: true; id: string; whatsappLink: string } | { ok: false };

/** The rules' hand-off draft, re-worded for the ticket that now exists (or could not be stored). */
export function handoffResult(
  draft: TurnResult,
  ticket: HandoffTicket,
  shop: ShopInfo & { whatsappNumber: string },
): TurnResult {
  const l = draft.state.language;
  const whatsappUrl = ticket.ok ? ticket.whatsappLink : `https://wa.me/${shop.whatsappNumber}`;
  const whatsapp = { label: label.whatsapp(l), value: "technician", url: whatsappUrl };
  const close = { label: label.close(l), value: "close" };
  if (!ticket.ok) return { ...draft, reply: say.ticketFailed(l, shop), buttons: [whatsapp, close] };
  const created = say.ticketCreated(l, ticket.id);
  if (!shouldOfferContact(draft.state)) return { ...draft, reply: created, buttons: [whatsapp, close] };
  // Only once the ticket exists: the question adds to it, and never holds it up.
  const state = structuredClone(draft.state);
  const question = offerContact(state);
  return {
    ...draft,
    state,
    reply: `${created}\n\n${question.text}`,
    buttons: [whatsapp, ...question.buttons],
  };
}

/** Whether the contact a turn took reached its ticket (`retrying`: kept, the alarm tries again). */
export type SavedContact = { ok: true } | { ok: false; retrying: boolean };

/** The rules' confirmation of a contact, re-worded when the ticket could not take it. */
export function contactResult(draft: TurnResult, saved: SavedContact): TurnResult {
  if (saved.ok) return draft;
  const l = draft.state.language;
  const close = { label: label.close(l), value: "close" };
  if (saved.retrying) return { ...draft, reply: say.contactNotSaved(l, true), buttons: [close] };
  // No ticket to hold it (an admin deleted it): the next hand-off makes one and asks again.
  const state = { ...draft.state, contactOffer: "none" as const };
  return {
    ...draft,
    state,
    reply: say.contactNotSaved(l, false),
    buttons: [{ label: label.technician(l), value: "technician" }, close],
  };
}

/** Photos are personal data: only after consent, and not once the user declined or closed the chat. */
export const acceptsPhotos = (state: SessionState | null): boolean =>
  state?.consent === true && state.stage !== "declined" && state.stage !== "closed";

/** The answer to a photo: it joins the case; `findings` (smart mode's vision) when the model saw it. */
export function photoResult(state: SessionState, findings: string | null, lastButtons: Button[]): TurnResult {
  return {
    state,
    reply: say.photoReceived(state.language, findings),
    // The same choices as before the photo; link buttons (WhatsApp) are not repeated.
    buttons: lastButtons.filter((b) => !b.url),
    redactUserText: false,
    handoffRequested: false,
    contact: null,
  };
}

/** Stored instead of a message that shared secrets (passwords, card numbers). */
export const REDACTED_USER_TEXT = "[redacted: message contained sensitive data]";

export type UserTurn =
  | { kind: "text"; text: string }
  /** Typed while the chat waits for a phone or an email: never sent to the model, masked whole in transcripts. */
  | { kind: "contact"; text: string }
  /** A button press, kept as the label the user saw when the last reply offered it. */
  | { kind: "action"; value: string; offered: Button[] }
  | { kind: "photo"; language: Language };

/** The user's side of a turn as the conversation keeps it. */
export function userLine(turn: UserTurn, redact: boolean): { kind: UserTurn["kind"]; text: string } {
  if (redact) return { kind: turn.kind, text: REDACTED_USER_TEXT };
  switch (turn.kind) {
    case "text":
    case "contact":
      return { kind: turn.kind, text: turn.text };
    case "action":
      return { kind: "action", text: turn.offered.find((b) => b.value === turn.value)?.label ?? turn.value };
    case "photo":
      return { kind: "photo", text: turn.language === "es" ? "📷 Foto" : "📷 Photo" };
  }
}
