-- The shop's people (the desk, docs/desk.md): accounts, their signed-in sessions, and failed
-- sign-ins for throttling. Owned by src/storage/staff.ts.
CREATE TABLE IF NOT EXISTS staff (
  id TEXT PRIMARY KEY,                      -- random, URL-safe
  email TEXT NOT NULL UNIQUE COLLATE NOCASE,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('admin', 'technician')),
  active INTEGER NOT NULL DEFAULT 1,
  -- pbkdf2-sha256$<iterations>$<salt>$<hash> (base64url); NULL: signs in through Cloudflare Access only
  password_hash TEXT,
  created_at INTEGER NOT NULL,              -- epoch ms
  updated_at INTEGER NOT NULL
);

-- A signed-in browser. The cookie holds a random token; only its SHA-256 is stored.
CREATE TABLE IF NOT EXISTS staff_sessions (
  token_hash TEXT PRIMARY KEY,
  staff_id TEXT NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  via TEXT NOT NULL CHECK (via IN ('password', 'access')),
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS staff_sessions_staff ON staff_sessions (staff_id);
CREATE INDEX IF NOT EXISTS staff_sessions_expires ON staff_sessions (expires_at);

-- One row per failed sign-in, by account (the email, lower case) and by address (the client key,
-- never the raw IP: an IPv4 address or an IPv6 /64). Rows older than the window are deleted.
CREATE TABLE IF NOT EXISTS sign_in_failures (
  scope TEXT NOT NULL CHECK (scope IN ('account', 'address')),
  subject TEXT NOT NULL,
  at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS sign_in_failures_subject ON sign_in_failures (scope, subject, at);
