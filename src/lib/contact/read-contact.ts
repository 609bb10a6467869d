import type { TicketContact } from "../../protocol";
import { maskPersonalData } from "../masking";
import { normaliseEmail } from "./email";
import { normalisePhone } from "./phone";

/**
 * The phone number and/or email a person typed when the chat asked how the shop can reach them,
 * found inside whatever else they wrote ("mi cel es 341 555-1234", "ana@correo.com, gracias").
 * Pure: no I/O. `reason` says what to ask again: a number of the wrong length, an address that is
 * not one, or nothing that looks like either.
 */
export type ContactReading =
  | {
      ok: true;
      contact: TicketContact;
      /** The message without the contact: still checked for secrets (a card number beside it). */
      rest: string;
    }
  | { ok: false; reason: "none" | "phone" | "email" };

interface Span {
  start: number;
  end: number;
  text: string;
}

/** A run of characters around an `@`, up to a space or punctuation that cannot be in an address. */
const EMAIL_CANDIDATE = /[^\s<>()[\]{},;:"'¿?¡!]*[@＠][^\s<>()[\]{},;:"'¿?¡!]*/gu;
/** Digits with the separators people put between their groups, an optional leading `+`. */
const PHONE_CANDIDATE = /[+＋]?[(（]?\p{Nd}(?:[\p{Nd}\s()./_\-‐‑‒–—（）]*\p{Nd})?/gu;
/** Ticket ids carry a date (8 digits): quoted back to us, they are no phone number. */
const TICKET_ID = /\bSTI-\d{8}-[A-Z0-9]{6}\b/gi;
/** Fewer digits than this is a count or a step ("2 veces"), not an attempt at a number. */
const MIN_ATTEMPT_DIGITS = 5;
/** Spelled-out addresses ("ana arroba gmail punto com") are asked again, written with `@`. */
const SPELLED_AT = /(?:^|\s)(?:arroba|at)(?:\s|$)|\[at\]/i;

const digitCount = (text: string) => (text.normalize("NFKC").match(/\d/g) ?? []).length;

function spans(text: string, pattern: RegExp): Span[] {
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/** The same text with the spans blanked out (same length, so later offsets still hold). */
function blank(text: string, taken: readonly Span[]): string {
  let out = text;
  for (const s of taken) out = out.slice(0, s.start) + " ".repeat(s.end - s.start) + out.slice(s.end);
  return out;
}

/** Addresses, with the sentence's own final dot or a trailing bracket left out. */
function emailCandidates(text: string): Span[] {
  return spans(text, EMAIL_CANDIDATE).map((s) => {
    const trimmed = s.text.replace(/[.…]+$/u, "");
    return { ...s, end: s.start + trimmed.length, text: trimmed };
  });
}

function phoneCandidates(text: string, emails: readonly Span[]): Span[] {
  const searched = blank(text, [...emails, ...spans(text, TICKET_ID)]);
  return spans(searched, PHONE_CANDIDATE);
}

export function readContact(text: string): ContactReading {
  const emails = emailCandidates(text);
  const phones = phoneCandidates(text, emails).filter((s) => digitCount(s.text) >= MIN_ATTEMPT_DIGITS);
  const contact: TicketContact = {};
  const used: Span[] = [];
  for (const span of emails) {
    const reading = normaliseEmail(span.text);
    if (reading.ok && !contact.email) {
      contact.email = reading.email;
      used.push(span);
    }
  }
  for (const span of phones) {
    const reading = normalisePhone(span.text);
    if (reading.ok && !contact.phone) {
      contact.phone = reading.phone;
      used.push(span);
    }
  }
  if (contact.phone || contact.email) return { ok: true, contact, rest: blank(text, used) };
  if (emails.length > 0 || SPELLED_AT.test(text)) return { ok: false, reason: "email" };
  return { ok: false, reason: phones.length > 0 ? "phone" : "none" };
}

/**
 * A message typed at the contact question, as transcripts and tickets keep it: every address and
 * every run of digits that could be (part of) a number is masked, even one too short for
 * src/lib/masking.ts to call a phone, then the usual masking runs over the rest.
 */
export function maskContactText(text: string): string {
  const emails = emailCandidates(text).filter((s) => s.text.length > 1);
  const phones = phoneCandidates(text, emails).filter((s) => digitCount(s.text) >= 4);
  const masked = [
    ...emails.map((s) => ({ ...s, mask: "[email]" })),
    ...phones.map((s) => ({ ...s, mask: "[phone]" })),
  ].sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  for (const s of masked) {
    out += text.slice(at, s.start) + s.mask;
    at = s.end;
  }
  return maskPersonalData(out + text.slice(at));
}
