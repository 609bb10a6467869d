import { expect, it } from "vitest";
import { KNOWLEDGE_BASE } from "../../../src/lib/knowledge-base";
import { entryKey } from "./texts";

it("never repeats a step text inside one entry (quick and advanced together)", () => {
  const repeats = KNOWLEDGE_BASE.flatMap((entry) => {
    const texts = [...entry.quick, ...entry.advanced].flatMap((s) => [s.text.es, s.text.en]);
    return texts.filter((t, i) => texts.indexOf(t) !== i).map((t) => `${entryKey(entry)}: ${t}`);
  });
  expect(repeats).toEqual([]);
});
