import { DEVICE_LABELS, PROBLEM_LABELS } from "../lib/knowledge-base/labels";
import type { DeviceId, Language, ProblemId, StaffRole, TicketStatus } from "../protocol";
import { STRINGS, type StringKey } from "./strings";

export type { StringKey } from "./strings";

const LANGUAGE_KEY = "sti-desk-language";

/** The person's choice (kept in this browser), else the browser's first Spanish or English language. */
export function initialLanguage(): Language {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(LANGUAGE_KEY);
  } catch {
    // Storage refused (private mode, policy): the browser's language decides.
  }
  return pickLanguage(stored, ...(navigator.languages ?? []), navigator.language);
}

export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Not kept: the next visit starts from the browser's language again.
  }
}

/** `es` for any Spanish language tag, `en` for any English one; the first that is either wins; else Spanish. */
export function pickLanguage(...candidates: (string | null | undefined)[]): Language {
  for (const candidate of candidates) {
    const primary = candidate?.toLowerCase().split("-")[0];
    if (primary === "es" || primary === "en") return primary;
  }
  return "es";
}

/** Words, labels and dates in one language; a new one is made when the person switches. */
export function createI18n(language: Language) {
  const strings = STRINGS[language];
  const locale = language === "es" ? "es-AR" : "en-GB";
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: "auto", style: "short" });
  const t = (key: StringKey, vars: Record<string, string | number> = {}) =>
    strings[key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? ""));
  return {
    language,
    t,
    status: (status: TicketStatus) => t(`status_${status}`),
    role: (role: StaffRole) => t(`role_${role}`),
    device: (id: string | null) =>
      id === null ? t("unknown") : (DEVICE_LABELS[id as DeviceId]?.[language] ?? humanise(id)),
    problem: (id: string | null) =>
      id === null ? t("unknown") : (PROBLEM_LABELS[id as ProblemId]?.[language] ?? humanise(id)),
    dateTime: (iso: string) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
    },
    /** "hace 3 h" / "3 hr. ago": the largest unit that fits. */
    age(iso: string, now = Date.now()): string {
      const seconds = (new Date(iso).getTime() - now) / 1000;
      if (Number.isNaN(seconds)) return iso;
      const units: [Intl.RelativeTimeFormatUnit, number][] = [
        ["day", 86_400],
        ["hour", 3_600],
        ["minute", 60],
      ];
      for (const [unit, size] of units) {
        if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
      }
      return relative.format(0, "minute");
    },
  };
}

export type I18n = ReturnType<typeof createI18n>;

/** An id the label tables do not know yet (a newer server): "no_power" reads "No power". */
export function humanise(id: string): string {
  const words = id.replace(/[_-]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
