/**
 * Phone numbers as people in Argentina type them, read into one stored form. Pure: no I/O.
 *
 * - International (`+44 20 7946 0958`, `0044…`): `+` and the digits.
 * - Argentine, in any of its usual shapes, becomes E.164: `+54 9 341 555-1234`, `0341 15 555-1234`,
 *   `(011) 15 2345-6789`, `341 555 1234` (10 digits: area code and number) all read as
 *   `+549…`/`+54…`; the mobile prefix `15` after the area code becomes the international `9`.
 * - A local number without its area code (`4555-1234`, `15 5555-1234`) is kept as its digits: the
 *   shop can still dial it from Rosario, but it cannot be written internationally.
 * Numbers without a country code are read as Argentine: the shop is in Argentina.
 */

/** E.164 allows at most 15 digits; fewer than 8 is no reachable number. */
export const MIN_PHONE_DIGITS = 8;
export const MAX_PHONE_DIGITS = 15;

export type PhoneReading = { ok: true; phone: string } | { ok: false; reason: "length" | "format" };

/** What may stand between digit groups: spaces, dashes (also typographic ones), dots, slashes, brackets. */
const SEPARATORS = /[\s()./_\-‐‑‒–—]/g;
const ONLY_PHONE_CHARACTERS = /^\+?[\d\s()./_\-‐‑‒–—]+$/;

/** Reads one candidate (already cut out of the message) as a phone number. */
export function normalisePhone(raw: string): PhoneReading {
  const text = raw.normalize("NFKC").trim();
  if (!ONLY_PHONE_CHARACTERS.test(text)) return { ok: false, reason: "format" };
  const digits = text.replace(SEPARATORS, "").replace("+", "");
  const phone = storedForm(digits, text.startsWith("+"));
  const count = phone.replace("+", "").length;
  if (count < MIN_PHONE_DIGITS || count > MAX_PHONE_DIGITS) return { ok: false, reason: "length" };
  return { ok: true, phone };
}

function storedForm(digits: string, plus: boolean): string {
  if (plus || digits.startsWith("00")) {
    const international = plus ? digits : digits.slice(2);
    return `+${international.startsWith("54") ? `54${argentine(international.slice(2))}` : international}`;
  }
  if (digits.startsWith("0")) return `+54${argentine(digits.slice(1))}`;
  // 54 and a whole Argentine number after it: the country code without its `+`.
  if (digits.startsWith("54") && digits.length >= 12) return `+54${argentine(digits.slice(2))}`;
  if (digits.length === 10 && !digits.startsWith("15")) return `+54${digits}`;
  if (digits.length === 12 && mobileWith15(digits) !== null) return `+54${argentine(digits)}`;
  return digits;
}

/**
 * An Argentine number after the country code: a trunk `0` dropped, and `area 15 number` (12 digits)
 * written as `9 area number`, as WhatsApp and the international network want it.
 */
function argentine(national: string): string {
  const rest = national.startsWith("0") ? national.slice(1) : national;
  return mobileWith15(rest) ?? rest;
}

/**
 * `area 15 number` where area and number make 10 digits: area codes are 2 digits (only 11, Buenos
 * Aires), 3 (341 Rosario, 351 Córdoba...) or 4 (2266...). Returns `9 area number`, or null.
 */
function mobileWith15(rest: string): string | null {
  if (rest.length !== 12) return null;
  for (const areaLength of [2, 3, 4]) {
    if (areaLength === 2 && !rest.startsWith("11")) continue;
    if (rest.slice(areaLength, areaLength + 2) === "15") {
      return `9${rest.slice(0, areaLength)}${rest.slice(areaLength + 2)}`;
    }
  }
  return null;
}

/**
 * The number for a `wa.me` link (digits only), or null when the stored phone has no country code.
 * WhatsApp needs Argentine mobiles with the `9`: a 10-digit Argentine number gets it (a landline has
 * no WhatsApp anyway).
 */
export function whatsappNumberOf(phone: string): string | null {
  if (!phone.startsWith("+")) return null;
  const digits = phone.slice(1);
  if (digits.startsWith("54") && digits.length === 12) return `549${digits.slice(2)}`;
  return digits;
}
