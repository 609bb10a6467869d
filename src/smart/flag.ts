import { withDeadline } from "../lib/deadline";
import { effectiveSmartMode, type SmartMode } from "../lib/smart/mode";
import { logEvent } from "../observability/log";

/** The KV key operators flip with `npm run smart-mode -- off` (or `wrangler kv key put`). */
export const SMART_MODE_KEY = "SMART_MODE_ENABLED";

/**
 * This isolate's copy of the KV flag, so a chat turn does not read KV every time. Module state
 * on purpose: a per-isolate cache of one value, never `env`. A change therefore reaches a busy
 * isolate after at most `ttlMs` (SMART_MODE_FLAG_CACHE_SECONDS) on top of KV's own propagation
 * (up to 60 s to other locations): see docs/smart-mode.md.
 */
let cached: { value: string | null; at: number } | null = null;
/** The read in flight, shared by the turns that arrive while it runs. */
let reading: Promise<void> | null = null;

/**
 * A KV read still pending after this long is given up: the turn goes on with what the isolate
 * knew (or the var). A turn never waits longer than this on the flag.
 */
export const FLAG_READ_DEADLINE_MS = 1_000;

export interface FlagSource {
  /** Reads the KV value; null when unset. */
  load(): Promise<string | null>;
  ttlMs: number;
  varEnabled: boolean;
  hasApiKey: boolean;
}

/**
 * Effective smart mode for this turn. A KV read that fails or takes longer than
 * FLAG_READ_DEADLINE_MS keeps the last value (or the var) and is tried again after `ttlMs`, so a
 * failing or hanging KV costs a turn at most one deadline per `ttlMs` per isolate.
 */
export async function currentSmartMode(source: FlagSource, now = Date.now()): Promise<SmartMode> {
  if (!source.hasApiKey) return effectiveSmartMode({ kvValue: null, varEnabled: false, hasApiKey: false });
  if (!cached || now - cached.at >= source.ttlMs) {
    reading ??= refresh(source, now).finally(() => {
      reading = null;
    });
    await reading;
  }
  return effectiveSmartMode({
    kvValue: cached?.value ?? null,
    varEnabled: source.varEnabled,
    hasApiKey: source.hasApiKey,
  });
}

async function refresh(source: FlagSource, now: number): Promise<void> {
  try {
    cached = { value: await withDeadline(source.load(), FLAG_READ_DEADLINE_MS), at: now };
  } catch (error) {
    // Keep serving with what we knew (nothing: the var) and try again after ttlMs.
    cached = { value: cached?.value ?? null, at: now };
    logEvent("warn", "smart_mode_flag_read_failed", { message: String(error) });
  }
}

/** For tests: forget the cached value. */
export function forgetSmartModeFlag(): void {
  cached = null;
  reading = null;
}
