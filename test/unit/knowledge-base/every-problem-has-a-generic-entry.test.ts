import { expect, it } from "vitest";
import { KNOWLEDGE_BASE } from "../../../src/lib/knowledge-base";
import { PROBLEM_IDS } from "../../../src/protocol";

it("has a generic (device: null) entry for every problem, 'other' included", () => {
  const generic = new Set(KNOWLEDGE_BASE.filter((e) => e.device === null).map((e) => e.problem));
  expect(PROBLEM_IDS.filter((p) => !generic.has(p))).toEqual([]);
});
