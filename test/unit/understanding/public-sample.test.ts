import { describe, expect, it } from "vitest";
import { detect } from "../../../src/lib/understanding";
import type { DeviceId, ProblemId } from "../../../src/protocol";
import sample from "../../fixtures/understanding-public.jsonl?raw";

interface Labelled {
  id: string;
  lang: string;
  message: string;
  device: DeviceId | null;
  problem: ProblemId | null;
}

const records: Labelled[] = sample
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as Labelled);

function score(field: "device" | "problem") {
  const stated = records.filter((r) => r[field] !== null);
  const unstated = records.filter((r) => r[field] === null);
  const misses = stated.filter((r) => detect(r.message)[field] !== r[field]);
  const nullHits = unstated.filter((r) => detect(r.message)[field] === null).length;
  for (const r of misses) {
    console.log(`[${field} miss] ${r.id} "${r.message}": got ${detect(r.message)[field]}, want ${r[field]}`);
  }
  for (const r of unstated.filter((u) => detect(u.message)[field] !== null)) {
    console.log(`[${field} not null] ${r.id} "${r.message}": got ${detect(r.message)[field]}`);
  }
  const accuracy = (stated.length - misses.length) / stated.length;
  console.log(
    `${field}: ${(accuracy * 100).toFixed(1)}% of ${stated.length} stated; null kept null for ${nullHits}/${unstated.length}`,
  );
  return { accuracy, nullRate: unstated.length ? nullHits / unstated.length : 1 };
}

describe("public understanding sample", () => {
  it("has the 40 labelled messages", () => {
    expect(records).toHaveLength(40);
  });

  it("detects the device of at least 90% of the messages that state one", () => {
    const { accuracy, nullRate } = score("device");
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
    expect(nullRate).toBeGreaterThanOrEqual(0.9);
  });

  it("detects the problem of at least 80% of the messages that state one", () => {
    const { accuracy, nullRate } = score("problem");
    expect(accuracy).toBeGreaterThanOrEqual(0.8);
    expect(nullRate).toBeGreaterThanOrEqual(0.9);
  });
});
