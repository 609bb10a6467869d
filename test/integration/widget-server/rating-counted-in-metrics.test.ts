import { expect, it } from "vitest";
import type { MetricsReport } from "../../../src/observability/metrics/report";
import { greet, newSessionId, postJson } from "../../helpers/api";
import { metricsReport } from "../metrics/support";

const rate = async (sessionId: string, rating: "up" | "down") => {
  const res = await postJson("/api/rating", { sessionId, rating });
  expect(res.status, await res.text()).toBe(200);
};

/** Ratings reach the Metrics object after their responses: poll (each poll a real request) until they settle. */
async function settledRatings(up: number, down: number, maxPolls = 200): Promise<MetricsReport> {
  let previous = "";
  for (let poll = 0; poll < maxPolls; poll++) {
    const report = await metricsReport();
    const { up: u, down: d } = report.ratings;
    expect(u, "counted more thumbs up than were given").toBeLessThanOrEqual(up);
    expect(d, "counted more thumbs down than were given").toBeLessThanOrEqual(down);
    const seen = `${u}/${d}`;
    if (u === up && d === down && seen === previous) return report;
    previous = seen;
  }
  throw new Error(`ratings never settled at ${up}/${down} (last: ${previous})`);
}

it("counts thumbs up and down exactly, a repeated rating once and a changed one as given", async () => {
  // Storage is per test file: the Metrics object starts with no ratings.
  expect((await metricsReport()).ratings).toEqual({ up: 0, down: 0, last5m: { up: 0, down: 0 } });

  const ups = await Promise.all(Array.from({ length: 6 }, () => greet(newSessionId())));
  const downs = await Promise.all(Array.from({ length: 3 }, () => greet(newSessionId())));
  await Promise.all([
    ...ups.map((s) => rate(s.sessionId, "up")),
    ...downs.map((s) => rate(s.sessionId, "down")),
  ]);
  // The widget may send the same rating again (a retry): not counted twice.
  await Promise.all(ups.slice(0, 3).map((s) => rate(s.sessionId, "up")));
  // A person who changes their mind: the new rating is counted too.
  await rate(ups[5]?.sessionId ?? "", "down");

  const report = await settledRatings(6, 4);
  expect(report.ratings).toEqual({ up: 6, down: 4, last5m: { up: 6, down: 4 } });
});
