/**
 * The session object's SQLite schema, versioned: migration N takes a database at version N-1 to N,
 * and the version is kept in the database itself (`schema_version`), so every object upgrades once,
 * the first time a new release touches it. Append new migrations; never edit a released one.
 */
const MIGRATIONS: readonly string[] = [
  // 1: the first release: state and timestamps in `meta`, one row per message, turns for the rate limit.
  `CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
   CREATE TABLE messages (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     role TEXT NOT NULL,
     kind TEXT NOT NULL,
     text TEXT NOT NULL,
     buttons TEXT,
     created_at INTEGER NOT NULL
   );
   CREATE TABLE turns (at INTEGER NOT NULL);`,
  // 2: photos (the attachment of a `photo` message, as JSON).
  "ALTER TABLE messages ADD COLUMN attachment TEXT",
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Brings the database to SCHEMA_VERSION in one transaction (a crash leaves it at the version it
 * had); two reads when it is there already. A new object gets every migration in that one
 * transaction, so creating a session costs one commit, not one per step.
 */
export function migrate(storage: DurableObjectStorage): void {
  const { sql } = storage;
  storage.transactionSync(() => {
    const version = currentVersion(sql);
    if (version >= SCHEMA_VERSION) return;
    for (const migration of MIGRATIONS.slice(version)) sql.exec(migration);
    sql.exec("UPDATE schema_version SET version = ?", SCHEMA_VERSION);
  });
}

function currentVersion(sql: SqlStorage): number {
  const row = sql
    .exec<{ n: number }>(
      "SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'",
    )
    .one();
  if (row.n > 0) return sql.exec<{ version: number }>("SELECT version FROM schema_version").one().version;
  const version = unversionedVersion(sql);
  sql.exec("CREATE TABLE schema_version (version INTEGER NOT NULL)");
  sql.exec("INSERT INTO schema_version (version) VALUES (?)", version);
  return version;
}

/**
 * Objects written before the schema was versioned (or just emptied by `deleteAll()`): which of the
 * migrations above their tables already reflect. Read once per such object, never again.
 */
function unversionedVersion(sql: SqlStorage): number {
  const columns = sql.exec<{ name: string }>("PRAGMA table_info(messages)").toArray();
  if (columns.length === 0) return 0;
  return columns.some((c) => c.name === "attachment") ? 2 : 1;
}
