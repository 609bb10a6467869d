import { settings } from "../config";
import type { SmartMode } from "../lib/smart/mode";
import { currentSmartMode, SMART_MODE_KEY } from "../smart/flag";

/** What a session object needs to know about the request behind a turn (chat message or photo). */
export interface TurnContext {
  /** Effective smart mode (KV flag, then the var; always off without an OpenAI key). */
  smart: boolean;
  /** The Cloudflare location that took the request: names the circuit breaker it shares. */
  location: string;
}

/** KV's smallest edge cache time; the isolate cache (SMART_MODE_FLAG_CACHE_SECONDS) comes on top. */
const KV_MIN_CACHE_TTL_SECONDS = 30;

export async function turnContext(env: Env, request: Request): Promise<TurnContext> {
  const smartMode = await isolateSmartMode(env);
  return { smart: smartMode.enabled, location: locationOf(request) };
}

/** The smart mode this isolate's turns use now: the KV flag through the isolate's cache. */
export function isolateSmartMode(env: Env): Promise<SmartMode> {
  const { config, secrets } = settings(env);
  return currentSmartMode({
    load: () => env.FLAGS.get(SMART_MODE_KEY, { cacheTtl: KV_MIN_CACHE_TTL_SECONDS }),
    ttlMs: config.SMART_MODE_FLAG_CACHE_SECONDS * 1000,
    varEnabled: config.SMART_MODE_ENABLED,
    hasApiKey: secrets.openaiApiKey !== null,
  });
}

/** The Cloudflare data center that took the request (`cf.colo`); "local" in development and tests. */
function locationOf(request: Request): string {
  const colo = (request as { cf?: { colo?: unknown } }).cf?.colo;
  return typeof colo === "string" && /^[A-Z]{3}$/.test(colo) ? colo : "local";
}
