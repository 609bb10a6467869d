import { expect, it } from "vitest";
import { KNOWLEDGE_BASE } from "../../../src/lib/knowledge-base";
import { entryKey } from "./texts";

it("has at most one entry per (device, problem) pair", () => {
  const keys = KNOWLEDGE_BASE.map(entryKey);
  const duplicates = keys.filter((key, i) => keys.indexOf(key) !== i);
  expect(duplicates).toEqual([]);
});
