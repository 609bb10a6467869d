import { expect, it } from "vitest";
import { KNOWLEDGE_BASE } from "../../../src/lib/knowledge-base";
import { kbEntrySchema } from "../../../src/lib/knowledge-base/schema";
import { entryKey } from "./texts";

it("every knowledge-base entry passes the zod schema (lengths, step counts, ids)", () => {
  const failures = KNOWLEDGE_BASE.flatMap((entry) => {
    const result = kbEntrySchema.safeParse(entry);
    return result.success
      ? []
      : result.error.issues.map((issue) => `${entryKey(entry)} ${issue.path.join(".")}: ${issue.message}`);
  });
  expect(failures).toEqual([]);
});

it("the schema rejects an entry with too few quick steps or an unknown device", () => {
  const [entry] = KNOWLEDGE_BASE;
  expect(entry).toBeDefined();
  expect(kbEntrySchema.safeParse({ ...entry, quick: entry?.quick.slice(0, 2) }).success).toBe(false);
  expect(kbEntrySchema.safeParse({ ...entry, device: "toaster" }).success).toBe(false);
  expect(kbEntrySchema.safeParse({ ...entry, title: { es: "", en: "x" } }).success).toBe(false);
});
