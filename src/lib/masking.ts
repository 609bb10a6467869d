/**
 * Masks personal data in free text before it is logged, sent to OpenAI or shown to admins:
 * emails, phone numbers, Argentine DNI, card numbers (Luhn-checked) and tokens/secrets.
 * Ticket ids (STI-20261128-ABC234), dates and times are left intact: the replaced system
 * mangled those while missing real phone numbers.
 */

import { luhn } from "./luhn";

export const MASK = {
  email: "[email]",
  phone: "[phone]",
  dni: "[dni]",
  card: "[card]",
  token: "[secret]",
} as const;

const TICKET_ID = /\bSTI-\d{8}-[A-Z0-9]{6}\b/g;
const DATE_OR_TIME =
  /\b(?:\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}:\d{2}(?::\d{2})?)\b/g;

const TOKEN_RULES: [RegExp, string][] = [
  [/\b(Bearer\s+)[A-Za-z0-9._~+/=-]{8,}/gi, `$1${MASK.token}`],
  [/([?&](?:token|key|api_key|access_token|sig|signature)=)[^&\s#]+/gi, `$1${MASK.token}`],
  [/\bsk-[A-Za-z0-9_-]{16,}/g, MASK.token],
  [
    /\b((?:password|passwd|contrase(?:ñ|n)a|clave|pin|cvv|cvc)(?:\s+(?:de|del|of|for)(?:\s+(?:la|el|mi|my))?\s+[\p{L}\d-]+)?\s*(?:es|is|:|=)\s*)\S+/giu,
    `$1${MASK.token}`,
  ],
];
const EMAIL = /\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b/g;
/** 13-19 digits, optionally grouped by spaces or dashes. */
const CARD = /\b\d(?:[ -]?\d){12,18}\b/g;
/** Phones: optional +54 (and mobile 9) / 0, area code, optional 9 or 15, 6-8 subscriber digits, with separators. */
const PHONE = /(?:\+\s?\d{1,3}[\s-]?)?(?:9[\s-]?)?(?:\(?\d{2,4}\)?[\s-]?)?(?:15[\s-]?)?\d{3,4}[\s-]?\d{4}\b/g;
/** DNI after its keyword in any layout (30123456, 30.123.456, 30 123 456, 5.123.456). */
const DNI_WITH_KEYWORD =
  /\b(d\.?n\.?i\.?|documento)(\s*(?:n(?:ro|°|º)?\.?|es|is|:|#)?\s*)\d{1,2}[\s.]?\d{3}[\s.]?\d{3}\b/gi;
/** Without a keyword only the unmistakable dotted form of today's DNIs (10.000.000 and up). */
const DNI_DOTTED = /\b\d{2}\.\d{3}\.\d{3}\b/g;

/** Protects spans that must survive (ticket ids, dates) behind placeholders while masking runs. */
function shield(text: string): { text: string; restore: (s: string) => string } {
  const kept: string[] = [];
  const hide = (m: string) => `\uE000${kept.push(m) - 1}\uE000`;
  const shielded = text.replace(TICKET_ID, hide).replace(DATE_OR_TIME, hide);
  return {
    text: shielded,
    restore: (s) => s.replace(/\uE000(\d+)\uE000/g, (_, i: string) => kept[Number(i)] ?? ""),
  };
}

/**
 * Every rule above needs a digit, an `@`, a `?`/`&` or one of these words, so text without any of
 * them is returned as is, without running the rules (most log fields: routes, methods, event names).
 */
const MAY_HOLD_PERSONAL_DATA = /[\d@?&]|bearer|sk-|pass|contrase|clave|pin|cvv|cvc/i;

export function maskPersonalData(input: string): string {
  if (!input || !MAY_HOLD_PERSONAL_DATA.test(input)) return input;
  return applyMaskingRules(input);
}

/** The rules without the shortcut; exported so a test can check that the shortcut changes nothing. */
export function applyMaskingRules(input: string): string {
  // Emails first: their local part may look like a date ("ana.28-11-1990@...") that the shield keeps.
  const { text, restore } = shield(input.replace(EMAIL, MASK.email));
  let out = text;
  for (const [pattern, replacement] of TOKEN_RULES) out = out.replace(pattern, replacement);
  out = out.replace(CARD, (m) => (luhn(m.replace(/\D/g, "")) ? MASK.card : m));
  out = out.replace(DNI_WITH_KEYWORD, `$1$2${MASK.dni}`).replace(DNI_DOTTED, MASK.dni);
  out = out.replace(PHONE, (m) =>
    m.replace(/\D/g, "").length >= 8 && !/^\d{7,8}$/.test(m.trim()) ? MASK.phone : m,
  );
  return restore(out);
}

/** Masks every string inside a JSON-like value (for structured log lines). */
export function maskDeep<T>(value: T): T {
  if (typeof value === "string") return maskPersonalData(value) as T;
  if (Array.isArray(value)) return value.map((v) => maskDeep(v)) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskDeep(v)])) as T;
  }
  return value;
}
