import { evictDurableObject, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { expect, it } from "vitest";
import { call, greet, newSessionId, press, say } from "../helpers/api";

// During a gradual deployment (docs/releases.md) a session object runs one version while the
// Worker calling it may run the other, and a new version meets objects whose storage an older one
// wrote. These tests hold the new code to both sides of that contract.

/**
 * The messages table as the first release created it: no `attachment` column (photos came later),
 * and no `schema_version` table (the schema was versioned after it).
 */
const FIRST_RELEASE_MESSAGES = `
  DROP TABLE schema_version;
  DROP TABLE messages;
  CREATE TABLE messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    role TEXT NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    buttons TEXT,
    created_at INTEGER NOT NULL
  );
`;

// A 1×1 PNG (bytes only matter to R2 here: smart mode is off, nothing looks at them).
const PNG = Uint8Array.from(
  atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNk+A8AAQUBAScY42YAAAAASUVORK5CYII="),
  (c) => c.charCodeAt(0),
);

interface HistoryBody {
  messages: { role: string; kind: string; text: string; upload?: { id: string; url: string } }[];
  state: { stage: string; name?: string; device?: string } | null;
}

it("an object whose storage the first release wrote keeps its conversation and takes photos", async () => {
  const id = newSessionId("split");
  await greet(id);
  await press(id, "consent:yes");
  await say(id, "me llamo Ana, mi notebook no prende");
  const stub = env.CHAT_SESSION.getByName(id);

  // Rewrite its storage into the first release's shape, keeping the rows (as that code stored them),
  // and a state with a field this version does not know.
  await runInDurableObject(stub, (_instance, state) => {
    const sql = state.storage.sql;
    const rows = sql
      .exec<{ role: string; kind: string; text: string; buttons: string | null; created_at: number }>(
        "SELECT role, kind, text, buttons, created_at FROM messages ORDER BY id",
      )
      .toArray();
    sql.exec(FIRST_RELEASE_MESSAGES);
    for (const r of rows) {
      sql.exec(
        "INSERT INTO messages (role, kind, text, buttons, created_at) VALUES (?, ?, ?, ?, ?)",
        r.role,
        r.kind,
        r.text,
        r.buttons,
        r.created_at,
      );
    }
    const stored = JSON.parse(
      sql.exec<{ value: string }>("SELECT value FROM meta WHERE key = 'state'").one().value,
    ) as Record<string, unknown>;
    sql.exec(
      "INSERT OR REPLACE INTO meta (key, value) VALUES ('state', ?)",
      JSON.stringify({ ...stored, fieldFromAnotherVersion: { x: 1 } }),
    );
  });
  await evictDurableObject(stub); // the next call constructs the object on the old tables

  const before = (await (await call(`/api/history/${id}`)).json()) as HistoryBody;
  expect(before.state).toMatchObject({ name: "Ana", device: "notebook" });
  expect(before.messages.map((m) => m.kind)).toEqual(["reply", "action", "reply", "text", "reply"]);

  // The conversation goes on, and a photo can be attached (the column is added on first use).
  const next = await say(id, "sigue igual");
  expect(next.reply.length).toBeGreaterThan(0);
  const key = `uploads/2026-11-28/${crypto.randomUUID()}.png`;
  await env.BUCKET.put(key, PNG, { httpMetadata: { contentType: "image/png" } });
  // The call shape of a Worker from before smart mode and the per-session photo limit.
  const photo = await stub.attachPhoto({
    sessionId: id,
    attachment: { id: "up-old-1", key, contentType: "image/png", size: PNG.byteLength },
  });
  expect(photo.ok).toBe(true);

  const after = (await (await call(`/api/history/${id}`)).json()) as HistoryBody;
  expect(after.messages.slice(0, before.messages.length)).toEqual(before.messages);
  expect(after.messages.find((m) => m.kind === "photo")?.upload).toMatchObject({ id: "up-old-1" });
  const exported = await stub.exportData();
  expect(JSON.stringify(exported)).toContain("up-old-1");
});

it("answers a Worker of the previous version, whose calls lack the newer optional fields", async () => {
  const id = newSessionId("split");
  const stub = env.CHAT_SESSION.getByName(id);
  // Exactly what an older Worker sends: no origin, smart or location.
  const greeting = await stub.greet(id);
  expect(greeting.ok).toBe(true);
  const consent = await stub.chat({ sessionId: id, action: "consent:yes" });
  expect(consent.ok).toBe(true);
  const turn = await stub.chat({ sessionId: id, message: "soy Ana, la impresora no imprime" });
  if (!turn.ok) throw new Error(JSON.stringify(turn));
  expect(turn.response.state).toMatchObject({ name: "Ana", device: "printer", problem: "printing" });
  // And the new Worker reads what the old-call turns stored.
  const history = (await (await call(`/api/history/${id}`)).json()) as HistoryBody;
  expect(history.messages.filter((m) => m.role === "user").map((m) => m.kind)).toEqual(["action", "text"]);
  expect(history.messages.at(-2)?.text).toBe("soy Ana, la impresora no imprime");
});
