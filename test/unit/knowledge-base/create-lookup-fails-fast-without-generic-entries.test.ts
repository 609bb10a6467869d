import { expect, it } from "vitest";
import { KNOWLEDGE_BASE } from "../../../src/lib/knowledge-base";
import { createLookup } from "../../../src/lib/knowledge-base/lookup";

it("refuses data that lacks a generic entry for some problem, instead of failing mid-conversation", () => {
  expect(() => createLookup([])).toThrow(/no generic entry/);
  const withoutGenericOther = KNOWLEDGE_BASE.filter((e) => !(e.device === null && e.problem === "other"));
  expect(() => createLookup(withoutGenericOther)).toThrow(/"other"/);
});

it("works with generic entries only", () => {
  const lookup = createLookup(KNOWLEDGE_BASE.filter((e) => e.device === null));
  expect(lookup.lookupSteps("notebook", "no_power")).toMatchObject({ device: null, problem: "no_power" });
});
