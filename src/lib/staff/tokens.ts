import { toBase64Url } from "../base64";

/** 256 random bits, base64url: session cookies and CSRF tokens. */
export const randomToken = (): string => toBase64Url(crypto.getRandomValues(new Uint8Array(32)));

/** 96 random bits, base64url: staff ids. */
export const randomId = (): string => toBase64Url(crypto.getRandomValues(new Uint8Array(12)));

/** SHA-256 of a token, hex: what is stored instead of the token itself. */
export async function tokenHash(token: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(token)));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Compares two strings in constant time (both hashed first, so lengths never leak). */
export async function sameSecret(given: string, expected: string): Promise<boolean> {
  const encoder = new TextEncoder();
  const [a, b] = await Promise.all([
    crypto.subtle.digest("SHA-256", encoder.encode(given)),
    crypto.subtle.digest("SHA-256", encoder.encode(expected)),
  ]);
  return crypto.subtle.timingSafeEqual(a, b);
}
