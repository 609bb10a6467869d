import { runDurableObjectAlarm } from "cloudflare:test";
import { env } from "cloudflare:workers";
import type { SessionIndexRow as SessionRow, Transcript } from "../../../src/protocol";

/** Shared by the privacy tests: admin credentials and deterministic waits for the writes a turn defers. */

export const ADMIN_TOKEN = "test-admin-token";
export const ADMIN = { Authorization: `Bearer ${ADMIN_TOKEN}` };

/** Upper bound on the waits below; each round is a real round trip, never a timer. */
const MAX_ROUNDS = 20;

export const transcriptKey = (sessionId: string) => `transcripts/${sessionId}.json`;

export type { SessionIndexRow as SessionRow } from "../../../src/protocol";

/**
 * The R2 transcript once it holds every message the session object has stored.
 *
 * A turn only schedules the mirror (a Durable Object alarm ~1 s later, so a burst of turns
 * costs one write). `runDurableObjectAlarm` runs a scheduled alarm now and resolves after the
 * handler, i.e. after its `BUCKET.put`: normally the first round returns. If the real alarm timer
 * already fired and its put is still in flight, `runDurableObjectAlarm` finds nothing to run;
 * then each further round makes an RPC to the same object (`ping()`), which cannot be answered
 * before the object's event loop has moved on, and checks R2 again. No sleeps, bounded.
 */
export async function mirroredTranscript(sessionId: string): Promise<Transcript> {
  const stub = env.CHAT_SESSION.getByName(sessionId);
  const expected = (await stub.history()).messages.length;
  let seen = -1;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    await runDurableObjectAlarm(stub);
    const stored = await env.BUCKET.get(transcriptKey(sessionId));
    if (stored) {
      const transcript = await stored.json<Transcript>();
      seen = transcript.messages.length;
      if (seen === expected) return transcript;
    }
    await stub.ping();
  }
  throw new Error(`transcript of ${sessionId} never reached ${expected} messages in R2 (last seen ${seen})`);
}

/**
 * The D1 session-index row once `ready` accepts it. The session object writes the index from the
 * same alarm as the transcript (about a second after a burst of turns): while the row is not
 * ready, each round runs the scheduled alarm now and makes an RPC to that same object (see above).
 * Bounded.
 */
export async function indexedSession(
  sessionId: string,
  ready: (row: SessionRow) => boolean,
): Promise<SessionRow> {
  const stub = env.CHAT_SESSION.getByName(sessionId);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const row = await env.DB.prepare("SELECT * FROM sessions WHERE id = ?")
      .bind(sessionId)
      .first<SessionRow>();
    if (row && ready(row)) return row;
    // Not yet: run the alarm now (only then, so a transcript already read is not rewritten).
    await runDurableObjectAlarm(stub);
    await stub.ping();
  }
  throw new Error(`the D1 index row of ${sessionId} never became ready`);
}
