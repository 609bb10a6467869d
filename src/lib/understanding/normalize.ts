/**
 * Text normalisation shared by every matcher in this module. Lexicon phrases are compiled through
 * the same function, so whatever a fold does to a message it also does to the vocabulary.
 */

/** Whole-token chat abbreviations and misspellings (applied after accents and punctuation are gone). */
// A Map: a typed word such as "constructor" must find nothing inherited from Object.prototype.
const TOKEN_FOLDS = new Map<string, string>(
  Object.entries({
    q: "que",
    kiero: "quiero",
    kieres: "quieres",
    kiere: "quiere",
    kieren: "quieren",
    kisiera: "quisiera",
    kien: "quien",
    kienes: "quienes",
    aki: "aqui",
    porke: "porque",
    xke: "porque",
    aunke: "aunque",
    ake: "aque",
    k: "que",
    ke: "que",
    xq: "porque",
    pq: "porque",
    porq: "porque",
    xk: "porque",
    tmb: "tambien",
    tb: "tambien",
    tambn: "tambien",
    tmbn: "tambien",
    xfa: "por favor",
    xfavor: "por favor",
    porfa: "por favor",
    porfis: "por favor",
    plis: "please",
    pls: "please",
    plz: "please",
    d: "de",
    bn: "bien",
    xa: "para",
    pa: "para",
    toy: "estoy",
    ta: "esta",
    tas: "estas",
    sta: "esta",
    msj: "mensaje",
    // Spanish words often typed without their silent h.
    ola: "hola",
    olas: "holas",
    ace: "hace",
    aces: "haces",
    aser: "hacer",
    ise: "hice",
    aora: "ahora",
    abla: "habla",
    ablar: "hablar",
    ablo: "hablo",
    asta: "hasta",
    aber: "haber",
    ay: "hay",
    ermano: "hermano",
    ermana: "hermana",
    ijo: "hijo",
    ija: "hija",
    acia: "hacia",
    ora: "hora",
  }),
);

/** Words that keep their k (English words, brands); elsewhere a k not before e/i reads as c ("kompu"). */
const KEEP_K = new Set(
  (
    "ok okey okay oki keyboard keyboards key keys kindle kingston kit link links tplink work works working worked " +
    "broken break breaks black back check checked look looks looking like likes make makes making take takes " +
    "taking know knows think thanks thank thankyou speak speaker speakers desk deskjet desktop disk disks dark lock " +
    "locked unlock keep kid kids bank banking homebanking token stuck hack hacked hacker hackers hackear hackearon " +
    "hackeo hackeado hackeada hackearme hakeado hakearon macbook notebook notebooks facebook thinkpad netbook chromebook " +
    "zenbook vivobook probook elitebook ideapad ebook book books skype tiktok kodi roku nokia kyocera lexmark mikrotik " +
    "kaspersky kate kevin katy kim karen kathy keith kelly kiosk ask asked task risk kinda kill killed weak week walk " +
    "talk pick picked click clicks clicking clickea clickear blink blinking blinks knock seek quick sky skip kb km kg " +
    "keep asks attack attacked smoke spark pink wake woke walkman okidata"
  ).split(" "),
);

const WORD_FOLD_CACHE = new Map<string, string>();

/** Spelling folds inside one word: k -> c ("kompu", "kasa"), z -> s ("asul"). */
function foldWord(word: string): string {
  const cached = WORD_FOLD_CACHE.get(word);
  if (cached !== undefined) return cached;
  let out = word;
  if (out.includes("k") && !KEEP_K.has(out)) {
    // k before e/i is English as often as not ("keyboard", "kindle"), so only the chat spellings
    // ("ke", "kiero") go to qu (see TOKEN_FOLDS); "ck" is English spelling ("hacked", "stuck").
    out = out.replace(/(?<!c)k(?![ei])/g, "c");
  }
  if (out.includes("z")) out = out.replace(/z/g, "s");
  if (WORD_FOLD_CACHE.size < 5000) WORD_FOLD_CACHE.set(word, out);
  return out;
}

const ACCENTS = /\p{M}+/gu;
const APOSTROPHES = /['’`´‘]/g;
const HYPHEN_IN_WORD = /(?<=\p{L})[-‐–](?=\p{L})/gu;
const NON_WORD = /[^a-z0-9]+/g;
const REPEATED_LETTERS = /([a-z])\1{2,}/g;

/**
 * Lower-case, strip accents, drop punctuation and emojis, collapse letters typed 3+ times,
 * fold common phonetic misspellings and chat abbreviations, collapse spaces.
 */
export function normalize(text: string): string {
  const flat = text
    .toLowerCase()
    .normalize("NFD")
    .replace(ACCENTS, "")
    .replace(APOSTROPHES, "")
    .replace(HYPHEN_IN_WORD, "")
    .replace(NON_WORD, " ")
    .replace(REPEATED_LETTERS, "$1")
    .trim();
  if (flat === "") return "";
  const words = flat.split(" ");
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? "";
    if (word === "x") {
      // "x favor", "x eso" -> por; keep the letter in names such as "xbox series x" or "iphone x".
      const prev = words[i - 1];
      out.push(
        prev === "series" || prev === "iphone" || prev === "one" || /\d/.test(prev ?? "") ? "x" : "por",
      );
      continue;
    }
    const folded = TOKEN_FOLDS.get(word) ?? foldWord(word);
    out.push(folded);
  }
  return out.join(" ");
}

/** `normalize`, then split on spaces. */
export function tokenize(text: string): string[] {
  const normalized = normalize(text);
  return normalized === "" ? [] : normalized.split(" ");
}

/** Lower-case words without accents or punctuation, and without the spelling folds of `normalize`. */
export function plainWords(text: string): string[] {
  const flat = text
    .toLowerCase()
    .normalize("NFD")
    .replace(ACCENTS, "")
    .replace(APOSTROPHES, "")
    .replace(NON_WORD, " ")
    .trim();
  return flat === "" ? [] : flat.split(" ");
}
