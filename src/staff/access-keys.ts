import type { AccessKeySet } from "../lib/staff/access-jwt";
import { logEvent } from "../observability/log";

/**
 * The Access team's signing keys (`<team>/cdn-cgi/access/certs`), fetched at most once per
 * CACHE_MS per isolate (concurrent requests share one fetch), and again at once when a token names
 * a key the cached set lacks (Access rotates keys); such refetches at most once per REFETCH_MS, so
 * tokens with made-up key ids cannot make every request fetch.
 */
const CACHE_MS = 60 * 60 * 1000;
const REFETCH_MS = 30 * 1000;
const FETCH_TIMEOUT_MS = 3000;

interface Cached {
  url: string;
  keys: AccessKeySet;
  fetchedAt: number;
}

let cached: Cached | null = null;
let lastKidRefetch = 0;
let inFlight: Promise<AccessKeySet | null> | null = null;

async function load(url: string): Promise<AccessKeySet | null> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    if (!response.ok) throw new Error(`answered ${response.status}`);
    const body = (await response.json()) as { keys?: unknown };
    if (!Array.isArray(body.keys)) throw new Error("no keys in the answer");
    const keys = {
      keys: body.keys.filter((k): k is AccessKeySet["keys"][number] => !!k && typeof k === "object"),
    };
    cached = { url, keys, fetchedAt: Date.now() };
    return keys;
  } catch (error) {
    logEvent("error", "access_keys_unavailable", { message: String(error) });
    return cached?.url === url ? cached.keys : null;
  }
}

/** The key set to check a token against; `kid` a key id the token names. Null if none could be had. */
export async function accessKeys(teamDomain: string, kid: string | null): Promise<AccessKeySet | null> {
  const url = `${teamDomain}/cdn-cgi/access/certs`;
  const now = Date.now();
  const fresh = cached?.url === url && now - cached.fetchedAt < CACHE_MS;
  const knowsKid = kid === null || (cached?.keys.keys.some((k) => k.kid === kid) ?? false);
  if (cached && fresh) {
    if (knowsKid || now - lastKidRefetch < REFETCH_MS) return cached.keys;
    lastKidRefetch = now;
  }
  inFlight ??= load(url).finally(() => {
    inFlight = null;
  });
  return inFlight;
}
