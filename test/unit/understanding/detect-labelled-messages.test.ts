import { describe, expect, it } from "vitest";
import { detect } from "../../../src/lib/understanding";
import type { LabelledMessage } from "./labelled-message";
import { LABELLED_MESSAGES_A } from "./labelled-messages-a";
import { LABELLED_MESSAGES_B } from "./labelled-messages-b";
import { LABELLED_MESSAGES_C } from "./labelled-messages-c";
import { LABELLED_MESSAGES_D } from "./labelled-messages-d";

const ALL: readonly LabelledMessage[] = [
  ...LABELLED_MESSAGES_A,
  ...LABELLED_MESSAGES_B,
  ...LABELLED_MESSAGES_C,
  ...LABELLED_MESSAGES_D,
];

describe("detect on hand-labelled messages beyond the public sample", () => {
  it("covers a large, varied set", () => {
    expect(ALL.length).toBeGreaterThanOrEqual(300);
  });

  it.each(ALL)("%s -> %s / %s", (message, device, problem) => {
    const found = detect(message);
    expect({ device: found.device, problem: found.problem }).toEqual({ device, problem });
  });

  it("keeps aggregate accuracy well above the targets", () => {
    const stated = ALL.filter(([, device]) => device !== null);
    const withProblem = ALL.filter(([, , problem]) => problem !== null);
    const deviceOk = stated.filter(([m, d]) => detect(m).device === d).length / stated.length;
    const problemOk = withProblem.filter(([m, , p]) => detect(m).problem === p).length / withProblem.length;
    console.log(`own set: device ${(deviceOk * 100).toFixed(1)}%, problem ${(problemOk * 100).toFixed(1)}%`);
    expect(deviceOk).toBeGreaterThanOrEqual(0.95);
    expect(problemOk).toBeGreaterThanOrEqual(0.9);
  });
});
