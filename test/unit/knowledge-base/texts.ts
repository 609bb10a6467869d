/** Test helper: every user-facing text of the knowledge base, with where it lives. */
import {
  AREAS,
  DEVICE_LABELS,
  type KbEntry,
  KNOWLEDGE_BASE,
  PROBLEM_LABELS,
} from "../../../src/lib/knowledge-base";
import type { LocalizedText } from "../../../src/lib/knowledge-base/types";

export interface TextRef extends LocalizedText {
  where: string;
  /** Steps and warnings speak to the user in the imperative; titles and labels describe ("Enciende pero no arranca"). */
  imperative: boolean;
}

export const entryKey = (entry: KbEntry) => `${entry.device ?? "generic"}/${entry.problem}`;

export function entryTexts(entry: KbEntry): TextRef[] {
  const key = entryKey(entry);
  const refs: TextRef[] = [{ where: `${key} title`, imperative: false, ...entry.title }];
  if (entry.safety) refs.push({ where: `${key} safety`, imperative: true, ...entry.safety });
  for (const level of ["quick", "advanced"] as const) {
    entry[level].forEach((step, i) => {
      for (const field of ["text", "help", "simple"] as const) {
        refs.push({ where: `${key} ${level}[${i}].${field}`, imperative: true, ...step[field] });
      }
    });
  }
  return refs;
}

export function allTexts(): TextRef[] {
  return [
    ...KNOWLEDGE_BASE.flatMap(entryTexts),
    ...Object.entries(DEVICE_LABELS).map(([id, text]) => ({
      where: `device label ${id}`,
      imperative: false,
      ...text,
    })),
    ...Object.entries(PROBLEM_LABELS).map(([id, text]) => ({
      where: `problem label ${id}`,
      imperative: false,
      ...text,
    })),
    ...AREAS.map((area) => ({ where: `area label ${area.id}`, imperative: false, ...area.label })),
  ];
}

/** Words of a text; hyphenated compounds ("Joy-Con") stay whole. */
export const words = (text: string): string[] => text.match(/[\p{L}'’-]+/gu) ?? [];

/** All-caps tokens are acronyms or key names (PON, LOS, HDMI), not words of the language. */
export const isAcronym = (word: string) => word.length > 1 && word === word.toUpperCase();
