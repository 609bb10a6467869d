import { type LogLevel, levelRank } from "../../src/observability/levels";
import { type LogFilter, MAX_TAIL_LIMIT } from "../../src/observability/log-filter";
import type { LogRecord } from "../../src/observability/log-record";

/** The LogStream object's SQLite tables: the stored lines (the row id is the SSE event id) and `meta`. */
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

export function createTables(sql: SqlStorage): void {
  sql.exec(SCHEMA);
}

/**
 * Stores the records in one statement (a call carries many requests' lines) and answers their ids
 * in the records' order: ids are given in insertion order (AUTOINCREMENT, one writer).
 */
export function insertLines(sql: SqlStorage, records: readonly LogRecord[]): number[] {
  const rows = records.map((r) => [r.at, levelRank(r.level), r.sessionId, r.event, r.route, r.line]);
  return sql
    .exec<{ id: number }>(INSERT_BATCH, JSON.stringify(rows))
    .toArray()
    .map((row) => row.id)
    .sort((a, b) => a - b);
}

/** Stored lines matching `query`, oldest first; same meaning as `matchesFilter` on the live stream. */
export function selectLines(sql: SqlStorage, query: LinesQuery): StoredLine[] {
  const where: string[] = [];
  const args: SqlStorageValue[] = [];
  const add = (clause: string, value: SqlStorageValue) => {
    where.push(clause);
    args.push(value);
  };
  if (query.after !== undefined) add("id > ?", query.after);
  if (query.level) add("level >= ?", levelRank(query.level));
  if (query.sessionId !== undefined) add("session_id = ?", query.sessionId);
  if (query.q !== undefined) add("instr(line, ?) > 0", query.q);
  const limit = Math.max(1, Math.min(MAX_TAIL_LIMIT, Math.floor(query.limit)));
  const oldestFirst = query.after !== undefined;
  const rows = sql
    .exec<Row>(
      `SELECT id, level, session_id, line FROM lines ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
       ORDER BY id ${oldestFirst ? "ASC" : "DESC"} LIMIT ?`,
      ...args,
      limit,
    )
    .toArray();
  const lines = rows.map(({ id, line }) => ({ id, line }));
  return oldestFirst ? lines : lines.reverse();
}

export function lastLineId(sql: SqlStorage): number {
  return sql.exec<{ id: number | null }>("SELECT max(id) AS id FROM lines").one().id ?? 0;
}

export function countLines(sql: SqlStorage): number {
  return sql.exec<{ n: number }>("SELECT count(*) AS n FROM lines").one().n;
}

/** Deletes up to `pageRows` lines logged at or before `cutoff`; answers how many. */
export function deleteLinesUpTo(sql: SqlStorage, cutoff: number, pageRows: number): number {
  return sql
    .exec(
      "DELETE FROM lines WHERE id IN (SELECT id FROM lines WHERE at <= ? LIMIT ?) RETURNING id",
      cutoff,
      pageRows,
    )
    .toArray().length;
}

export function storedLevel(sql: SqlStorage): string | undefined {
  return sql.exec<{ value: string }>("SELECT value FROM meta WHERE key = 'level'").toArray()[0]?.value;
}

export function storeLevel(sql: SqlStorage, level: LogLevel): void {
  sql.exec("INSERT OR REPLACE INTO meta (key, value) VALUES ('level', ?)", level);
}
