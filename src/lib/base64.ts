/** Standard base64 of bytes, in chunks so large photos do not overflow the call stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** Unpadded base64url (RFC 4648 §5) of bytes, as signatures and upload ids are written. */
export const toBase64Url = (bytes: Uint8Array): string =>
  toBase64(bytes).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const VALUE = new Map(Array.from(ALPHABET, (c, i) => [c, i]));

/**
 * The bytes of an unpadded, canonical base64url string, or null for anything else: another
 * alphabet, padding, whitespace, a length no encoding has (4n + 1), or unused trailing bits that are
 * not zero (otherwise two strings would pass for the same bytes). `maxLength` bounds the work on
 * text that comes from a request. Never throws, unlike `atob`.
 */
export function fromBase64Url(text: string, maxLength = 1024): Uint8Array | null {
  if (text.length > maxLength || text.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let at = 0;
  for (const char of text) {
    const value = VALUE.get(char);
    if (value === undefined) return null;
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (buffer >> bits) & 0xff;
      buffer &= (1 << bits) - 1;
    }
  }
  return buffer === 0 ? bytes : null;
}
