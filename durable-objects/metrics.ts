import { DurableObject } from "cloudflare:workers";
import { BUCKET_COUNT, emptyHistogram, type Histogram } from "../src/observability/metrics/histogram";
import {
  CIRCUIT_STATES,
  type CircuitReport,
  type CircuitState,
  DEFAULT_CIRCUIT_STATE,
  MAX_UNSENT_AGE_MS,
  type MetricsBatch,
  type MetricsCell,
} from "../src/observability/metrics/recorder";
import {
  buildSnapshot,
  type MetricsSnapshot,
  minuteOf,
  RETENTION_MINUTES,
  type StoredMinute,
  type StoredTotals,
  WINDOW_MINUTES,
} from "../src/observability/metrics/report";
import { addCounts, type Counts } from "../src/observability/metrics/summary";

export type { MetricsBatch } from "../src/observability/metrics/recorder";

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS minute_counts (
    minute INTEGER NOT NULL,
    version TEXT NOT NULL,
    requests INTEGER NOT NULL,
    errors_5xx INTEGER NOT NULL,
    openai_calls INTEGER NOT NULL,
    openai_failures INTEGER NOT NULL,
    latency TEXT NOT NULL,
    ratings_up INTEGER NOT NULL DEFAULT 0,
    ratings_down INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (minute, version)
  ) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS version_totals (
    version TEXT PRIMARY KEY,
    first_minute INTEGER NOT NULL,
    last_minute INTEGER NOT NULL,
    requests INTEGER NOT NULL,
    errors_5xx INTEGER NOT NULL,
    openai_calls INTEGER NOT NULL,
    openai_failures INTEGER NOT NULL,
    latency TEXT NOT NULL,
    ratings_up INTEGER NOT NULL DEFAULT 0,
    ratings_down INTEGER NOT NULL DEFAULT 0
  );
  CREATE TABLE IF NOT EXISTS applied_batches (id TEXT PRIMARY KEY, applied_at INTEGER NOT NULL);
  CREATE INDEX IF NOT EXISTS applied_batches_at ON applied_batches (applied_at);
  CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
`;

/** Columns added after the first release: objects created before get them (with 0) on start. */
const ADDED_COLUMNS = ["ratings_up", "ratings_down"] as const;
const COUNTED_TABLES = ["minute_counts", "version_totals"] as const;

/** Batch ids are remembered well past the age at which an isolate gives up resending them. */
const BATCH_ID_RETENTION_MS = Math.max(24 * 60 * 60_000, 2 * MAX_UNSENT_AGE_MS);
const MAX_VERSION_LENGTH = 64;

type CountsRow = {
  version: string;
  requests: number;
  errors_5xx: number;
  openai_calls: number;
  openai_failures: number;
  ratings_up: number;
  ratings_down: number;
  latency: string;
};

export interface RecordResult {
  applied: number;
  duplicates: number;
}

/**
 * Request and OpenAI metrics merged from every isolate: one row per (minute, worker version) with
 * counts and a latency histogram, plus running totals per version. Writes merge into the row, so
 * any number of isolates can send in any order; batch ids make a resent batch count once.
 */
export class Metrics extends DurableObject<Env> {
  private readonly sql: SqlStorage;
  private prunedAtMinute = 0;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.sql = ctx.storage.sql;
    this.sql.exec(SCHEMA);
    this.addMissingColumns();
  }

  /** Applies each batch not applied before, atomically; also drops rows past retention. */
  record(batches: MetricsBatch[], now = Date.now()): RecordResult {
    const result: RecordResult = { applied: 0, duplicates: 0 };
    this.ctx.storage.transactionSync(() => {
      for (const batch of batches) {
        const id = String(batch.id);
        if (this.sql.exec("SELECT 1 FROM applied_batches WHERE id = ?", id).toArray().length > 0) {
          result.duplicates += 1;
          continue;
        }
        this.sql.exec("INSERT INTO applied_batches (id, applied_at) VALUES (?, ?)", id, now);
        for (const cell of batch.cells) this.applyCell(sanitize(cell), minuteOf(now));
        if (batch.circuit) this.applyCircuit(batch.circuit);
        result.applied += 1;
      }
      this.prune(now);
    });
    return result;
  }

  /** The last-5-minutes and since-start summaries, overall and per version. */
  report(now = Date.now()): MetricsSnapshot {
    const fromMinute = minuteOf(now) - WINDOW_MINUTES + 1;
    const recent = this.sql
      .exec<CountsRow & { minute: number }>("SELECT * FROM minute_counts WHERE minute >= ?", fromMinute)
      .toArray()
      .map((r): StoredMinute => ({ ...fromRow(r), minute: r.minute }));
    const totals = this.sql
      .exec<CountsRow & { first_minute: number; last_minute: number }>("SELECT * FROM version_totals")
      .toArray()
      .map((r): StoredTotals => ({ ...fromRow(r), firstMinute: r.first_minute, lastMinute: r.last_minute }));
    return buildSnapshot({
      now,
      recent,
      totals,
      circuit: this.circuit(),
      defaultCircuitState: DEFAULT_CIRCUIT_STATE,
    });
  }

  private applyCell(cell: MetricsCell & Counts, nowMinute: number): void {
    const counts = (existing: CountsRow | undefined) => addCounts(fromRow(existing), cell);
    const total = this.sql
      .exec<CountsRow & { first_minute: number; last_minute: number }>(
        "SELECT * FROM version_totals WHERE version = ?",
        cell.version,
      )
      .toArray()[0];
    const merged = counts(total);
    this.sql.exec(
      `INSERT OR REPLACE INTO version_totals (version, first_minute, last_minute,
         requests, errors_5xx, openai_calls, openai_failures, latency, ratings_up, ratings_down)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      cell.version,
      Math.min(total?.first_minute ?? cell.minute, cell.minute),
      Math.max(total?.last_minute ?? cell.minute, cell.minute),
      ...columns(merged),
    );
    // A late cell for a minute already past retention still counts in the totals above.
    if (cell.minute < nowMinute - RETENTION_MINUTES) return;
    const row = this.sql
      .exec<CountsRow>(
        "SELECT * FROM minute_counts WHERE minute = ? AND version = ?",
        cell.minute,
        cell.version,
      )
      .toArray()[0];
    this.sql.exec(
      `INSERT OR REPLACE INTO minute_counts (minute, version,
         requests, errors_5xx, openai_calls, openai_failures, latency, ratings_up, ratings_down)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      cell.minute,
      cell.version,
      ...columns(counts(row)),
    );
  }

  private addMissingColumns(): void {
    for (const table of COUNTED_TABLES) {
      const present = new Set(
        this.sql
          .exec<{ name: string }>(`PRAGMA table_info(${table})`)
          .toArray()
          .map((c) => c.name),
      );
      for (const column of ADDED_COLUMNS) {
        if (!present.has(column))
          this.sql.exec(`ALTER TABLE ${table} ADD COLUMN ${column} INTEGER NOT NULL DEFAULT 0`);
      }
    }
  }

  private applyCircuit(report: CircuitReport): void {
    if (!CIRCUIT_STATES.includes(report.state) || !Number.isFinite(report.at)) return;
    const current = this.circuit();
    if (current && current.at > report.at) return;
    this.sql.exec("INSERT OR REPLACE INTO meta (key, value) VALUES ('circuit', ?)", JSON.stringify(report));
  }

  private circuit(): CircuitReport | null {
    const value = this.sql
      .exec<{ value: string }>("SELECT value FROM meta WHERE key = 'circuit'")
      .toArray()[0]?.value;
    if (!value) return null;
    const parsed = JSON.parse(value) as { state: CircuitState; at: number };
    return { state: parsed.state, at: parsed.at };
  }

  /** At most once a minute: minute rows past retention and batch ids no isolate will resend. */
  private prune(now: number): void {
    const minute = minuteOf(now);
    if (minute === this.prunedAtMinute) return;
    this.prunedAtMinute = minute;
    this.sql.exec("DELETE FROM minute_counts WHERE minute < ?", minute - RETENTION_MINUTES);
    this.sql.exec("DELETE FROM applied_batches WHERE applied_at < ?", now - BATCH_ID_RETENTION_MS);
  }
}

function fromRow(row: CountsRow | undefined): Counts & { version: string } {
  return {
    version: row?.version ?? "",
    requests: row?.requests ?? 0,
    errors5xx: row?.errors_5xx ?? 0,
    openaiCalls: row?.openai_calls ?? 0,
    openaiFailures: row?.openai_failures ?? 0,
    ratingsUp: row?.ratings_up ?? 0,
    ratingsDown: row?.ratings_down ?? 0,
    latency: row ? parseHistogram(row.latency) : emptyHistogram(),
  };
}

/** In the order of the INSERT statements above. */
function columns(c: Counts): [number, number, number, number, string, number, number] {
  return [
    c.requests,
    c.errors5xx,
    c.openaiCalls,
    c.openaiFailures,
    JSON.stringify(c.latency),
    c.ratingsUp,
    c.ratingsDown,
  ];
}

function parseHistogram(text: string): Histogram {
  const parsed: unknown = JSON.parse(text);
  const histogram = emptyHistogram();
  if (Array.isArray(parsed)) for (let i = 0; i < BUCKET_COUNT; i++) histogram[i] = count(parsed[i]);
  return histogram;
}

const count = (n: unknown) => (typeof n === "number" && Number.isFinite(n) && n > 0 ? Math.floor(n) : 0);

/** The caller may be another worker version: keep only well-formed, non-negative counts. */
function sanitize(cell: MetricsCell): MetricsCell & Counts {
  const latency = emptyHistogram();
  if (Array.isArray(cell.latency)) for (let i = 0; i < BUCKET_COUNT; i++) latency[i] = count(cell.latency[i]);
  return {
    minute: Math.floor(Number(cell.minute)) || 0,
    version: String(cell.version || "unknown").slice(0, MAX_VERSION_LENGTH),
    requests: count(cell.requests),
    errors5xx: count(cell.errors5xx),
    openaiCalls: count(cell.openaiCalls),
    openaiFailures: count(cell.openaiFailures),
    ratingsUp: count(cell.ratingsUp),
    ratingsDown: count(cell.ratingsDown),
    latency,
  };
}
