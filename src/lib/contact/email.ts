/**
 * A sane check of an email address, not RFC 5322's full grammar: what people type as their address,
 * in the shape src/lib/masking.ts masks whole (its local part allows only letters, digits and
 * `._%+-`), so a stored address is never half-masked anywhere. Pure: no I/O.
 */

/** RFC 5321's limit on a whole address; the local part has at most 64. */
export const MAX_EMAIL_CHARS = 254;
const MAX_LOCAL_CHARS = 64;
const MAX_LABEL_CHARS = 63;

const LOCAL = /^[\p{L}\p{N}_%+-]+(?:\.[\p{L}\p{N}_%+-]+)*$/u;
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?$/u;
/** Top-level domains are letters (at least two), or an IDN's `xn--` form. */
const TOP_LEVEL = /^(?:\p{L}{2,}|xn--[a-z0-9-]+)$/iu;

export type EmailReading = { ok: true; email: string } | { ok: false };

/** Reads one candidate (already cut out of the message); the domain is stored in lower case. */
export function normaliseEmail(raw: string): EmailReading {
  const text = raw.normalize("NFKC").trim();
  if (text.length > MAX_EMAIL_CHARS) return { ok: false };
  const at = text.lastIndexOf("@");
  if (at <= 0 || text.indexOf("@") !== at) return { ok: false };
  const local = text.slice(0, at);
  const domain = text.slice(at + 1).toLowerCase();
  if (local.length > MAX_LOCAL_CHARS || !LOCAL.test(local)) return { ok: false };
  const labels = domain.split(".");
  if (labels.length < 2) return { ok: false };
  if (!labels.every((label) => label.length <= MAX_LABEL_CHARS && LABEL.test(label))) return { ok: false };
  if (!TOP_LEVEL.test(labels[labels.length - 1] ?? "")) return { ok: false };
  return { ok: true, email: `${local}@${domain}` };
}
