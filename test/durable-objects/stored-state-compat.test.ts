import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { expect, it } from "vitest";
import { newSessionId, say } from "../helpers/api";

// During a gradual deployment an object may hold state written by another version of the code.
it("keeps working on stored state of an older or unknown shape", async () => {
  const id = newSessionId();
  const stub = env.CHAT_SESSION.getByName(id);
  await runInDurableObject(stub, (_instance, state) => {
    state.storage.sql.exec(`CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
    const old = {
      stage: "problem",
      language: "es",
      consent: true,
      name: "Ana",
      device: "printer",
      legacy: 1,
    };
    state.storage.sql.exec(
      "INSERT OR REPLACE INTO meta (key, value) VALUES ('state', ?)",
      JSON.stringify(old),
    );
  });
  const reply = await say(id, "no imprime");
  expect(reply.state).toMatchObject({ stage: "steps", name: "Ana", device: "printer", problem: "printing" });
});
