// The floor plus the writes outside the object that a conversation ending in a ticket must make
// (bench/turn-floor.mjs's second reference): the floor's one RPC and one SQLite row per turn, and
// nothing else, except that the hand-off ("technician") stores the ticket (JSON and TXT in R2, a
// D1 row) and, a second after the last turn, an alarm stores the transcript in R2 and the
// session's D1 row. Five writes, as ours makes; still no framework, validation, logs or metrics.
import { DurableObject } from "cloudflare:workers";

/** @typedef {{ FILES: R2Bucket, DB: D1Database }} FloorEnv */

/** @extends {DurableObject<FloorEnv>} */
export class FloorSession extends DurableObject {
  /** @param {DurableObjectState} ctx @param {FloorEnv} env */
  constructor(ctx, env) {
    super(ctx, env);
    this.files = env.FILES;
    this.db = env.DB;
    this.alarmSet = false;
    ctx.storage.sql.exec(
      "CREATE TABLE IF NOT EXISTS messages (id INTEGER PRIMARY KEY, text TEXT NOT NULL, at INTEGER NOT NULL)",
    );
  }

  /** @param {string} sessionId @param {string} text */
  async turn(sessionId, text) {
    const at = Date.now();
    this.ctx.storage.sql.exec("INSERT INTO messages (text, at) VALUES (?, ?)", text, at);
    // One alarm per burst of turns, as ours sets (not one per turn).
    if (!this.alarmSet) await this.ctx.storage.setAlarm(at + 1000);
    this.alarmSet = true;
    if (text === "technician") {
      const ticket = JSON.stringify({ sessionId, at, messages: this.messages() });
      await this.files.put(`tickets/${sessionId}.json`, ticket);
      await this.files.put(`tickets/${sessionId}.txt`, ticket);
      await this.db.prepare("INSERT INTO tickets (id, at) VALUES (?, ?)").bind(sessionId, at).run();
    }
    return { reply: `ok ${text.length}`, at };
  }

  messages() {
    return this.ctx.storage.sql.exec("SELECT text, at FROM messages ORDER BY id").toArray();
  }

  async alarm() {
    this.alarmSet = false;
    const id = this.ctx.id.toString();
    await this.files.put(`transcripts/${id}.json`, JSON.stringify(this.messages()));
    await this.db
      .prepare("INSERT OR REPLACE INTO sessions (id, at) VALUES (?, ?)")
      .bind(id, Date.now())
      .run();
  }
}

export default {
  /** @param {Request} request @param {{ FLOOR: DurableObjectNamespace<FloorSession> }} env */
  async fetch(request, env) {
    const body = /** @type {{ sessionId: string, message?: string, action?: string }} */ (
      await request.json()
    );
    const text = body.message ?? body.action ?? "";
    return Response.json(await env.FLOOR.getByName(body.sessionId).turn(body.sessionId, text));
  },
};
