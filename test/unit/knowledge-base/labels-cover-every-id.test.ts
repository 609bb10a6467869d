import { expect, it } from "vitest";
import { DEVICE_LABELS, PROBLEM_LABELS } from "../../../src/lib/knowledge-base";
import { DEVICE_IDS, PROBLEM_IDS } from "../../../src/protocol";

it("labels every device and every problem in both languages, and nothing else", () => {
  expect(Object.keys(DEVICE_LABELS).sort()).toEqual([...DEVICE_IDS].sort());
  expect(Object.keys(PROBLEM_LABELS).sort()).toEqual([...PROBLEM_IDS].sort());
  for (const label of [...Object.values(DEVICE_LABELS), ...Object.values(PROBLEM_LABELS)]) {
    expect(label.es.trim()).not.toBe("");
    expect(label.en.trim()).not.toBe("");
    expect(label.es.length).toBeLessThanOrEqual(40);
    expect(label.en.length).toBeLessThanOrEqual(40);
  }
});

it("gives each id a distinct label, so buttons can be told apart", () => {
  for (const labels of [Object.values(DEVICE_LABELS), Object.values(PROBLEM_LABELS)]) {
    for (const lang of ["es", "en"] as const) {
      const texts = labels.map((l) => l[lang]);
      expect(new Set(texts).size).toBe(texts.length);
    }
  }
});
