/**
 * Masks personal data in free text before it is logged, sent to OpenAI or shown to admins:
 * emails, phone numbers, Argentine DNI, card numbers (Luhn-checked) and tokens/secrets.
 * Ticket ids (STI-20261128-ABC234), dates and times are left intact: the replaced system
 * mangled those while missing real phone numbers.
 *
 * The rules match the text's matching view (src/lib/matching-view.ts: NFKC, spaces and dashes
 * folded), so `４５３９．１４８８…` and `ana＠example.com` are found too; only the matched spans
 * are replaced, the rest of the text is returned exactly as written.
 */

import { luhn } from "./luhn";
import { isAscii, matchingView, originalSpan } from "./matching-view";

export const MASK = {
  email: "[email]",
  phone: "[phone]",
  dni: "[dni]",
  card: "[card]",
  token: "[secret]",
} as const;

export type PersonalDataKind = keyof typeof MASK;

/** Where a rule found personal data, in the original text (UTF-16 offsets, end exclusive). */
export interface PersonalDataSpan {
  kind: PersonalDataKind;
  start: number;
  end: number;
}

const TICKET_ID = /\bSTI-\d{8}-[A-Z0-9]{6}\b/g;
/** Not inside a longer chain of digit groups: "+54.9.11.1234.5678" is a phone, not the date 9.11.1234. */
const DATE_OR_TIME =
  /(?<![+\d]|[+\d][./-])\b(?:\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}:\d{2}(?::\d{2})?)\b(?![./-]\d)/g;

/** A rule: what it matches, what it is, how many leading groups are kept (a label such as "clave es "). */
interface Rule {
  kind: PersonalDataKind;
  pattern: RegExp;
  keep?: number;
  /** Whether this match really is personal data (a checksum, a digit count). */
  accept?: (match: string) => boolean;
}

const TOKEN_RULES: Rule[] = [
  { kind: "token", pattern: /\b(Bearer\s+)[A-Za-z0-9._~+/=-]{8,}/gi, keep: 1 },
  { kind: "token", pattern: /([?&](?:token|key|api_key|access_token|sig|signature)=)[^&\s#]+/gi, keep: 1 },
  { kind: "token", pattern: /\bsk-[A-Za-z0-9_-]{16,}/g },
  {
    kind: "token",
    pattern:
      /\b((?:password|passwd|contrase(?:ñ|n)a|clave|pin|cvv|cvc)(?:\s+(?:de|del|of|for)(?:\s+(?:la|el|mi|my))?\s+[\p{L}\d-]+)?\s*(?:es|is|:|=)\s*)\S+/giu,
    keep: 1,
  },
];

const LOCAL = String.raw`(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+`;
const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?`;
/** Written as an address: `ana.lopez@correo.com.ar`, any top-level domain. */
const EMAIL = new RegExp(String.raw`${LOCAL}@${LABEL}(?:\.${LABEL})*\.\p{L}{2,}(?![\p{L}\p{N}])`, "gu");
/**
 * Spelled out or spaced: "ana at example dot com", "ana arroba gmail punto com", "ana [at] x [dot] com",
 * "ana @ gmail . com". Only with a common top-level domain, so "look at the dot in the corner" stays.
 */
const AT = String.raw`(?:\s*@\s*|\s*[[(]\s*(?:at|arroba)\s*[\])]\s*|\s+(?:at|arroba)\s+)`;
const DOT = String.raw`(?:\s*\.\s*|\s*[[(]\s*(?:dot|punto)\s*[\])]\s*|\s+(?:dot|punto)\s+)`;
const SPELLED_TLD = "(?:com|net|org|edu|gov|ar|uy|cl|mx|br|co|uk|io|info)";
const SPELLED_EMAIL = new RegExp(
  String.raw`${LOCAL}${AT}${LABEL}(?:${DOT}${LABEL})*${DOT}${SPELLED_TLD}(?![\p{L}\p{N}])`,
  "giu",
);

/** What people put between digit groups: spaces, dashes, dots, slashes, underscores. */
const SEP = String.raw`[\s._/-]`;
/** 13-19 digits, optionally grouped by one separator at a time. */
const CARD = new RegExp(String.raw`(?<![\p{L}\p{N}])\d(?:${SEP}?\d){12,18}(?![\p{L}\p{N}])`, "gu");
/**
 * Phones: an optional country code (`+54`, `0054`, or Argentina's `54` without its `+`), mobile 9
 * or trunk 0, area code, optional 15, 6-8 subscriber digits, with separators.
 */
const PHONE = new RegExp(
  String.raw`(?:(?:\+|\b00)\s?\d{1,3}${SEP}?|\b54${SEP}?)?(?:9${SEP}?)?(?:\(?\d{2,4}\)?${SEP}?)?(?:15${SEP}?)?\d{3,4}${SEP}?\d{4}\b`,
  "g",
);
/** DNI after its keyword in any layout (30123456, 30.123.456, 30 123 456, 5.123.456). */
const DNI_WITH_KEYWORD =
  /\b(d\.?n\.?i\.?|documento)(\s*(?:n(?:ro|°|º)?\.?|es|is|:|#)?\s*)\d{1,2}[\s.]?\d{3}[\s.]?\d{3}\b/gi;
/** Without a keyword only the unmistakable dotted form of today's DNIs (10.000.000 and up). */
const DNI_DOTTED = /\b\d{2}\.\d{3}\.\d{3}\b/g;

const digitsOf = (s: string) => s.replace(/\D/g, "");

/** In the order they run: each sees the text with earlier matches already taken out. */
const RULES: Rule[] = [
  // Emails first: their local part may look like a date ("ana.28-11-1990@...") that the shield keeps.
  { kind: "email", pattern: EMAIL },
  { kind: "email", pattern: SPELLED_EMAIL },
  ...TOKEN_RULES,
  { kind: "card", pattern: CARD, accept: (m) => luhn(digitsOf(m)) },
  { kind: "dni", pattern: DNI_WITH_KEYWORD, keep: 2 },
  { kind: "dni", pattern: DNI_DOTTED },
  {
    kind: "phone",
    pattern: PHONE,
    accept: (m) => digitsOf(m).length >= 8 && !/^\d{7,8}$/.test(m.trim()),
  },
];
/** Spans that must survive (ticket ids, dates), taken out after the emails and before the rest. */
const SHIELDED = [TICKET_ID, DATE_OR_TIME];

/**
 * Every rule above needs a digit, an `@`, a `?`/`&` or one of these words (in the matching view),
 * so text without any of them is returned as is, without running the rules (most log fields:
 * routes, methods, event names).
 */
const MAY_HOLD_PERSONAL_DATA = /[\d@?&]|bearer|sk-|pass|contrase|clave|pin|cvv|cvc|\bat\b|arroba/i;

export function maskPersonalData(input: string): string {
  if (!input) return input;
  if (!MAY_HOLD_PERSONAL_DATA.test(isAscii(input) ? input : input.normalize("NFKC"))) return input;
  return applyMaskingRules(input);
}

/** The rules without the shortcut; exported so a test can check that the shortcut changes nothing. */
export function applyMaskingRules(input: string): string {
  let out = "";
  let at = 0;
  for (const span of findPersonalData(input)) {
    out += input.slice(at, span.start) + MASK[span.kind];
    at = span.end;
  }
  return out + input.slice(at);
}

/** Matched text is overwritten with these (same length, not a letter, digit or space) for later rules. */
const TAKEN = "\uE000";
const KEPT = "\uE001";

/**
 * Every span of personal data in `input`, in order and not overlapping: the one function behind
 * masking (tickets, transcripts, logs, prompts) and the card check that keeps a message unstored.
 */
export function findPersonalData(input: string): PersonalDataSpan[] {
  const view = matchingView(input);
  let text = view.text;
  const found: { kind: PersonalDataKind; start: number; end: number }[] = [];
  const overwrite = (start: number, end: number, fill: string) => {
    text = text.slice(0, start) + fill.repeat(end - start) + text.slice(end);
  };
  const apply = (rule: Rule) => {
    for (const match of [...text.matchAll(rule.pattern)]) {
      if (rule.accept && !rule.accept(match[0])) continue;
      let start = match.index;
      for (let g = 1; g <= (rule.keep ?? 0); g++) start += match[g]?.length ?? 0;
      const end = match.index + match[0].length;
      if (end <= start) continue;
      // A later match over an earlier one ("password: ana@x.com") replaces it, as one span.
      const merged = found.filter((f) => f.end > start && f.start < end);
      const span = {
        kind: rule.kind,
        start: Math.min(start, ...merged.map((f) => f.start)),
        end: Math.max(end, ...merged.map((f) => f.end)),
      };
      for (const f of merged) found.splice(found.indexOf(f), 1);
      found.push(span);
      overwrite(start, end, TAKEN);
    }
  };
  const [emails, spelled, ...rest] = RULES;
  if (emails) apply(emails);
  if (spelled) apply(spelled);
  for (const pattern of SHIELDED) {
    for (const match of [...text.matchAll(pattern)]) {
      overwrite(match.index, match.index + match[0].length, KEPT);
    }
  }
  for (const rule of rest) apply(rule);
  return found
    .sort((a, b) => a.start - b.start)
    .map(({ kind, start, end }) => {
      const [s, e] = originalSpan(view, start, end);
      return { kind, start: s, end: e };
    });
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
