import { DurableObject } from "cloudflare:workers";
import { type Config, settings } from "../src/config";
import { isLogLevel, LOG_LEVELS, type LogLevel } from "../src/observability/levels";
import {
  type LogFilter,
  matchesFilter,
  parseStreamRequest,
  type StreamQuery,
} from "../src/observability/log-filter";
import type { LogRecord } from "../src/observability/log-record";
import { SseChannel } from "../src/observability/sse-channel";
import { logCutoff } from "../src/retention/policy/policy";
import {
  countLines,
  createTables,
  deleteLinesUpTo,
  insertLines,
  type LinesQuery,
  lastLineId,
  type StoredLine,
  selectLines,
  storedLevel,
  storeLevel,
} from "./log-stream/lines-table";
import { sanitize } from "./log-stream/sanitize";

/** The retention alarm runs this often; a full page of deletions continues soon after. */
const PRUNE_INTERVAL_MS = 60 * 60_000;
const PRUNE_PAGE_ROWS = 5_000;
const PRUNE_CONTINUE_MS = 1_000;
const MAX_RECORDS_PER_APPEND = 1_000;
/** Lines replayed per connection; a longer backlog is sent over successive reconnects. */
const REPLAY_PAGE = 500;
const HEARTBEAT_MS = 15_000;
const RETRY_MS = 1_000;
const MAX_QUEUED_EVENTS = 2 * REPLAY_PAGE;

/**
 * The live log stream: one global object (`getByName("global")`) keeps the last
 * LOG_RETENTION_DAYS of log lines in SQLite, the row id being the SSE event id, and serves them
 * as Server-Sent Events to admins (`stream()`, a byte stream returned over RPC).
 * It also holds the run-time minimum level.
 */
export class LogStream extends DurableObject<Env> {
  private readonly sql: SqlStorage;
  /** Open streams and what each wants; in memory only (a stream does not outlive the instance). */
  private readonly clients = new Map<SseChannel, LogFilter>();
  private alarmCheckedAt = 0;
  private readonly config: Config;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.config = settings(env).config;
    this.sql = ctx.storage.sql;
    createTables(this.sql);
  }

  /** Stores a batch (one request's lines), pushes it to open streams, answers the current level. */
  async append(records: readonly LogRecord[]): Promise<{ appended: number; level: LogLevel }> {
    const kept = records
      .slice(0, MAX_RECORDS_PER_APPEND)
      .map(sanitize)
      .filter((r): r is LogRecord => r !== null);
    if (kept.length > 0) {
      const ids = insertLines(this.sql, kept);
      kept.forEach((record, i) => {
        const id = ids[i] as number;
        for (const [channel, filter] of this.clients) {
          if (!matchesFilter(record, filter)) channel.skip(id);
          else channel.send(id, { event: "log", data: record.line });
        }
      });
    }
    await this.ensureAlarm();
    return { appended: kept.length, level: this.getLevel() };
  }

  /**
   * Stored lines matching `query`, oldest first. (Not named `tail`: that is a reserved handler
   * name, and the runtime refuses to call an RPC method with it.)
   */
  readLines(query: LinesQuery): StoredLine[] {
    return selectLines(this.sql, query);
  }

  /** For operators and tests: open streams and stored lines. */
  stats(): { openStreams: number; lines: number } {
    return { openStreams: this.clients.size, lines: countLines(this.sql) };
  }

  getLevel(): LogLevel {
    const stored = storedLevel(this.sql);
    return isLogLevel(stored) ? stored : this.config.LOG_LEVEL;
  }

  setLevel(level: LogLevel): LogLevel {
    if (!isLogLevel(level)) throw new Error(`level must be one of ${LOG_LEVELS.join(", ")}`);
    storeLevel(this.sql, level);
    return level;
  }

  /** Retention: deletes lines older than LOG_RETENTION_DAYS, a page at a time, and reschedules itself. */
  override async alarm(): Promise<void> {
    const cutoff = logCutoff(this.config, Date.now());
    const deleted = deleteLinesUpTo(this.sql, cutoff, PRUNE_PAGE_ROWS);
    await this.ctx.storage.setAlarm(
      Date.now() + (deleted === PRUNE_PAGE_ROWS ? PRUNE_CONTINUE_MS : PRUNE_INTERVAL_MS),
    );
  }

  /**
   * SSE over RPC (the route wraps it in a Response): replays the lines after `lastEventId` (the
   * client's Last-Event-ID, which wins) or `query.since`, then pushes new ones as they are appended.
   * Replay and registration happen in one synchronous step, so nothing appended in between is
   * missed or sent twice. The stream ends after `maxMs` (at most 5 min) with a `reconnect` event
   * whose id is where the client must resume; a client that goes away cancels it, which closes it.
   */
  stream(query: StreamQuery, lastEventId?: number): ReadableStream<Uint8Array> {
    const { filter, lifetimeMs, after: requested } = parseStreamRequest(query, lastEventId);
    const lastId = lastLineId(this.sql);
    // An id beyond the newest line (storage was reset) would make the client skip the new lines.
    const after = requested === undefined ? undefined : Math.min(requested, lastId);
    const channel: SseChannel = new SseChannel(after ?? lastId, {
      lifetimeMs,
      heartbeatMs: HEARTBEAT_MS,
      retryMs: RETRY_MS,
      maxQueued: MAX_QUEUED_EVENTS,
      onClose: () => this.clients.delete(channel),
    });
    if (after !== undefined) {
      const backlog = selectLines(this.sql, { after, limit: REPLAY_PAGE, ...filter });
      for (const row of backlog) channel.send(row.id, { event: "log", data: row.line });
      // More to replay: catch up only to the last stored id, and let the client come back for the rest.
      if (backlog.length === REPLAY_PAGE) {
        channel.end();
        return channel.readable;
      }
      channel.skip(lastId);
    }
    this.clients.set(channel, filter);
    return channel.readable;
  }

  /** Arms the retention alarm if none is set (checked at most once per interval per instance). */
  private async ensureAlarm(): Promise<void> {
    const now = Date.now();
    if (now - this.alarmCheckedAt < PRUNE_INTERVAL_MS) return;
    this.alarmCheckedAt = now;
    if ((await this.ctx.storage.getAlarm()) === null)
      await this.ctx.storage.setAlarm(now + PRUNE_INTERVAL_MS);
  }
}
