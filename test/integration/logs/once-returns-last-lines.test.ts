import { env } from "cloudflare:workers";
import { expect, it } from "vitest";
import type { LogRecord } from "../../../src/observability/log-record";
import { call } from "../../helpers/api";
import { ADMIN, marker } from "./support";

const once = async (query: string): Promise<{ res: Response; text: string }> => {
  const res = await call(`/api/logs?mode=once&${query}`, { headers: ADMIN });
  return { res, text: await res.text() };
};

it("mode=once answers the last N lines as text, one JSON line each, oldest first (default 100)", async () => {
  const tag = marker("once");
  const records: LogRecord[] = Array.from({ length: 150 }, (_, n) => {
    const line = JSON.stringify({ level: "info", event: "seeded", tag, n });
    return { at: Date.now(), level: "info", event: "seeded", route: null, sessionId: null, line };
  });
  await env.LOG_STREAM.getByName("global").append(records);
  const numbers = (text: string) =>
    text
      .split("\n")
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { n: number }).n);

  const byDefault = await once(`q=${tag}`);
  expect(byDefault.res.status).toBe(200);
  expect(byDefault.res.headers.get("Content-Type")).toMatch(/^text\/plain/);
  expect(byDefault.res.headers.get("Cache-Control")).toBe("no-store");
  expect(byDefault.text.endsWith("}\n")).toBe(true);
  expect(numbers(byDefault.text)).toEqual(Array.from({ length: 100 }, (_, i) => 50 + i));

  expect(numbers((await once(`q=${tag}&limit=5`)).text)).toEqual([145, 146, 147, 148, 149]);
  expect(numbers((await once(`q=${tag}&limit=1000`)).text)).toHaveLength(150);

  // Without a filter: the newest lines of the whole store, these seeded ones among them.
  const all = (await once("limit=3")).text.split("\n").filter(Boolean);
  expect(all).toHaveLength(3);
  for (const line of all) expect(() => JSON.parse(line)).not.toThrow();
});
