import { runDurableObjectAlarm } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { Conversation, newMarker, scenario } from "./support";

const erase = (sessionId: string) =>
  exports.default.fetch(
    new Request(`http://chat.test/api/gdpr/delete-me/${sessionId}`, { method: "DELETE" }),
  );

/** Everything of the session, anywhere: object rows, R2 transcript, D1 row. */
async function leftOf(sessionId: string) {
  const stub = env.CHAT_SESSION.getByName(sessionId);
  // Any alarm still set (the transcript mirror) runs now: it must not write anything back.
  await runDurableObjectAlarm(stub);
  const data = await stub.exportData();
  return {
    sessionId: data.sessionId,
    messages: data.messages.length,
    state: data.state,
    transcript: await env.BUCKET.head(`transcripts/${sessionId}.json`),
    row: await env.DB.prepare("SELECT id FROM sessions WHERE id = ?").bind(sessionId).first(),
  };
}

describe("an erasure while a smart turn waits on the model", () => {
  it("answers both, and nothing of the conversation is written back afterwards", async () => {
    for (const streamed of [false, true]) {
      const chat = new Conversation();
      await chat.toSteps();
      const marker = newMarker();
      await scenario(marker, [
        { kind: "ok", content: "Probá con otro cargador, ¿funcionó?", firstTokenDelayMs: 300 },
      ]);
      const turn = chat.request(
        "/api/chat",
        { sessionId: chat.sessionId, message: `${marker} sigue sin prender` },
        streamed ? { Accept: "text/event-stream" } : {},
      );
      // The turn is admitted and waiting on the model when the erasure arrives.
      await new Promise((resolve) => setTimeout(resolve, 100));
      const erased = await erase(chat.sessionId);
      expect(erased.status, await erased.clone().text()).toBe(200);
      const answered = await turn;
      const body = await answered.text();
      // The turn is refused as a deleted conversation (a JSON 404, or the stream's error event).
      expect(answered.status, body).toBeLessThan(500);
      if (streamed) expect(body).toMatch(/event: error[\s\S]*not_found/);
      else expect(answered.status, body).toBe(404);
      expect(await leftOf(chat.sessionId)).toEqual({
        sessionId: null,
        messages: 0,
        state: null,
        transcript: null,
        row: null,
      });
    }
  });
});
