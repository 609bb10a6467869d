/** "ayuda con el paso 2", "explain step 4": which step (1-9) the user wants explained. */
import { tokenize } from "./normalize";

const STEP_WORDS = new Set(["paso", "pasos", "step", "steps", "punto", "item"]);
// Maps, not object literals: a typed word such as "constructor" must find nothing inherited.
const NUMBER_WORDS = new Map<string, number>(
  Object.entries({
    uno: 1,
    una: 1,
    dos: 2,
    tres: 3,
    cuatro: 4,
    cinco: 5,
    seis: 6,
    siete: 7,
    ocho: 8,
    nueve: 9,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
  }),
);
const ORDINALS = new Map<string, number>(
  Object.entries({
    primer: 1,
    primero: 1,
    primera: 1,
    segundo: 2,
    segunda: 2,
    tercer: 3,
    tercero: 3,
    tercera: 3,
    cuarto: 4,
    cuarta: 4,
    quinto: 5,
    quinta: 5,
    sexto: 6,
    septimo: 7,
    octavo: 8,
    noveno: 9,
    first: 1,
    second: 2,
    third: 3,
    fourth: 4,
    fifth: 5,
    sixth: 6,
    seventh: 7,
    eighth: 8,
    ninth: 9,
  }),
);
/** Words that ask for an explanation. */
const HELP_WORDS = new Set(
  (
    "ayuda ayudame ayudas help explica explicame explicamelo explicalo explicar explain explicas entiendo entendi " +
    "understand get como how que what significa mean means duda dudas consulta question detalle detalles detail " +
    "details trabe trabado atascado stuck puedo cant cannot hacer do hago funciona more mas sobre about aclarame " +
    "clarify donde where cual which"
  ).split(" "),
);
/** Words allowed around a bare "paso 2?". */
const FILLER = new Set("el la en con del de al the on with in for a por favor please me y and".split(" "));

function numberAt(token: string | undefined): number | null {
  if (token === undefined) return null;
  if (/^[1-9]$/.test(token)) return Number(token);
  return NUMBER_WORDS.get(token) ?? null;
}

/** The step number (1-9) the message asks help with, or null. */
export function detectStepHelp(text: string): number | null {
  const tokens = tokenize(text);
  let step: number | null = null;
  const used = new Set<number>();
  for (let i = 0; i < tokens.length && step === null; i++) {
    const token = tokens[i] ?? "";
    if (STEP_WORDS.has(token)) {
      const skip = ["numero", "number", "nro", "n", "no"].includes(tokens[i + 1] ?? "") ? 1 : 0;
      const value = numberAt(tokens[i + 1 + skip]);
      if (value !== null) {
        step = value;
        for (let j = i; j <= i + 1 + skip; j++) used.add(j);
      }
    } else if (ORDINALS.has(token) && STEP_WORDS.has(tokens[i + 1] ?? "")) {
      step = ORDINALS.get(token) ?? null;
      used.add(i).add(i + 1);
    }
  }
  if (step === null) return null;
  const rest = tokens.filter((_, i) => !used.has(i));
  if (rest.some((token) => HELP_WORDS.has(token))) return step;
  return rest.every((token) => FILLER.has(token)) ? step : null;
}
