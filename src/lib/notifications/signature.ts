/**
 * The generic webhook's signature (docs/desk.md, "Verifying the webhook"): HMAC-SHA256 with the
 * shared secret over `<timestamp>.<body>`, sent as `X-STI-Signature: t=<unix seconds>,v1=<hex>`.
 * The timestamp is signed too, so a receiver that refuses old timestamps refuses replays.
 * `verifyWebhookSignature` is the receiver's side, exactly as the docs describe it.
 */

export const SIGNATURE_HEADER = "X-STI-Signature";
/** A receiver should refuse a signature whose timestamp is further than this from its own clock. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

const encoder = new TextEncoder();

const hmacKey = (secret: string, usage: "sign" | "verify") =>
  crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [usage]);

const signed = (timestamp: number, body: string) => encoder.encode(`${timestamp}.${body}`);

const toHex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");

/** The header value for `body` sent at `timestamp` (unix seconds). */
export async function webhookSignature(secret: string, timestamp: number, body: string): Promise<string> {
  const mac = await crypto.subtle.sign("HMAC", await hmacKey(secret, "sign"), signed(timestamp, body));
  return `t=${timestamp},v1=${toHex(new Uint8Array(mac))}`;
}

/** `t=` and every `v1=` of a header; null when it has no timestamp or no v1. */
export function parseSignatureHeader(header: string): { timestamp: number; signatures: string[] } | null {
  let timestamp: number | null = null;
  const signatures: string[] = [];
  for (const part of header.split(",")) {
    const [name, value, ...rest] = part.trim().split("=");
    if (rest.length > 0 || value === undefined) continue;
    if (name === "t" && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    if (name === "v1" && /^[0-9a-f]{64}$/.test(value)) signatures.push(value);
  }
  return timestamp === null || signatures.length === 0 ? null : { timestamp, signatures };
}

const fromHex = (hex: string) =>
  new Uint8Array(hex.match(/../g)?.map((pair) => Number.parseInt(pair, 16)) ?? []);

/**
 * What a receiver does: true only when one `v1` is the HMAC of `<t>.<raw body>` under `secret`
 * (compared in constant time by `crypto.subtle.verify`) and `t` is within `toleranceSeconds` of
 * `nowSeconds`. Never throws on a malformed header.
 */
export async function verifyWebhookSignature(
  secret: string,
  header: string | null,
  body: string,
  nowSeconds: number,
  toleranceSeconds = SIGNATURE_TOLERANCE_SECONDS,
): Promise<boolean> {
  const parsed = header ? parseSignatureHeader(header) : null;
  if (!parsed || Math.abs(nowSeconds - parsed.timestamp) > toleranceSeconds) return false;
  const key = await hmacKey(secret, "verify");
  for (const signature of parsed.signatures) {
    if (await crypto.subtle.verify("HMAC", key, fromHex(signature), signed(parsed.timestamp, body)))
      return true;
  }
  return false;
}
