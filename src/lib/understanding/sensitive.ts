/**
 * Whether a message shares (or offers to share) a secret: a password with its value, a card
 * number or CVV, bank credentials. Mentioning a forgotten password is not sensitive.
 */

import { findPersonalData } from "../masking";
import { matchingView } from "../matching-view";
import { COMMON_WORDS } from "./common-words";

/** Words naming a secret; the value may follow them. */
const SECRET_WORDS = new Set([
  "contrasena",
  "contrasenas",
  "contrasenia",
  "password",
  "passwords",
  "passwd",
  "pwd",
  "pass",
  "clave",
  "claves",
  "pin",
  "passcode",
  "cvv",
  "cvc",
  "cvv2",
  "cbu",
  "cvu",
  "alias",
  "token",
  "usuario",
  "user",
  "username",
  "login",
]);
/** Words that name a secret only when a value clearly follows (a digit, or after "es"/":"). */
const WEAK_SECRET_WORDS = new Set(["usuario", "user", "username", "login", "alias", "token"]);
/** Words that may sit between the secret's name and its value. */
const CONNECTORS = new Set(
  (
    "de del la el los las mi mis my the of for para tu your su actual nueva new vieja old anterior wifi wi fi red " +
    "banco bank homebanking home banking cuenta account mail email correo gmail hotmail facebook instagram " +
    "tarjeta card celular telefono phone compu pc notebook windows seguridad security code codigo"
  ).split(" "),
);
/** Words that announce the value: "mi clave es ...", "password: ...". */
const ASSIGN = new Set(["es", "era", "seria", "is", "was", "would", ":", "=", "son", "are"]);
/** Words after "es" that describe the secret rather than reveal it. */
const NOT_A_VALUE = new Set(
  (
    "incorrecta incorrecto wrong invalida invalid correcta correct larga corta long short segura secure dificil facil " +
    "misma same otra otro diferente different nueva new vieja old muy demasiado too very mala bad buena good vencida " +
    "expired bloqueada blocked locked olvidada forgotten requerida required necesaria obligatoria cual which que what " +
    "nada nothing ninguna none esto this eso that esa ese"
  ).split(" "),
);
const OFFER_VERBS = new Set(
  (
    "paso pase pasar pasarte mando mandar mande envio enviar envie doy dar dejo comparto compartir escribo " +
    "here heres send give share necesitas necesitan queres quieres quieren"
  ).split(" "),
);
/** What may stand between the offer and the secret: "te paso los datos de la tarjeta". */
const OFFER_SKIP = new Set(
  "te le mi mis la el los las my the you your tu tus is es are datos de del of".split(" "),
);
const OFFERED = new Set(
  (
    "contrasena contrasenas password passwords clave claves pin cvv tarjeta card homebanking cbu cvu credenciales " +
    "credentials bancarios banking"
  ).split(" "),
);

/** 22 digits (a CBU or CVU), grouped like the card numbers masking finds. */
const ACCOUNT_CANDIDATE = /(?<!\d)(?:\d[\s._/-]?){21}\d(?!\d)/g;

export function detectSensitive(text: string): boolean {
  if (hasCardOrAccountNumber(text)) return true;
  // The matching view, as masking reads it: full-width letters and digits are plain ones here too.
  const lowered = matchingView(text)
    .text.toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}+/gu, "");
  const tokens = lowered
    .replace(/['’]/g, "")
    .replace(/([:=])/g, " $1 ")
    .split(/[^a-z0-9:=@._-]+/)
    .map((token) => token.replace(/^[._-]+|[._-]+$/g, ""))
    .filter((token) => token !== "");
  return tokens.some((_, i) => revealsValue(tokens, i) || offersSecret(tokens, i));
}

/**
 * A card number exactly where masking finds one (the same function, so a message is kept out of
 * storage for the same numbers every copy masks), or a 22-digit CBU/CVU.
 */
function hasCardOrAccountNumber(text: string): boolean {
  if (findPersonalData(text).some((span) => span.kind === "card")) return true;
  for (const match of matchingView(text).text.matchAll(ACCOUNT_CANDIDATE)) {
    if (match[0].replace(/\D/g, "").length === 22) return true;
  }
  return false;
}

/** "mi clave es gato123", "password: hunter2", "pin 4589", "cvv 123". */
function revealsValue(tokens: string[], start: number): boolean {
  const word = tokens[start] ?? "";
  if (!SECRET_WORDS.has(word)) return false;
  let assigned = false;
  for (let i = start + 1; i < Math.min(tokens.length, start + 7); i++) {
    const token = tokens[i] ?? "";
    if (ASSIGN.has(token)) {
      assigned = true;
      continue;
    }
    if (CONNECTORS.has(token)) continue;
    if (NOT_A_VALUE.has(token)) return false;
    if (/\d/.test(token)) return true;
    if (!assigned || WEAK_SECRET_WORDS.has(word)) return assigned && /[._@]/.test(token);
    return !COMMON_WORDS.has(token);
  }
  return false;
}

/** "te paso mi contraseña", "here is my password", "¿necesitás mi clave?". */
function offersSecret(tokens: string[], start: number): boolean {
  if (!OFFER_VERBS.has(tokens[start] ?? "")) return false;
  for (let i = start + 1; i < Math.min(tokens.length, start + 6); i++) {
    const token = tokens[i] ?? "";
    if (OFFERED.has(token)) return true;
    if (!OFFER_SKIP.has(token)) return false;
  }
  return false;
}
