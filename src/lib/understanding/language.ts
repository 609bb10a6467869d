/** Which language a message is written in, by scoring frequent words of each. */
import type { Language } from "../../protocol";
import { ENGLISH_COMMON, SPANISH_COMMON } from "./common-words";
import { plainWords } from "./normalize";

/** Words (accents removed) that mark Spanish: 2 = only Spanish, 1 = mostly Spanish. */
const SPANISH = weights(
  `el la los las del que y mi mis se es esta estan con por para una unos unas pero tengo tiene tenes anda andan
  prende enciende funciona hola gracias buenas buen dia dias tardes noches muy re lento lenta celu compu impresora
  pantalla quiero puedo hace hice ya me le lo al como cuando porque nada todo toda sin sonido desde hasta bien mal
  sigue igual ayuda tecnico entiendo paso pasos dale chau adios espanol castellano soy llamo nombre celular bateria
  cargador teclado raton estoy esto eso ese esa aca aqui donde sale salen queda quedo tambien tampoco ahora despues
  siempre nunca otra otro mas pasa necesito problema problemas arranca carga imprime conecta sirve andar prender
  hola che bueno claro si no tenia podes podrias ayudame explicame entendi solucionar arreglar computadora telefono
  desenchufar enchufada virus archivos fotos cuenta clave contrasena sola solo tildada tildado colgada cuelga acepto
  caliente debil roto rota anda andando nadie`,
  `no si`,
);
/** Words that mark English. */
const ENGLISH = weights(
  `the my is it its not doesnt dont wont cant i im ive have has and with to of on this that hello hi hey thanks thank
  you please yes printer phone screen slow works working work help turn off keeps after when what how why can get got
  charging sound connect computer keyboard english speak name am are was be there at all just need want problem
  broken cracked will would does did didnt isnt shows show prints blank pages anymore by itself
  suspect infection agree accept sure nope bye goodbye understand step explain start boot stuck fixed still same`,
  `no laptop`,
);

/** Words used as-is in both languages. */
const NEUTRAL = new Set([
  "ok",
  "okay",
  "oki",
  "pc",
  "wifi",
  "internet",
  "notebook",
  "mouse",
  "router",
  "tv",
  "usb",
  "email",
]);

/** A Map: a typed word such as "constructor" must weigh nothing (no value inherited from Object). */
function weights(strong: string, weak: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const word of strong.split(/\s+/)) if (word) out.set(word, 2);
  for (const word of weak.split(/\s+/)) if (word) out.set(word, 1);
  return out;
}

/** "es" or "en" when the message is clearly in one language, otherwise null. */
export function detectLanguage(text: string): Language | null {
  let es = 0;
  let en = 0;
  if (/[ñ¿¡áéíóú]/i.test(text)) es += 2;
  for (const word of plainWords(text)) {
    if (NEUTRAL.has(word)) continue;
    const shared = SPANISH_COMMON.has(word) && ENGLISH_COMMON.has(word);
    es +=
      SPANISH.get(word) ??
      (SPANISH_COMMON.has(word) && !shared ? 1 : /(cion|mente|ando|iendo)$/.test(word) ? 1 : 0);
    en +=
      ENGLISH.get(word) ?? (ENGLISH_COMMON.has(word) && !shared ? 1 : /(ing|tion|ly)$/.test(word) ? 1 : 0);
  }
  if (es === en || Math.max(es, en) < 1) return null;
  return es > en ? "es" : "en";
}
