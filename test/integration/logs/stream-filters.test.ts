import { env } from "cloudflare:workers";
import { expect, it } from "vitest";
import { LOG_LEVELS } from "../../../src/observability/levels";
import type { LogRecord } from "../../../src/observability/log-record";
import { call } from "../../helpers/api";
import { ADMIN, marker, openStream } from "./support";

/** Eight lines: every level for two sessions; only one line holds the needle. */
function seed(tag: string, sessions: [string, string], needle: string): LogRecord[] {
  return sessions.flatMap((sessionId) =>
    LOG_LEVELS.map((level) => {
      const event = `${tag}:${sessionId}:${level}`;
      const note = sessionId === sessions[1] && level === "info" ? needle : "plain";
      const line = JSON.stringify({ level, event, sessionId, note });
      return { at: Date.now(), level, event, route: null, sessionId, line };
    }),
  );
}

it("filters by minimum level, session id and text, the same way live, on replay and in mode=once", {
  timeout: 20_000,
}, async () => {
  const tag = marker("filter");
  const sessions: [string, string] = [marker("sa"), marker("sb")];
  const needle = marker("needle");
  const [a, b] = sessions;
  const cases: [Record<string, string>, string[]][] = [
    [{ q: tag, level: "warn" }, [`${a}:warn`, `${a}:error`, `${b}:warn`, `${b}:error`]],
    [{ sessionId: a }, [`${a}:debug`, `${a}:info`, `${a}:warn`, `${a}:error`]],
    [{ q: needle }, [`${b}:info`]],
    [{ q: tag, sessionId: b, level: "error" }, [`${b}:error`]],
  ];
  const events = (lines: { data: string }[]) =>
    lines.map((l) => (JSON.parse(l.data) as { event: string }).event.replace(`${tag}:`, ""));

  // Live: streams open first, then the lines arrive.
  const live = await Promise.all(cases.map(([filter]) => openStream({ ...filter, maxMs: "1500" })));
  await env.LOG_STREAM.getByName("global").append(seed(tag, sessions, needle));
  for (const [i, stream] of live.entries()) {
    await stream.toEnd();
    expect(events(stream.logs), JSON.stringify(cases[i]?.[0])).toEqual(cases[i]?.[1]);
  }

  // Replay from the start, and the text mode: same answers.
  for (const [filter, expected] of cases) {
    const replay = await openStream({ ...filter, since: "0", maxMs: "1000" });
    await replay.toEnd();
    expect(events(replay.logs), JSON.stringify(filter)).toEqual(expected);

    const res = await call(`/api/logs?${new URLSearchParams({ ...filter, mode: "once" })}`, {
      headers: ADMIN,
    });
    const text = (await res.text()).split("\n").filter(Boolean);
    expect(events(text.map((data) => ({ data }))), JSON.stringify(filter)).toEqual(expected);
  }
});
