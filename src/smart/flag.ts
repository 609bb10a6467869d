import { effectiveSmartMode, type SmartMode } from "../lib/smart/mode";

/** The KV key operators flip with `npm run smart-mode -- off` (or `wrangler kv key put`). */
export const SMART_MODE_KEY = "SMART_MODE_ENABLED";

/**
 * This isolate's copy of the KV flag, so a chat turn does not read KV every time. Module state
 * on purpose: a per-isolate cache of one value, never `env`. A change therefore reaches a busy
 * isolate after at most `ttlMs` (SMART_MODE_FLAG_CACHE_SECONDS) on top of KV's own propagation
 * (up to 60 s to other locations): see docs/smart-mode.md.
 */
let cached: { value: string | null; at: number } | null = null;

export interface FlagSource {
  /** Reads the KV value; null when unset. */
  load(): Promise<string | null>;
  ttlMs: number;
  varEnabled: boolean;
  hasApiKey: boolean;
}

/** Effective smart mode for this turn. A KV read that fails keeps the last value (or the var). */
export async function currentSmartMode(source: FlagSource, now = Date.now()): Promise<SmartMode> {
  if (!source.hasApiKey) return effectiveSmartMode({ kvValue: null, varEnabled: false, hasApiKey: false });
  if (!cached || now - cached.at >= source.ttlMs) {
    try {
      cached = { value: await source.load(), at: now };
    } catch {
      // Keep serving with what we knew; try again on the next turn.
    }
  }
  return effectiveSmartMode({
    kvValue: cached?.value ?? null,
    varEnabled: source.varEnabled,
    hasApiKey: source.hasApiKey,
  });
}

/** For tests: forget the cached value. */
export function forgetSmartModeFlag(): void {
  cached = null;
}
