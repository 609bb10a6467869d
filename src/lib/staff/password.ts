import { fromBase64Url, toBase64Url } from "../base64";

/**
 * Staff passwords: PBKDF2-SHA-256 through WebCrypto with a per-user 16-byte salt, stored as
 * `pbkdf2-sha256$<iterations>$<salt>$<hash>` (base64url). The Workers runtime caps PBKDF2 at
 * 100,000 iterations, so that is the cost; the iteration count is stored with each hash, so a
 * later change of cost keeps old hashes verifiable. No env, no I/O.
 */
export const PBKDF2_ITERATIONS = 100_000;
const SALT_BYTES = 16;
const HASH_BITS = 256;
const PREFIX = "pbkdf2-sha256";

/** What a password must be: long enough to resist guessing, short enough to hash cheaply. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

const encoder = new TextEncoder();

async function derive(password: string, salt: Uint8Array, iterations: number): Promise<ArrayBuffer> {
  const key = await crypto.subtle.importKey("raw", encoder.encode(password), "PBKDF2", false, ["deriveBits"]);
  return crypto.subtle.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt, iterations }, key, HASH_BITS);
}

export async function hashPassword(password: string, iterations = PBKDF2_ITERATIONS): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const hash = new Uint8Array(await derive(password, salt, iterations));
  return `${PREFIX}$${iterations}$${toBase64Url(salt)}$${toBase64Url(hash)}`;
}

interface ParsedHash {
  iterations: number;
  salt: Uint8Array;
  hash: Uint8Array;
}

function parseHash(stored: string): ParsedHash | null {
  const [prefix, count, salt, hash, ...rest] = stored.split("$");
  if (prefix !== PREFIX || rest.length > 0 || !count || !/^\d{1,6}$/.test(count)) return null;
  const iterations = Number(count);
  if (iterations < 1 || iterations > PBKDF2_ITERATIONS) return null;
  const saltBytes = fromBase64Url(salt ?? "", 64);
  const hashBytes = fromBase64Url(hash ?? "", 64);
  if (!saltBytes || saltBytes.length < 8 || !hashBytes || hashBytes.length !== HASH_BITS / 8) return null;
  return { iterations, salt: saltBytes, hash: hashBytes };
}

/** A hash of nothing anyone knows: checked when there is no account, so that case takes as long. */
const DUMMY: ParsedHash = {
  iterations: PBKDF2_ITERATIONS,
  salt: new Uint8Array(SALT_BYTES),
  hash: new Uint8Array(HASH_BITS / 8),
};

/**
 * Whether `password` matches `stored`, compared in constant time. With no stored hash (no such
 * account, or an Access-only one) it still derives a key, so timing does not tell the cases apart,
 * and answers false. A malformed stored hash is false too, never a throw.
 */
export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  const parsed = stored ? parseHash(stored) : null;
  const target = parsed ?? DUMMY;
  const derived = await derive(password, target.salt, target.iterations);
  const equal = crypto.subtle.timingSafeEqual(derived, target.hash);
  return parsed !== null && equal;
}
