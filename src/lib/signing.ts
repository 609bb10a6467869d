/**
 * HMAC-SHA256 signatures for capability links (ticket pages, uploads).
 * The signature covers a purpose, the resource id and an optional expiry, so a link for one thing
 * never opens another.
 */

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

const toBase64Url = (bytes: ArrayBuffer) =>
  btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replace(/=+$/, "");

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(text)) return null;
  const bytes = Uint8Array.from(atob(text.replaceAll("-", "+").replaceAll("_", "/")), (c) => c.charCodeAt(0));
  // Only the canonical encoding: otherwise unused trailing bits would let two strings pass for one signature.
  return toBase64Url(bytes.buffer) === text ? bytes : null;
}

const message = (purpose: string, id: string, expires?: number) =>
  encoder.encode(`${purpose}\n${id}\n${expires ?? ""}`);

export async function sign(secret: string, purpose: string, id: string, expires?: number): Promise<string> {
  return toBase64Url(await crypto.subtle.sign("HMAC", await key(secret), message(purpose, id, expires)));
}

/** Constant-time verification (`crypto.subtle.verify`); false for anything malformed or expired. */
export async function verify(
  secret: string,
  purpose: string,
  id: string,
  signature: string | undefined,
  options: { expires?: number; now?: number } = {},
): Promise<boolean> {
  if (!signature) return false;
  if (options.expires !== undefined && (options.now ?? Date.now()) > options.expires) return false;
  const bytes = fromBase64Url(signature);
  if (!bytes) return false;
  return crypto.subtle.verify("HMAC", await key(secret), bytes, message(purpose, id, options.expires));
}
