/**
 * A tiny phrase language compiled once at module load and matched against token lists.
 *
 * A pattern is a space-separated list of positions; each position lists alternatives with `|`:
 *   `word`   the word, or a typo of it (fuzzy, first letter kept) when it has 4+ letters
 *   `=word`  exactly that word (no typo tolerance)
 *   `stem*`  any word starting with `stem` (typos tolerated for stems of 5+ letters)
 *   `pos?`   the whole position is optional
 * Between two positions up to two other words may appear (`no me prende`), except the clause
 * breakers below; a pattern starting with `@` allows no gaps at all.
 */
import { COMMON_WORDS, FIRST_NAMES } from "./common-words";
import { allowedEdits, boundedDistance } from "./fuzzy";
import { normalize } from "./normalize";

type AtomKind = "exact" | "word" | "prefix";
interface Atom {
  id: number;
  kind: AtomKind;
  text: string;
}

interface Position {
  atoms: Set<number>;
  optional: boolean;
}

interface CompiledPattern {
  positions: Position[];
  maxGap: number;
}

export interface Hit<T> {
  value: T;
  weight: number;
  /** Token indices the pattern consumed, ascending. */
  indices: number[];
}

const BREAKERS = new Set([
  "y",
  "e",
  "pero",
  "and",
  "but",
  "o",
  "or",
  "aunque",
  "although",
  "porque",
  "because",
]);
const DEFAULT_GAP = 2;
const TYPO_CACHE_LIMIT = 5000;
/** Every whole word of every lexicon: a word known here is never read as a typo of another. */
const KNOWN_WORDS = new Set<string>();

/** A set of weighted patterns over one shared vocabulary of atoms. */
export class Lexicon<T> {
  private readonly atoms: Atom[] = [];
  private readonly atomKeys = new Map<string, number>();
  private readonly exactIndex = new Map<string, number[]>();
  private readonly fuzzyByFirst = new Map<string, Atom[]>();
  private readonly prefixByFirst = new Map<string, Atom[]>();
  private readonly entries: { pattern: CompiledPattern; value: T; weight: number }[] = [];
  /** Entries by the atoms that can begin a match (built on first scan). */
  private starters: Map<number, number[]> | null = null;
  private readonly typoCache = new Map<string, Set<number>>();

  /** @param typoPenalty weight taken off a hit for each word read through a typo. */
  constructor(private readonly typoPenalty = 0) {}

  add(pattern: string, value: T, weight: number): this {
    this.entries.push({ pattern: this.compile(pattern), value, weight });
    this.starters = null;
    return this;
  }

  /** Every entry matching somewhere in `tokens`, minus hits strictly contained in a longer hit. */
  scan(tokens: readonly string[]): Hit<T>[] {
    const typos = tokens.map((token) => !this.isKnown(token));
    const tokenAtoms = tokens.map((token, i) => (typos[i] ? this.typoAtomsOf(token) : this.atomsOf(token)));
    const breakers = tokens.map((token) => BREAKERS.has(token));
    const starters = this.startIndex();
    const hits: Hit<T>[] = [];
    const seen = new Set<string>();
    for (let start = 0; start < tokens.length; start++) {
      const candidates = new Set<number>();
      for (const atom of tokenAtoms[start] ?? []) for (const e of starters.get(atom) ?? []) candidates.add(e);
      for (const e of candidates) {
        const entry = this.entries[e];
        if (!entry) continue;
        const indices = matchAt(entry.pattern, tokenAtoms, breakers, start);
        if (!indices) continue;
        const key = `${e}:${indices.join(",")}`;
        if (seen.has(key)) continue;
        seen.add(key);
        // Evidence read through a typo weighs a little less than the word spelt right.
        const typoCount = indices.filter((i) => typos[i]).length;
        hits.push({ value: entry.value, weight: entry.weight - this.typoPenalty * typoCount, indices });
      }
    }
    return hits.filter(
      (hit) => !hits.some((other) => other !== hit && strictlyContains(other.indices, hit.indices)),
    );
  }

  private startIndex(): Map<number, number[]> {
    if (this.starters) return this.starters;
    const index = new Map<number, number[]>();
    this.entries.forEach((entry, e) => {
      // The first required position, and any optional ones before it, can begin a match.
      for (const position of entry.pattern.positions) {
        for (const atom of position.atoms) pushTo(index, atom, e);
        if (!position.optional) break;
      }
    });
    this.starters = index;
    return index;
  }

  private compile(source: string): CompiledPattern {
    const contiguous = source.startsWith("@");
    const positions = (contiguous ? source.slice(1) : source)
      .trim()
      .split(/\s+/)
      .map((part): Position => {
        const optional = part.endsWith("?");
        const body = optional ? part.slice(0, -1) : part;
        const atoms = new Set<number>();
        for (const alternative of body.split("|")) {
          for (const id of this.atomIds(alternative)) atoms.add(id);
        }
        return { atoms, optional };
      });
    return { positions, maxGap: contiguous ? 0 : DEFAULT_GAP };
  }

  /** Atom ids for one alternative; an alternative that normalises to several words is rejected. */
  private atomIds(alternative: string): number[] {
    if (/[@\s]/.test(alternative) || alternative === "") throw new Error(`Bad pattern word: ${alternative}`);
    let kind: AtomKind = "word";
    let raw = alternative;
    if (raw.startsWith("=")) {
      kind = "exact";
      raw = raw.slice(1);
    } else if (raw.endsWith("*")) {
      kind = "prefix";
      raw = raw.slice(0, -1);
    }
    const text = normalize(raw);
    if (text === "" || text.includes(" ")) throw new Error(`Bad pattern word: ${alternative}`);
    if (kind === "word" && text.length < 4) kind = "exact";
    const key = `${kind}:${text}`;
    const existing = this.atomKeys.get(key);
    if (existing !== undefined) return [existing];
    const atom: Atom = { id: this.atoms.length, kind, text };
    this.atoms.push(atom);
    this.atomKeys.set(key, atom.id);
    if (kind === "prefix") pushTo(this.prefixByFirst, text.charAt(0), atom);
    else {
      pushTo(this.exactIndex, text, atom.id);
      KNOWN_WORDS.add(text);
      if (kind === "word") pushTo(this.fuzzyByFirst, fuzzyKey(text.charAt(0), text.length), atom);
    }
    return [atom.id];
  }

  /** Atoms the token spells exactly (as a word or as a stem). */
  private atomsOf(token: string): Set<number> {
    const found = new Set<number>(this.exactIndex.get(token) ?? []);
    for (const atom of this.prefixByFirst.get(token.charAt(0)) ?? []) {
      if (token.startsWith(atom.text)) found.add(atom.id);
    }
    return found;
  }

  /** A known word (in some vocabulary or the common-word lists) never stands in for another by a typo. */
  private isKnown(token: string): boolean {
    if (KNOWN_WORDS.has(token) || COMMON_WORDS.has(token) || FIRST_NAMES.has(token) || /\d/.test(token))
      return true;
    return this.atomsOf(token).size > 0;
  }

  /** Atoms an unknown token may be a typo of (memoised: the fuzzy search is the costly part). */
  private typoAtomsOf(token: string): Set<number> {
    const cached = this.typoCache.get(token);
    if (cached) return cached;
    const found = this.searchTypos(token);
    if (this.typoCache.size >= TYPO_CACHE_LIMIT) this.typoCache.clear();
    this.typoCache.set(token, found);
    return found;
  }

  private searchTypos(token: string): Set<number> {
    const found = new Set<number>();
    const first = token.charAt(0);
    for (const atom of this.prefixByFirst.get(first) ?? [])
      if (fuzzyPrefix(atom.text, token)) found.add(atom.id);
    if (token.length < 4) return found;
    // Typos change the length by at most two letters: only words of a close length are compared.
    for (let length = token.length - 2; length <= token.length + 2; length++) {
      for (const atom of this.fuzzyByFirst.get(fuzzyKey(first, length)) ?? []) {
        // Four letters leave little room for typos: only a word cut short counts ("mous" for "mouse").
        if (token.length === 4 && !atom.text.startsWith(token)) continue;
        const max = allowedEdits(Math.min(atom.text.length, token.length));
        if (max > 0 && boundedDistance(atom.text, token, max) <= max) found.add(atom.id);
      }
    }
    return found;
  }
}

const fuzzyKey = (first: string, length: number) => `${first}${length}`;

function fuzzyPrefix(stem: string, token: string): boolean {
  if (stem.length < 5 || token.length < stem.length - 1) return false;
  for (let length = stem.length - 1; length <= stem.length + 1; length++) {
    if (boundedDistance(stem, token.slice(0, length), 1) <= 1) return true;
  }
  return false;
}

function matchAt(
  pattern: CompiledPattern,
  tokenAtoms: Set<number>[],
  breakers: boolean[],
  start: number,
): number[] | null {
  const out: number[] = [];
  const step = (position: number, from: number, anchored: boolean): boolean => {
    if (position === pattern.positions.length) return true;
    const current = pattern.positions[position];
    if (!current) return false;
    const lastStart = anchored ? from : Math.min(from + pattern.maxGap, tokenAtoms.length - 1);
    for (let j = from; j <= lastStart; j++) {
      if (j > from && breakers[j - 1]) break;
      if (hasAny(tokenAtoms[j], current.atoms)) {
        out.push(j);
        if (step(position + 1, j + 1, false)) return true;
        out.pop();
      }
    }
    return current.optional && step(position + 1, from, anchored);
  };
  return step(0, start, true) ? out.slice() : null;
}

function hasAny(tokenSet: Set<number> | undefined, atoms: Set<number>): boolean {
  if (!tokenSet || tokenSet.size === 0) return false;
  for (const id of tokenSet) if (atoms.has(id)) return true;
  return false;
}

function strictlyContains(outer: number[], inner: number[]): boolean {
  if (outer.length <= inner.length) return false;
  return inner.every((index) => outer.includes(index));
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
