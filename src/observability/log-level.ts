import type { LogLevel } from "./levels";

/**
 * The minimum log level as this isolate knows it. The source of truth is the LogStream object
 * (changed at run time by `POST /api/logs/level`); every isolate caches it for at most
 * LEVEL_CACHE_MS, so **a change takes up to 30 s to reach other isolates** (plus one round trip
 * to the object). The isolate that handled the change applies it at once (`rememberLevel`).
 * Every batch sent to the object also brings back the current level, so a busy isolate is
 * usually much fresher than that.
 *
 * Module state on purpose: it is a per-isolate cache of a value, never `env`.
 */
export const LEVEL_CACHE_MS = 30_000;
/** A refresh still unsettled after this long (its request was cancelled) no longer blocks others. */
const REFRESH_TIMEOUT_MS = 5_000;

let known: { level: LogLevel; at: number } | null = null;
/** The configured LOG_LEVEL, used until the object has been asked once. */
let fallback: LogLevel = "info";
/** Bumped on every update, so an answer read before a newer update cannot overwrite it. */
let generation = 0;
let refreshStartedAt = 0;

/** What `logEvent` uses for the console: synchronous, possibly stale. */
export function consoleLevel(): LogLevel {
  return known?.level ?? fallback;
}

export function setFallbackLevel(level: LogLevel): void {
  fallback = level;
}

export function levelGeneration(): number {
  return generation;
}

/** Stores a level just read or written. With `readAt` (a generation), only if nothing newer came meanwhile. */
export function rememberLevel(level: LogLevel, readAt?: number, now = Date.now()): void {
  if (readAt !== undefined && readAt !== generation) return;
  known = { level, at: now };
  generation++;
}

/** The cached minimum level if younger than LEVEL_CACHE_MS (no call needed), else undefined. */
export function cachedMinimumLevel(now = Date.now()): LogLevel | undefined {
  return known && now - known.at < LEVEL_CACHE_MS ? known.level : undefined;
}

/**
 * The minimum level for a batch about to be sent: the cached one if younger than LEVEL_CACHE_MS,
 * else the object's, read through `load`. While one request refreshes, the others use the cached
 * value instead of piling calls onto the one global object (never awaiting another request's
 * promise, which workerd would run late or cancel).
 */
export async function minimumLevel(load: () => Promise<LogLevel>, now = Date.now()): Promise<LogLevel> {
  const cached = cachedMinimumLevel(now);
  if (cached !== undefined) return cached;
  if (refreshStartedAt && now - refreshStartedAt < REFRESH_TIMEOUT_MS) return consoleLevel();
  refreshStartedAt = now;
  const readAt = generation;
  try {
    const level = await load();
    rememberLevel(level, readAt, now);
    return consoleLevel();
  } catch {
    return consoleLevel();
  } finally {
    refreshStartedAt = 0;
  }
}
