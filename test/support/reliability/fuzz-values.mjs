// Values for the reliability fuzz, per kind of field (the kinds named in routes.json): a plausible
// one (often a live id from the fixtures, so requests reach past validation) or a hostile one
// (wrong type, prototype key, unicode and lone surrogates, long strings, every length and alphabet).

/** Keys and values that find code indexing plain objects with user input. */
export const PROTOTYPE_KEYS = [
  "__proto__",
  "constructor",
  "toString",
  "prototype",
  "valueOf",
  "hasOwnProperty",
  "__defineGetter__",
];

const B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** Alphabets for credential-like strings (sig, exp, token): each a list of characters. */
export const ALPHABETS = {
  base64url: [...B64URL],
  base64: [..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/="],
  hex: [..."0123456789abcdef"],
  digits: [..."0123456789"],
  ascii: Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)),
  unicode: ["ñ", "ü", "€", "😀", "\u200b", "\u202e", "ﷺ", "\u0000", "\ud800", "\udfff", "𝔘", "İ"],
};
export const ALPHABET_NAMES = /** @type {(keyof typeof ALPHABETS)[]} */ (Object.keys(ALPHABETS));

/** Strings no validator should be surprised by, yet many are. */
const NASTY_STRINGS = [
  "",
  " ",
  "\t\n",
  "null",
  "undefined",
  "NaN",
  "-1",
  "0",
  "1e309",
  "true",
  "[]",
  "{}",
  "'; DROP TABLE tickets; --",
  "<script>alert(1)</script>",
  "../../etc/passwd",
  "%00",
  "%ff",
  "%zz",
  "a\u0000b",
  "\ud800",
  "\udc00x",
  "😀".repeat(50),
  "\u202eevil",
  "İstanbul",
  "x".repeat(65),
  "x".repeat(2_001),
  "y".repeat(20_000),
  ...PROTOTYPE_KEYS,
];

/**
 * Not strings at all.
 * @type {unknown[]}
 */
const WRONG_TYPES = [
  0,
  -1,
  1.5,
  2 ** 53 + 1,
  1e308,
  true,
  false,
  null,
  [],
  ["a"],
  {},
  { a: 1 },
  { __proto__: null, toString: "x" },
  [[[[["deep"]]]]],
];

/**
 * @typedef {{ sessions: string[], ticket: { id: string, sig: string } | null,
 *   upload: { id: string, exp: string, sig: string } | null, token: string }} Fixtures
 */

const yyyymmdd = (r) =>
  `20${r.int(20, 29)}${String(r.int(1, 12)).padStart(2, "0")}${String(r.int(1, 28)).padStart(2, "0")}`;
const TICKET_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/**
 * A plausible value of a kind: what a well-behaved client would send (live ids half the time).
 * @param {import("./prng.mjs").Rng} r
 * @param {string} kind
 * @param {Fixtures} fx
 * @returns {unknown}
 */
export function plausible(r, kind, fx) {
  switch (kind) {
    case "sessionId":
      return r.chance(0.6) && fx.sessions.length > 0
        ? r.pick(fx.sessions)
        : `fz${r.text(B64URL, r.int(1, 40))}`;
    case "ticketId":
      return r.chance(0.6) && fx.ticket ? fx.ticket.id : `STI-${yyyymmdd(r)}-${r.text(TICKET_ALPHABET, 6)}`;
    case "uploadId":
      return r.chance(0.6) && fx.upload ? fx.upload.id : `${yyyymmdd(r)}-${r.text(B64URL, 22)}`;
    case "sig":
      return r.chance(0.5) && fx.ticket
        ? fx.ticket.sig
        : fx.upload && r.chance(0.5)
          ? fx.upload.sig
          : r.text(B64URL, 43);
    case "exp":
      return fx.upload && r.chance(0.7) ? fx.upload.exp : String(Date.now() + r.int(-1e7, 1e7));
    case "language":
      return r.pick(["es", "en"]);
    case "rating":
      return r.pick(["up", "down"]);
    case "message":
      return r.pick([
        "hola",
        "mi notebook no prende",
        "sigue igual",
        "quiero hablar con un técnico",
        "gracias",
      ]);
    case "action":
      return r.pick(VALID_ACTIONS);
    case "name":
      return r.pick(["Ana", "José María", "O'Brien", "李雷"]);
    case "text":
      return r.pick(["notebook", "no enciende", "la impresora no imprime", "pantalla negra"]);
    case "count":
      return String(r.int(1, 100));
    case "cursor":
      return `${Date.now() - r.int(0, 1e9)}_STI-${yyyymmdd(r)}-${r.text(TICKET_ALPHABET, 6)}`;
    case "day":
      return `20${r.int(20, 29)}-${String(r.int(1, 12)).padStart(2, "0")}-${String(r.int(1, 28)).padStart(2, "0")}`;
    case "ticketStatus":
      return r.pick(["open", "closed"]);
    case "logMode":
      return r.pick(["stream", "once"]);
    case "logLevel":
      return r.pick(["debug", "info", "warn", "error"]);
    case "eventId":
      return String(r.int(0, 1000));
    case "durationMs":
      return String(r.int(1000, 3000));
    case "flag":
      return r.pick(["1", "true", "0", "false"]);
    case "email":
      return r.pick(["ana@shop.example", "tech@shop.example", `fz${r.text(B64URL, 8)}@shop.example`]);
    case "password":
      return r.pick(["correct horse battery staple", "short", r.text(B64URL, r.int(1, 40))]);
    case "staffRole":
      return r.pick(["admin", "technician"]);
    case "staffId":
      return r.text(B64URL, 16);
    case "deskStatus":
      return r.pick(["new", "in_progress", "waiting", "resolved", "closed"]);
    case "bool":
      return r.pick([true, false]);
    default:
      throw new Error(`routes.json names a kind fuzz-values.mjs does not know: ${kind}`);
  }
}

/** The button values docs/api.md lists (device and problem ids are samples). */
export const VALID_ACTIONS = [
  "consent:yes",
  "consent:no",
  "lang:es",
  "lang:en",
  "name:skip",
  "device:notebook",
  "device:printer",
  "device:change",
  "problem:no_power",
  "problem:slow",
  "area:hardware",
  "help:1",
  "help:2",
  "steps:simpler",
  "steps:more",
  "steps:solved",
  "steps:persists",
  "technician",
  "close",
  "restart",
  "back",
];

/**
 * The grammar of button values in docs/api.md. A 2xx to an action outside it means the server
 * took something it documents as a 400 (e.g. an object's prototype key read as a button).
 */
export const ACTION_GRAMMAR =
  /^(consent:(yes|no)|lang:(es|en)|name:skip|device:([a-z_]+)|problem:[a-z_]+|area:(hardware|software|network|account|printer)|help:[1-9]|steps:(simpler|more|solved|persists)|technician|close|restart|back)$/;

/**
 * A hostile value for a JSON field: a wrong type, a prototype key, a nasty or over-long string,
 * or a plausible value bent (cut, grown, case-flipped).
 * @param {import("./prng.mjs").Rng} r
 * @param {string} kind
 * @param {Fixtures} fx
 * @returns {unknown}
 */
export function hostile(r, kind, fx) {
  const roll = r.next();
  if (roll < 0.25) return r.pick(WRONG_TYPES);
  if (roll < 0.45) return r.pick(PROTOTYPE_KEYS);
  if (roll < 0.7) return r.pick(NASTY_STRINGS);
  if (roll < 0.85) return credential(r, r.pick(ALPHABET_NAMES), r.int(0, 130));
  const base = String(plausible(r, kind, fx));
  return r.pick([
    base.slice(0, -1),
    `${base}${r.text(ALPHABETS.ascii, r.int(1, 3))}`,
    base.toUpperCase(),
    ` ${base} `,
    `${base}\u0000`,
    base.repeat(r.int(2, 40)),
  ]);
}

/**
 * A hostile value for a path or query parameter, as it goes into the URL (already encoded, or
 * deliberately not: raw `%` sequences, encoded slashes and dots, over-long segments).
 * @param {import("./prng.mjs").Rng} r
 * @param {string} kind
 * @param {Fixtures} fx
 * @returns {string}
 */
export function hostileUrlPart(r, kind, fx) {
  const roll = r.next();
  if (roll < 0.3) return encodePart(credential(r, r.pick(ALPHABET_NAMES), r.int(0, 130)));
  if (roll < 0.45) return r.pick(PROTOTYPE_KEYS);
  if (roll < 0.65) {
    return r.pick([
      "",
      "%",
      "%zz",
      "%E0%A4%A",
      "%ED%A0%80",
      "%00",
      "%2F",
      "..%2F..%2Fetc",
      "%2e%2e",
      "a%20b",
      "%F0%9F%98%80",
      "x".repeat(r.int(65, 4_000)),
      "+",
      "a;b",
      "a,b",
      "-1",
      "1e999",
      "0x1F",
      "NaN",
    ]);
  }
  if (roll < 0.8) return encodePart(String(r.pick(NASTY_STRINGS)).slice(0, 3_000));
  const base = String(plausible(r, kind, fx));
  return encodePart(
    r.pick([base.slice(0, r.int(0, base.length)), base.toLowerCase(), `${base}${base}`, `${base}=`]),
  );
}

/**
 * A credential-like string of exactly `length` characters from one alphabet.
 * @param {import("./prng.mjs").Rng} r
 * @param {keyof typeof ALPHABETS} alphabet
 * @param {number} length
 */
export function credential(r, alphabet, length) {
  return r.text(ALPHABETS[alphabet], length);
}

/** Percent-encodes what must be, and a lone surrogate as the (invalid) UTF-8 of its code unit. */
export function encodePart(text) {
  let out = "";
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0xd800 && code <= 0xdfff) {
      out +=
        `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`.toUpperCase();
    } else out += encodeURIComponent(char);
  }
  return out;
}
