import type { Button, Language } from "../../protocol";
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
  return {
    ...draft,
    reply: ticket.ok ? say.ticketCreated(l, ticket.id) : say.ticketFailed(l, shop),
    buttons: [
      { label: label.whatsapp(l), value: "technician", url: whatsappUrl },
      { label: label.close(l), value: "close" },
    ],
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
  };
}

/** Stored instead of a message that shared secrets (passwords, card numbers). */
export const REDACTED_USER_TEXT = "[redacted: message contained sensitive data]";

export type UserTurn =
  | { kind: "text"; text: string }
  /** A button press, kept as the label the user saw when the last reply offered it. */
  | { kind: "action"; value: string; offered: Button[] }
  | { kind: "photo"; language: Language };

/** The user's side of a turn as the conversation keeps it. */
export function userLine(turn: UserTurn, redact: boolean): { kind: UserTurn["kind"]; text: string } {
  if (redact) return { kind: turn.kind, text: REDACTED_USER_TEXT };
  switch (turn.kind) {
    case "text":
      return { kind: "text", text: turn.text };
    case "action":
      return { kind: "action", text: turn.offered.find((b) => b.value === turn.value)?.label ?? turn.value };
    case "photo":
      return { kind: "photo", text: turn.language === "es" ? "📷 Foto" : "📷 Photo" };
  }
}
