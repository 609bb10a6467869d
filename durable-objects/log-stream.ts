import { DurableObject } from "cloudflare:workers";
import { getConfig } from "../src/config";
import { isLogLevel, LOG_LEVELS, type LogLevel, levelRank } from "../src/observability/levels";
import {
  type LogFilter,
  MAX_TAIL_LIMIT,
  matchesFilter,
  parseStreamRequest,
  type StreamQuery,
} from "../src/observability/log-filter";
import type { LogRecord } from "../src/observability/log-record";
import { SseChannel } from "../src/observability/sse-channel";
import { logCutoff } from "../src/retention/policy/policy";

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS lines (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at INTEGER NOT NULL,
    level INTEGER NOT NULL,
    session_id TEXT,
    event TEXT NOT NULL,
    route TEXT,
    line TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS lines_at ON lines (at);
  CREATE INDEX IF NOT EXISTS lines_session ON lines (session_id, id);
  CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
`;

/** Inserts the rows of a JSON array of [at, level, session_id, event, route, line], in order. */
const INSERT_BATCH = `
  INSERT INTO lines (at, level, session_id, event, route, line)
  SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5
  FROM json_each(?) ORDER BY key
  RETURNING id`;

/** The retention alarm runs this often; a full page of deletions continues soon after. */
const PRUNE_INTERVAL_MS = 60 * 60_000;
const PRUNE_PAGE_ROWS = 5_000;
const PRUNE_CONTINUE_MS = 1_000;
const MAX_RECORDS_PER_APPEND = 1_000;
const MAX_LINE_CHARS = 16 * 1024;
const MAX_FIELD_CHARS = 256;
/** Lines replayed per connection; a longer backlog is sent over successive reconnects. */
const REPLAY_PAGE = 500;
const HEARTBEAT_MS = 15_000;
const RETRY_MS = 1_000;
const MAX_QUEUED_EVENTS = 2 * REPLAY_PAGE;

export interface LinesQuery extends LogFilter {
  /** Lines with a larger id, oldest first; without it, the last `limit` lines (still oldest first). */
  after?: number;
  limit: number;
}

export interface StoredLine {
  id: number;
  line: string;
}

type Row = { id: number; level: number; session_id: string | null; line: string };

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

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.sql = ctx.storage.sql;
    this.sql.exec(SCHEMA);
  }

  /** Stores a batch (one request's lines), pushes it to open streams, answers the current level. */
  async append(records: readonly LogRecord[]): Promise<{ appended: number; level: LogLevel }> {
    const kept = records
      .slice(0, MAX_RECORDS_PER_APPEND)
      .map(sanitize)
      .filter((r): r is LogRecord => r !== null);
    if (kept.length > 0) {
      // One statement for the whole batch (a call carries many requests' lines). Ids are given in
      // insertion order (AUTOINCREMENT, one writer), so the sorted ids match `kept` in order.
      const ids = this.sql
        .exec<{ id: number }>(
          INSERT_BATCH,
          JSON.stringify(kept.map((r) => [r.at, levelRank(r.level), r.sessionId, r.event, r.route, r.line])),
        )
        .toArray()
        .map((row) => row.id)
        .sort((a, b) => a - b);
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
    return this.select(query).map(({ id, line }) => ({ id, line }));
  }

  /** For operators and tests: open streams and stored lines. */
  stats(): { openStreams: number; lines: number } {
    const { n } = this.sql.exec<{ n: number }>("SELECT count(*) AS n FROM lines").one();
    return { openStreams: this.clients.size, lines: n };
  }

  getLevel(): LogLevel {
    const stored = this.sql
      .exec<{ value: string }>("SELECT value FROM meta WHERE key = 'level'")
      .toArray()[0]?.value;
    return isLogLevel(stored) ? stored : getConfig(this.env).LOG_LEVEL;
  }

  setLevel(level: LogLevel): LogLevel {
    if (!isLogLevel(level)) throw new Error(`level must be one of ${LOG_LEVELS.join(", ")}`);
    this.sql.exec("INSERT OR REPLACE INTO meta (key, value) VALUES ('level', ?)", level);
    return level;
  }

  /** Retention: deletes lines older than LOG_RETENTION_DAYS, a page at a time, and reschedules itself. */
  override async alarm(): Promise<void> {
    const cutoff = logCutoff(getConfig(this.env), Date.now());
    const deleted = this.sql
      .exec(
        "DELETE FROM lines WHERE id IN (SELECT id FROM lines WHERE at <= ? LIMIT ?) RETURNING id",
        cutoff,
        PRUNE_PAGE_ROWS,
      )
      .toArray().length;
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
    const lastId = this.lastId();
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
      const backlog = this.select({ after, limit: REPLAY_PAGE, ...filter });
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

  private select(query: LinesQuery): Row[] {
    const where: string[] = [];
    const args: SqlStorageValue[] = [];
    const add = (clause: string, value: SqlStorageValue) => {
      where.push(clause);
      args.push(value);
    };
    // Same meaning as matchesFilter on the live stream.
    if (query.after !== undefined) add("id > ?", query.after);
    if (query.level) add("level >= ?", levelRank(query.level));
    if (query.sessionId !== undefined) add("session_id = ?", query.sessionId);
    if (query.q !== undefined) add("instr(line, ?) > 0", query.q);
    const limit = Math.max(1, Math.min(MAX_TAIL_LIMIT, Math.floor(query.limit)));
    const oldestFirst = query.after !== undefined;
    const rows = this.sql
      .exec<Row>(
        `SELECT id, level, session_id, line FROM lines ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
         ORDER BY id ${oldestFirst ? "ASC" : "DESC"} LIMIT ?`,
        ...args,
        limit,
      )
      .toArray();
    return oldestFirst ? rows : rows.reverse();
  }

  private lastId(): number {
    return this.sql.exec<{ id: number | null }>("SELECT max(id) AS id FROM lines").one().id ?? 0;
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

const field = (value: unknown): string | null =>
  typeof value === "string" ? value.slice(0, MAX_FIELD_CHARS) : null;

/** Batches come from every deployed version of the Worker: keep what is well-formed, drop the rest. */
function sanitize(input: LogRecord): LogRecord | null {
  if (!input || typeof input !== "object" || !isLogLevel(input.level) || typeof input.line !== "string") {
    return null;
  }
  const at = Number.isFinite(input.at) ? input.at : Date.now();
  const event = field(input.event) ?? "unknown";
  const line =
    input.line.length <= MAX_LINE_CHARS
      ? input.line
      : JSON.stringify({ level: input.level, time: new Date(at).toISOString(), event, truncated: true });
  return {
    at,
    level: input.level,
    event,
    route: field(input.route),
    sessionId: field(input.sessionId),
    line,
  };
}
