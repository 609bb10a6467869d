import type { SmartMode } from "../../lib/smart/mode";
import { type CircuitReport, type CircuitState, MINUTE_MS } from "./recorder";
import {
  addCounts,
  type Counts,
  emptyCounts,
  type OpenAiCounts,
  type RatingCounts,
  type Summary,
  summarize,
  summarizeOpenAi,
  summarizeRatings,
} from "./summary";

/** Minute rows merged into `last5m`: the current minute and the four before it. */
export const WINDOW_MINUTES = 5;
/** Minute rows (and per-version listings) are kept this long. */
export const RETENTION_MINUTES = 24 * 60;

/** Request figures over the two windows (the whole deployment's in `window`). */
export interface WindowMetrics {
  last5m: Summary;
  sinceStart: Summary;
}

/**
 * One worker version's figures. `openai` counts the model calls made by that version's code (in
 * the session objects it runs), so a canary's OpenAI failures can be told from the stable's.
 */
export interface VersionMetrics extends WindowMetrics {
  openai: { last5m: OpenAiCounts; sinceStart: OpenAiCounts };
}

/** What the Metrics object answers; `GET /api/metrics` adds `smartMode`. */
export interface MetricsSnapshot {
  generatedAt: string;
  /** First minute the object counted anything (start of `sinceStart`); null before any traffic. */
  startedAt: string | null;
  /** Start of the oldest minute inside `last5m` (4 to 5 minutes ago). */
  last5mFrom: string;
  window: WindowMetrics;
  /** Per worker version seen in the last 24 hours. */
  versions: Record<string, VersionMetrics>;
  openai: OpenAiCounts & {
    circuit_state: CircuitState;
    /** When the breaker last reported its state; null: never reported (reads "closed"). */
    circuitStateAt: string | null;
    last5m: OpenAiCounts;
  };
  /** Thumbs up/down given to the help at the end of a chat, since start and in `last5m`. */
  ratings: RatingCounts & { last5m: RatingCounts };
}

export interface MetricsReport extends MetricsSnapshot {
  smartMode: SmartMode;
}

export interface StoredCounts extends Counts {
  version: string;
}

export interface StoredMinute extends StoredCounts {
  minute: number;
}

export interface StoredTotals extends StoredCounts {
  firstMinute: number;
  lastMinute: number;
}

export const minuteOf = (ms: number) => Math.floor(ms / MINUTE_MS);

/** Merges the window's minute rows and the per-version totals into the report. Pure. */
export function buildSnapshot(input: {
  now: number;
  recent: StoredMinute[];
  totals: StoredTotals[];
  circuit: CircuitReport | null;
  defaultCircuitState: CircuitState;
}): MetricsSnapshot {
  const current = minuteOf(input.now);
  const windowStart = current - WINDOW_MINUTES + 1;
  const recent = input.recent.filter((r) => r.minute >= windowStart && r.minute <= current);
  const recentByVersion = sumByVersion(recent);
  const last5m = [...recentByVersion.values()].reduce(addCounts, emptyCounts());
  const sinceStart = input.totals.reduce(addCounts, emptyCounts());

  const versions: Record<string, VersionMetrics> = {};
  for (const total of input.totals) {
    if (total.lastMinute < current - RETENTION_MINUTES) continue;
    const recentCounts = recentByVersion.get(total.version) ?? emptyCounts();
    versions[total.version] = {
      last5m: summarize(recentCounts),
      sinceStart: summarize(total),
      openai: { last5m: summarizeOpenAi(recentCounts), sinceStart: summarizeOpenAi(total) },
    };
  }
  const first = input.totals.reduce((min, t) => Math.min(min, t.firstMinute), Number.POSITIVE_INFINITY);
  return {
    generatedAt: new Date(input.now).toISOString(),
    startedAt: Number.isFinite(first) ? new Date(first * MINUTE_MS).toISOString() : null,
    last5mFrom: new Date(windowStart * MINUTE_MS).toISOString(),
    window: { last5m: summarize(last5m), sinceStart: summarize(sinceStart) },
    versions,
    openai: {
      ...summarizeOpenAi(sinceStart),
      circuit_state: input.circuit?.state ?? input.defaultCircuitState,
      circuitStateAt: input.circuit ? new Date(input.circuit.at).toISOString() : null,
      last5m: summarizeOpenAi(last5m),
    },
    ratings: { ...summarizeRatings(sinceStart), last5m: summarizeRatings(last5m) },
  };
}

function sumByVersion(rows: StoredCounts[]): Map<string, Counts> {
  const sums = new Map<string, Counts>();
  for (const row of rows) sums.set(row.version, addCounts(sums.get(row.version) ?? emptyCounts(), row));
  return sums;
}
