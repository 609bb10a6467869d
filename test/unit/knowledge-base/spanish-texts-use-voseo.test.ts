import { expect, it } from "vitest";
import { allTexts, isAcronym, words } from "./texts";

/** tú (or Spain-only) forms that never belong in rioplatense voseo, wherever they appear. */
const ALWAYS_WRONG = new Set([
  "puedes",
  "tienes",
  "quieres",
  "sabes",
  "necesitas",
  "debes",
  "eres",
  "haz",
  "pon",
  "mantén",
  "asegúrate",
  "fíjate",
  "acuérdate",
  "tú",
  "vosotros",
  "ordenador",
  "pulsa",
]);

/**
 * tú (or usted) imperatives that double as third-person verbs ("la herramienta revisa..."),
 * so they are only wrong when they open a sentence, where voseo says "Revisá", "Reiniciá"...
 */
const WRONG_AT_SENTENCE_START = new Set([
  "revisa",
  "verifica",
  "reinicia",
  "presiona",
  "intenta",
  "prueba",
  "desconecta",
  "conecta",
  "abre",
  "cierra",
  "apaga",
  "enciende",
  "espera",
  "instala",
  "actualiza",
  "borra",
  "elimina",
  "toca",
  "elige",
  "selecciona",
  "busca",
  "usa",
  "escribe",
  "quita",
  "saca",
  "enchufa",
  "desenchufa",
  "limpia",
  "cambia",
  "activa",
  "desactiva",
  "descarga",
  "ingresa",
  "entra",
  "deja",
  "comprueba",
  "ve",
  "haga",
  "pulse",
  "presione",
  "verifique",
]);

function tuForms(text: string, imperative = true): string[] {
  const found: string[] = [];
  if (/ten en cuenta/i.test(text)) found.push("ten en cuenta");
  for (const sentence of text.split(/(?<=[.!?])\s+/)) {
    words(sentence).forEach((word, i) => {
      if (isAcronym(word)) return;
      const w = word.toLowerCase();
      if (ALWAYS_WRONG.has(w) || (imperative && i === 0 && WRONG_AT_SENTENCE_START.has(w))) found.push(word);
    });
  }
  return found;
}

it("recognises tú forms and accepts voseo", () => {
  expect(tuForms("Revisa el cable y asegúrate de que puedes entrar.")).toEqual([
    "Revisa",
    "asegúrate",
    "puedes",
  ]);
  expect(tuForms("Revisá el cable. Asegurate de que podés entrar; la app revisa todo.")).toEqual([]);
  expect(tuForms("Enciende pero no arranca", false)).toEqual([]);
});

it("writes every Spanish text in rioplatense voseo, never with tú forms", () => {
  const offending = allTexts().flatMap(({ where, es, imperative }) => {
    const found = tuForms(es, imperative);
    return found.length > 0 ? [`${where}: ${found.join(", ")} in «${es}»`] : [];
  });
  expect(offending).toEqual([]);
});
