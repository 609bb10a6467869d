import { env } from "cloudflare:workers";
import { expect, it } from "vitest";
import { openStream } from "./support";

/** Polls the object (each poll a real RPC, at most 100) until it holds `n` open streams. */
async function openStreams(n: number): Promise<number> {
  const stub = env.LOG_STREAM.getByName("global");
  let count = -1;
  for (let round = 0; round < 100 && count !== n; round++) count = (await stub.stats()).openStreams;
  return count;
}

it("forgets a stream when its client disconnects or its lifetime ends", { timeout: 15_000 }, async () => {
  const kept = await openStream({ maxMs: "1000" });
  const dropped = await openStream({ maxMs: "60000" });
  expect(await openStreams(2)).toBe(2);

  await dropped.cancel();
  expect(await openStreams(1)).toBe(1);

  await kept.toEnd();
  expect(kept.events.at(-1)?.event).toBe("reconnect");
  expect(await openStreams(0)).toBe(0);
});
