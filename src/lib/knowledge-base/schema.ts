/** Zod schemas for the knowledge base. The data is checked by the unit tests, not at runtime. */
import { z } from "zod";
import { DEVICE_IDS, PROBLEM_IDS } from "../../protocol";
import type { KbEntry, KbStep } from "./types";

export const LIMITS = {
  title: 80,
  text: 160,
  help: 500,
  simple: 200,
  safety: 320,
  quick: { min: 3, max: 4 },
  advanced: { min: 2, max: 4 },
} as const;

/** A non-empty, single-paragraph string without leading or trailing whitespace. */
const phrase = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .regex(/^\S(?:.*\S)?$/s, "no leading or trailing whitespace")
    .regex(/^[^\n]*$/, "a single line");

const localized = (max: number) => z.strictObject({ es: phrase(max), en: phrase(max) });

export const kbStepSchema = z.strictObject({
  text: localized(LIMITS.text),
  help: localized(LIMITS.help),
  simple: localized(LIMITS.simple),
});

export const kbEntrySchema = z.strictObject({
  device: z.enum(DEVICE_IDS).nullable(),
  problem: z.enum(PROBLEM_IDS),
  title: localized(LIMITS.title),
  quick: z.array(kbStepSchema).min(LIMITS.quick.min).max(LIMITS.quick.max),
  advanced: z.array(kbStepSchema).min(LIMITS.advanced.min).max(LIMITS.advanced.max),
  safety: localized(LIMITS.safety).optional(),
});

// Compile-time guard: the schemas and the hand-written interfaces must describe the same shapes.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const stepShapesMatch: Same<z.infer<typeof kbStepSchema>, KbStep> = true;
const entryShapesMatch: Same<z.infer<typeof kbEntrySchema>, KbEntry> = true;
void stepShapesMatch;
void entryShapesMatch;
