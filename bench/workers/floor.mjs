// The floor: what any stored chat turn must do, and nothing else. The Worker reads the JSON body
// and makes one RPC to the session's Durable Object, which inserts one SQLite row and answers.
// No framework, no validation, no logs, no metrics (bench/turn-floor.mjs).
import { DurableObject } from "cloudflare:workers";

export class FloorSession extends DurableObject {
  /** @param {DurableObjectState} ctx @param {any} env */
  constructor(ctx, env) {
    super(ctx, env);
    ctx.storage.sql.exec(
      "CREATE TABLE IF NOT EXISTS messages (id INTEGER PRIMARY KEY, text TEXT NOT NULL, at INTEGER NOT NULL)",
    );
  }

  /** @param {string} text */
  turn(text) {
    const at = Date.now();
    this.ctx.storage.sql.exec("INSERT INTO messages (text, at) VALUES (?, ?)", text, at);
    return { reply: `ok ${text.length}`, at };
  }
}

export default {
  /** @param {Request} request @param {{ FLOOR: DurableObjectNamespace<FloorSession> }} env */
  async fetch(request, env) {
    const body = /** @type {{ sessionId: string, message?: string, action?: string }} */ (
      await request.json()
    );
    const answer = await env.FLOOR.getByName(body.sessionId).turn(body.message ?? body.action ?? "");
    return Response.json(answer);
  },
};
