import { expect, it } from "vitest";
import { AREAS } from "../../../src/lib/knowledge-base";
import { PROBLEM_IDS } from "../../../src/protocol";

it("has the five clarifying areas, each offering known problems without duplicates", () => {
  expect(AREAS.map((a) => a.id)).toEqual(["hardware", "software", "network", "account", "printer"]);
  for (const area of AREAS) {
    expect(area.label.es).not.toBe("");
    expect(area.label.en).not.toBe("");
    expect(area.problems.length).toBeGreaterThan(0);
    for (const p of area.problems) expect(PROBLEM_IDS).toContain(p);
    expect(new Set(area.problems).size).toBe(area.problems.length);
  }
  expect(AREAS.find((a) => a.id === "network")?.problems).toContain("no_internet");
  expect(AREAS.find((a) => a.id === "printer")?.problems).toContain("printing");
});
