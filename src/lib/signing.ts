/**
 * HMAC-SHA256 signatures for capability links (ticket pages, uploads).
 * The signature covers a purpose, the resource id and an optional expiry, so a link for one thing
 * never opens another.
 */

import { fromBase64Url, toBase64Url } from "./base64";

const encoder = new TextEncoder();
const keyCache = new Map<string, Promise<CryptoKey>>();

function key(secret: string): Promise<CryptoKey> {
  let k = keyCache.get(secret);
  if (!k) {
    k = crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [
      "sign",
      "verify",
    ]);
    keyCache.set(secret, k);
  }
  return k;
}

/** HMAC-SHA256 is 32 bytes: 43 base64url characters. */
const SIGNATURE_BYTES = 32;

const message = (purpose: string, id: string, expires?: number) =>
  encoder.encode(`${purpose}\n${id}\n${expires ?? ""}`);

export async function sign(secret: string, purpose: string, id: string, expires?: number): Promise<string> {
  const mac = await crypto.subtle.sign("HMAC", await key(secret), message(purpose, id, expires));
  return toBase64Url(new Uint8Array(mac));
}

/**
 * Constant-time verification (`crypto.subtle.verify`); false for anything malformed (any length,
 * alphabet or encoding: it comes from a URL) or expired. Never throws on what a caller passes.
 */
export async function verify(
  secret: string,
  purpose: string,
  id: string,
  signature: string | undefined,
  options: { expires?: number; now?: number } = {},
): Promise<boolean> {
  if (!signature) return false;
  if (options.expires !== undefined) {
    if (!Number.isSafeInteger(options.expires) || (options.now ?? Date.now()) > options.expires) return false;
  }
  // Only the canonical encoding of exactly one MAC's bytes (see fromBase64Url).
  const bytes = fromBase64Url(signature, 64);
  if (bytes?.length !== SIGNATURE_BYTES) return false;
  return crypto.subtle.verify("HMAC", await key(secret), bytes, message(purpose, id, options.expires));
}

/**
 * A link's query parameter when it appears exactly once (`c.req.queries(name)`): repeated, it is
 * ambiguous (which one would a proxy or a cache have read?), so it counts as absent.
 */
export const singleParam = (values: readonly string[] | undefined): string | undefined =>
  values?.length === 1 ? values[0] : undefined;
