/**
 * Per-client abuse limits: which actions are counted per client, and the key a client is counted
 * under. The counting itself is Cloudflare's Rate Limiting binding (one per limit, declared in
 * wrangler.toml's `[[ratelimits]]`, which must match CLIENT_LIMITS: a unit test checks it). Its
 * counters are per Cloudflare location and approximate; the exact per-session limits stay in the
 * session object (RATE_LIMIT_PER_MINUTE, UPLOAD_MAX_PER_SESSION).
 */

export const CLIENT_LIMITS = {
  /** Turns that start a new session (a greeting, or a first chat message, for an id never seen). */
  newSession: { binding: "NEW_SESSION_RATE_LIMITER", limit: 10, periodSeconds: 60 },
  /** `POST /api/upload` requests, counted before the body is read, whatever becomes of them. */
  upload: { binding: "UPLOAD_RATE_LIMITER", limit: 10, periodSeconds: 60 },
  /** Turns that would call the model (a typed message it classifies or answers, a photo it describes). */
  smartTurn: { binding: "SMART_TURN_RATE_LIMITER", limit: 20, periodSeconds: 60 },
} as const;

export type ClientLimitName = keyof typeof CLIENT_LIMITS;

/** Longest key passed to the binding: an address that is neither IPv4 nor IPv6 is cut to this. */
const MAX_KEY_CHARS = 64;

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/**
 * The key a client is counted under, from its address (`CF-Connecting-IP`, which Cloudflare sets
 * on every request from the internet): an IPv4 address as it is, an IPv6 address by its /64 (one
 * subscriber usually holds a whole /64, so counting single IPv6 addresses would let one client
 * rotate through 2^64 of them). Null, meaning "not counted per client", when there is no address
 * or it is the machine itself (127.0.0.0/8, ::1): that only happens locally (Vitest sends none,
 * `wrangler dev` and the local stack send 127.0.0.1 for every browser, script and benchmark).
 */
export function clientKey(address: string | null | undefined): string | null {
  const value = address?.trim().toLowerCase() ?? "";
  if (!value) return null;
  const v4 = ipv4(value);
  if (v4) return v4.startsWith("127.") ? null : v4;
  const v6 = ipv6Hextets(value);
  if (!v6) return value.slice(0, MAX_KEY_CHARS);
  // IPv4-mapped (::ffff:a.b.c.d): the IPv4 client it is.
  const [g = 0, h = 0] = v6.slice(6);
  if (v6.slice(0, 5).every((x) => x === 0) && v6[5] === 0xffff) {
    const mapped = `${g >> 8}.${g & 0xff}.${h >> 8}.${h & 0xff}`;
    return mapped.startsWith("127.") ? null : mapped;
  }
  if (v6.slice(0, 7).every((x) => x === 0) && h === 1) return null;
  return `${v6
    .slice(0, 4)
    .map((h) => h.toString(16))
    .join(":")}::/64`;
}

function ipv4(value: string): string | null {
  const match = IPV4.exec(value);
  if (!match) return null;
  const octets = match.slice(1).map(Number);
  return octets.every((o) => o <= 255) ? octets.join(".") : null;
}

/** The eight 16-bit groups of an IPv6 address (`::` and a dotted IPv4 tail allowed), or null. */
function ipv6Hextets(value: string): number[] | null {
  if (!value.includes(":")) return null;
  const halves = value.split("::");
  if (halves.length > 2) return null;
  const groups = (part: string | undefined): number[] | null => {
    if (!part) return [];
    const out: number[] = [];
    const pieces = part.split(":");
    for (const [i, piece] of pieces.entries()) {
      if (i === pieces.length - 1 && piece.includes(".")) {
        const v4 = ipv4(piece);
        if (!v4) return null;
        const [a = 0, b = 0, c = 0, d = 0] = v4.split(".").map(Number);
        out.push((a << 8) | b, (c << 8) | d);
      } else if (/^[0-9a-f]{1,4}$/.test(piece)) out.push(Number.parseInt(piece, 16));
      else return null;
    }
    return out;
  };
  const head = groups(halves[0]);
  const tail = groups(halves[1]);
  if (!head || !tail) return null;
  if (halves.length === 1) return head.length === 8 ? head : null;
  const missing = 8 - head.length - tail.length;
  return missing >= 1 ? [...head, ...Array<number>(missing).fill(0), ...tail] : null;
}
