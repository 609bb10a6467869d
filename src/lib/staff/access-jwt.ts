import { fromBase64Url } from "../base64";

/**
 * Cloudflare Access's identity token (`Cf-Access-Jwt-Assertion`): an RS256 JWT signed by one of
 * the team's keys (`<team>/cdn-cgi/access/certs`). Verified here with WebCrypto against a key set
 * the caller fetched: algorithm, key id, signature, audience, issuer, expiry and not-before. No
 * env, no I/O.
 */

export interface AccessKeySet {
  keys: (JsonWebKey & { kid?: string })[];
}

export interface AccessExpectations {
  /** The Access application's audience tag (AUD). */
  audience: string;
  /** The team domain, e.g. https://shop.cloudflareaccess.com (the token's `iss`). */
  issuer: string;
  /** Epoch seconds. */
  now: number;
}

export type AccessVerdict =
  | { ok: true; email: string; expiresAt: number }
  | {
      ok: false;
      reason:
        | "malformed"
        | "algorithm"
        | "unknown_key"
        | "signature"
        | "audience"
        | "issuer"
        | "expired"
        | "not_yet_valid"
        | "no_email";
    };

/** Seconds of clock difference tolerated on `exp` and `nbf`. */
const LEEWAY_SECONDS = 60;
const MAX_TOKEN_CHARS = 16_384;

const decoder = new TextDecoder();

function part(text: string | undefined): Record<string, unknown> | null {
  const bytes = fromBase64Url(text ?? "", MAX_TOKEN_CHARS);
  if (!bytes) return null;
  try {
    const value: unknown = JSON.parse(decoder.decode(bytes));
    return value && typeof value === "object" && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

async function importKey(jwk: JsonWebKey): Promise<CryptoKey | null> {
  try {
    return await crypto.subtle.importKey(
      "jwk",
      { kty: jwk.kty, n: jwk.n, e: jwk.e },
      { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" },
      false,
      ["verify"],
    );
  } catch {
    return null;
  }
}

export async function verifyAccessToken(
  token: string,
  keySet: AccessKeySet,
  expected: AccessExpectations,
): Promise<AccessVerdict> {
  if (token.length > MAX_TOKEN_CHARS) return { ok: false, reason: "malformed" };
  const [head, body, signature, ...rest] = token.split(".");
  const header = part(head);
  const claims = part(body);
  const signatureBytes = fromBase64Url(signature ?? "", MAX_TOKEN_CHARS);
  if (!header || !claims || !signatureBytes || rest.length > 0) return { ok: false, reason: "malformed" };
  if (header.alg !== "RS256") return { ok: false, reason: "algorithm" };
  const jwk = keySet.keys.find((k) => k.kid === header.kid && k.kty === "RSA");
  const key = jwk ? await importKey(jwk) : null;
  if (!key) return { ok: false, reason: "unknown_key" };
  const signed = new TextEncoder().encode(`${head}.${body}`);
  const valid = await crypto.subtle.verify("RSASSA-PKCS1-v1_5", key, signatureBytes, signed);
  if (!valid) return { ok: false, reason: "signature" };
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!audiences.includes(expected.audience)) return { ok: false, reason: "audience" };
  if (claims.iss !== expected.issuer) return { ok: false, reason: "issuer" };
  const exp = claims.exp;
  if (typeof exp !== "number" || exp + LEEWAY_SECONDS <= expected.now)
    return { ok: false, reason: "expired" };
  if (typeof claims.nbf === "number" && claims.nbf - LEEWAY_SECONDS > expected.now) {
    return { ok: false, reason: "not_yet_valid" };
  }
  const email = claims.email;
  if (typeof email !== "string" || !email.includes("@")) return { ok: false, reason: "no_email" };
  return { ok: true, email: email.toLowerCase(), expiresAt: exp };
}

/** The key id a token's header names (to pick or refresh the key set), or null. */
export function tokenKeyId(token: string): string | null {
  const kid = part(token.split(".")[0])?.kid;
  return typeof kid === "string" ? kid : null;
}
