/**
 * The form of a text that pattern rules match against, with the way back to the text as written.
 *
 * People type card numbers, phones and emails with full-width digits and `＠` (phone keyboards),
 * no-break or ideographic spaces and typographic dashes. Each code point is replaced by its NFKC
 * form (`４`→`4`, `＠`→`@`, `（`→`(`, U+3000→space), any other space by a space and any dash by
 * `-`; `from[i]`/`to[i]` give the span of the original text that produced code unit `i`, so a match
 * can be cut out of the original while everything around it stays exactly as written.
 */
export interface MatchingView {
  text: string;
  /** Start, in the original, of the code point that produced `text[i]` (absent: same index). */
  from: number[] | null;
  /** End, in the original, of that code point. */
  to: number[] | null;
}

const NON_ASCII = /[\u0080-\uffff]/;

/** Plain ASCII text is its own matching view (most log fields, most English). */
export const isAscii = (text: string): boolean => !NON_ASCII.test(text);
const SPACE = /^\p{Zs}$/u;
const DASH = /^[\p{Pd}\u2212]$/u;

function fold(char: string): string {
  if (SPACE.test(char)) return " ";
  if (DASH.test(char)) return "-";
  return char.normalize("NFKC");
}

export function matchingView(original: string): MatchingView {
  if (isAscii(original)) return { text: original, from: null, to: null };
  let text = "";
  const from: number[] = [];
  const to: number[] = [];
  let at = 0;
  // Iterating a string yields code points, and a lone surrogate as itself (NFKC leaves it as is).
  for (const char of original) {
    const folded = char.charCodeAt(0) < 0x80 ? char : fold(char);
    text += folded;
    for (let i = 0; i < folded.length; i++) {
      from.push(at);
      to.push(at + char.length);
    }
    at += char.length;
  }
  return { text, from, to };
}

/** The original span behind `[start, end)` of the view (whole code points, never half of one). */
export function originalSpan(view: MatchingView, start: number, end: number): [number, number] {
  if (!view.from || !view.to) return [start, end];
  return [view.from[start] ?? start, view.to[end - 1] ?? end];
}
