/** The user's name, from an answer to "what's your name?" or from "soy Ana, ..." inside a message. */
import { MAX_NAME_CHARS } from "../../protocol";
import { COMMON_WORDS } from "./common-words";
import {
  EMBEDDED_MARKERS,
  GREETING_WORDS,
  INTRO_PHRASES,
  NOT_NAMES,
  PARTICLES,
  TECH_WORDS,
  TROLL_PHRASES,
  TROLL_WORDS,
} from "./data/name-words";
import { plainWords } from "./normalize";

export type NameResult =
  | { ok: true; name: string }
  | {
      ok: false;
      reason: "empty" | "not_a_name" | "tech_word" | "greeting" | "troll" | "too_many_words" | "too_long";
    };

type Failure = Extract<NameResult, { ok: false }>["reason"];

interface Word {
  /** As typed, without surrounding punctuation. */
  raw: string;
  /** Lower-case, accent-free, apostrophes and hyphens removed. */
  plain: string;
  /** Punctuation (not just a space) follows the word. */
  punctuated: boolean;
}

const CHUNKS = /[\p{L}\p{M}\p{N}'’-]+|[^\s\p{L}\p{M}\p{N}'’-]+/gu;
const NAME_SHAPE = /^\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*$/u;
const VOWEL = /[aeiouy]/;
const MAX_NAME_WORDS = 3;
/** Real names put at most two marks on a letter (Vietnamese ễ); more is "zalgo" text. */
const STACKED_MARKS = /\p{M}{3,}/u;
/** Three neighbouring keys typed in a row ("asdf", "jkl", "zxc"): keyboard mashing, not a name. */
const KEYBOARD_RUN = /asd|sdf|dfg|fgh|ghj|hjk|jkl|qwe|wer?t|zxc|xcv|cvb|vbn|bnm|yuio|uiop|xyz/;
/** Consonant pairs found in Spanish and English names; mashing produces many others. */
const NAME_PAIRS = new Set(
  (
    "bl br ch cl cr dr fl fr gl gr kl kr ll nn pl pr rr sh st th tr ph wh gh nd nt ns nc ng nz mb mp rd rt rn rl rm rs " +
    "rc rg rb rv rf rk rp lt ld lm lv ls lc lb lf lg lp sc sp sm sn sl ss tt ff ck ct pt ps gn mn nj nh lh sk tz ts " +
    "cc mm pp bb dd gg xt xc rh kh dh bh jh nk nq mr wn wl ws rj lk ky ly ry ny my dy ty sy vy by"
  ).split(" "),
);
const CONSONANT = /[bcdfghjklmnpqrstvwxz]/;

function implausiblePairs(word: string): number {
  let count = 0;
  for (let i = 1; i < word.length; i++) {
    const a = word.charAt(i - 1);
    const b = word.charAt(i);
    if (CONSONANT.test(a) && CONSONANT.test(b) && !NAME_PAIRS.has(a + b)) count++;
  }
  return count;
}
const COURTESY_TAIL = new Set(["gracias", "thanks", "please", "saludos", "porfa", "favor", "por"]);

function words(text: string): Word[] {
  const out: Word[] = [];
  for (const match of text.matchAll(CHUNKS)) {
    const chunk = match[0];
    if (/[\p{L}\p{N}]/u.test(chunk)) {
      const raw = chunk.replace(/^['’-]+|['’-]+$/g, "");
      out.push({ raw, plain: plainWords(raw).join(""), punctuated: false });
    } else {
      const last = out[out.length - 1];
      if (last) last.punctuated = true;
    }
  }
  return out.filter((w) => w.plain !== "");
}

const startsWith = (list: Word[], at: number, phrase: readonly string[]) =>
  phrase.every((word, i) => list[at + i]?.plain === word);

/** Upper-cases the first letter of each part ("jean-luc" -> "Jean-Luc"); keeps deliberate mixed case. */
function capitalise(raw: string, first: boolean): string {
  const lower = raw.toLocaleLowerCase("es");
  if (!first && PARTICLES.has(plainWords(raw).join(""))) return lower;
  if (raw !== lower && raw !== raw.toLocaleUpperCase("es")) return raw;
  return lower.replace(
    /(^|['’-])(\p{L})/gu,
    (_, sep: string, letter: string) => sep + letter.toLocaleUpperCase("es"),
  );
}

/** Why a single word cannot be (part of) a name, or null when it can. */
function wordProblem(word: Word): Failure | null {
  if (/\d/.test(word.raw) || STACKED_MARKS.test(word.raw.normalize("NFD"))) return "troll";
  if (!NAME_SHAPE.test(word.raw)) return "not_a_name";
  const plain = word.plain;
  if (TROLL_WORDS.has(plain) || !VOWEL.test(plain) || /(.)\1\1/.test(plain) || plain.length > 20)
    return "troll";
  if (KEYBOARD_RUN.test(plain) || implausiblePairs(plain) >= 3) return "troll";
  if (GREETING_WORDS.has(plain)) return "greeting";
  if (TECH_WORDS.has(plain)) return "tech_word";
  if (NOT_NAMES.has(plain) || COMMON_WORDS.has(plain)) return "not_a_name";
  return null;
}

function isTrollPhrase(list: Word[]): boolean {
  return TROLL_PHRASES.some((phrase) => list.some((_, i) => startsWith(list, i, phrase)));
}

/** Validates candidate name words and formats them. */
function validate(list: Word[]): NameResult {
  if (list.length === 0) return { ok: false, reason: "empty" };
  if (isTrollPhrase(list)) return { ok: false, reason: "troll" };
  const counted = list.filter((w, i) => i === 0 || i === list.length - 1 || !PARTICLES.has(w.plain));
  if (counted.length > MAX_NAME_WORDS || list.length > MAX_NAME_WORDS + 2)
    return { ok: false, reason: "too_many_words" };
  if (PARTICLES.has(list[list.length - 1]?.plain ?? "")) return { ok: false, reason: "not_a_name" };
  for (const [i, word] of list.entries()) {
    if (i > 0 && PARTICLES.has(word.plain)) continue;
    const problem = wordProblem(word);
    if (problem) return { ok: false, reason: problem };
  }
  const name = list.map((w, i) => capitalise(w.raw, i === 0)).join(" ");
  // The manual ticket's bound: a name the conversation keeps fits every place that shows one.
  if (name.length > MAX_NAME_CHARS) return { ok: false, reason: "too_long" };
  return { ok: true, name };
}

function answerName(text: string): NameResult {
  let list = words(text);
  if (list.length === 0) return { ok: false, reason: "empty" };
  let start = 0;
  while (start < list.length && GREETING_WORDS.has(list[start]?.plain ?? "")) start++;
  if (start === list.length) return { ok: false, reason: "greeting" };
  const intro = INTRO_PHRASES.find((phrase) => startsWith(list, start, phrase));
  if (intro) start += intro.length;
  list = list.slice(start);
  while (list.length > 0 && COURTESY_TAIL.has(list[list.length - 1]?.plain ?? "")) list = list.slice(0, -1);
  return validate(list);
}

function embeddedName(text: string): NameResult {
  const list = words(text);
  for (let i = 0; i < list.length; i++) {
    const marker = EMBEDDED_MARKERS.find((m) => startsWith(list, i, m.words));
    if (!marker) continue;
    const from = i + marker.words.length;
    const picked: Word[] = [];
    for (let j = from; j < list.length && picked.length < MAX_NAME_WORDS; j++) {
      const word = list[j];
      if (!word || wordProblem(word) !== null) break;
      picked.push(word);
      if (word.punctuated) break;
    }
    const first = picked[0];
    if (!first) continue;
    if (marker.weak) {
      const next = list[from + picked.length];
      const last = picked[picked.length - 1];
      const bounded =
        !next || last?.punctuated || ["y", "e", "and", "from", "de", "desde"].includes(next.plain);
      const capitalised = /^\p{Lu}/u.test(first.raw) && !/^\p{Lu}+$/u.test(first.raw);
      if (!bounded && !capitalised) continue;
      if (first.plain.endsWith("ing")) continue;
    }
    const result = validate(picked);
    if (result.ok) return result;
  }
  return { ok: false, reason: "not_a_name" };
}

/**
 * `answer`: the whole message answers "what's your name?" ("Ana", "me llamo Ana López", "I'm Tom").
 * `embedded`: only an explicit introduction inside a longer message ("soy Ana, mi notebook no prende").
 * Names come back capitalised from the words as typed, accents kept.
 */
export function extractName(text: string, mode: "answer" | "embedded"): NameResult {
  return mode === "answer" ? answerName(text) : embeddedName(text);
}
