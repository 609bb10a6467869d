/** Word lists for name extraction (accent-free, lower-case). */

const list = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter((w) => w !== ""));

export const GREETING_WORDS = list(`
  hola holas holis holu buenas buenos buen dia dias tardes noches hello hi hey hiya howdy good morning afternoon
  evening que tal saludos
`);

/** Name particles: lower-case inside a name and not counted as words ("María de los Ángeles"). */
export const PARTICLES = list("de del la las los y e van von da di du le dos das");

/** Openers of an answer to "what's your name?" that are not part of the name. */
export const INTRO_PHRASES: readonly (readonly string[])[] = [
  ["mi", "nombre", "es"],
  ["my", "name", "is"],
  ["el", "nombre", "es"],
  ["me", "llamo"],
  ["mi", "nombre"],
  ["my", "name"],
  ["names"],
  ["yo", "soy"],
  ["i", "am"],
  ["call", "me"],
  ["me", "dicen"],
  ["llamame"],
  ["decime"],
  ["nombre"],
  ["name"],
  ["soy"],
  ["im"],
  ["its"],
  ["it", "is"],
  ["this", "is"],
  ["es"],
];

/** Phrases that introduce a name inside a longer message; `weak` ones need extra evidence. */
export const EMBEDDED_MARKERS: readonly { words: readonly string[]; weak: boolean }[] = [
  { words: ["mi", "nombre", "es"], weak: false },
  { words: ["my", "name", "is"], weak: false },
  { words: ["my", "names"], weak: false },
  { words: ["me", "llamo"], weak: false },
  { words: ["llamame"], weak: false },
  { words: ["call", "me"], weak: false },
  { words: ["les", "escribe"], weak: false },
  { words: ["te", "escribe"], weak: false },
  { words: ["le", "escribe"], weak: false },
  { words: ["yo", "soy"], weak: true },
  { words: ["soy"], weak: true },
  { words: ["im"], weak: true },
  { words: ["i", "am"], weak: true },
  { words: ["this", "is"], weak: true },
  { words: ["aca", "habla"], weak: false },
  { words: ["habla"], weak: true },
];

/** Words that follow "soy" / "I'm" without being names. */
export const NOT_NAMES = list(`
  nuevo nueva nuevos tecnico tecnica tecnicos estudiante estudiantes profesor profesora docente maestro maestra
  jubilado jubilada abogado abogada medico medica ingeniero ingeniera programador programadora contador contadora
  cliente clienta usuario usuaria dueno duena empleado empleada vendedor vendedora administrador administradora
  argentino argentina uruguayo uruguaya chileno chilena paraguayo paraguaya peruano peruana boliviano boliviana
  mexicano mexicana espanol espanola venezolano venezolana colombiano colombiana brasilero brasilera ingles
  porteno portena cordobes cordobesa rosarino rosarina mendocino mendocina santafesino tucumano
  cansado cansada harto harta podrido podrida enojado enojada triste feliz contento contenta preocupado preocupada
  desesperado desesperada perdido perdida confundido confundida malo mala bueno buena pesimo pesima torpe negado
  negada principiante experto experta fan amigo amiga mama papa madre padre hijo hija abuelo abuela tio tia
  having trying using getting looking working stuck tired frustrated lost confused sorry sure fine okay ok good bad
  new here back ready done glad happy sad angry afraid not just also still from a an the calling writing
  yo vos usted el ella nadie alguien ninguno ninguna nada todo otro otra mismo misma asi tan muy re medio
  pesado pesada molesto molesta nene nena chico chica senor senora sr sra don dona persona humano humana gente
  mujer hombre varon pibe piba viejo vieja joven grande
`);

/** Obvious trolls, insults and keyboard mashing. */
export const TROLL_WORDS = list(`
  asdf asd asdasd qwerty qwe zxc zxcv hjkl jkl xxx xd xdd jaja jajaja jeje jiji lol lmao test testing prueba
  probando puto puta boludo boluda pelotudo pelotuda forro forra gil idiota tonto tonta pija verga concha culo orto
  caca pis mierda fuck shit ass bitch dick batman superman homero homer pikachu goku admin root null undefined nan
  bot robot chatgpt sexo sex porno nose noc nombre name user usuario anonimo anonima anonymous nobody nadie
  ninguno trolo trola cagon cagona bobo boba idiot stupid dumb moron tarado tarada
`);

/** Two-word trolls ("tu vieja"). */
export const TROLL_PHRASES: readonly (readonly string[])[] = [
  ["tu", "vieja"],
  ["tu", "hermana"],
  ["tu", "mama"],
  ["tu", "madre"],
  ["your", "mom"],
  ["your", "mother"],
  ["no", "se"],
  ["no", "tengo"],
  ["no", "te", "importa"],
  ["que", "te", "importa"],
];

/** Technical words never taken as names (on top of the device vocabulary). */
export const TECH_WORDS = list(`
  notebook laptop compu computadora pc impresora impre printer celular celu telefono phone tablet router modem wifi
  internet tele tv televisor monitor mouse teclado keyboard pendrive disco usb consola play playstation xbox
  nintendo pantalla screen bateria battery cargador sonido audio virus malware contrasena password clave cuenta
  account windows android ios linux office excel chrome google gmail facebook instagram whatsapp youtube netflix
  zoom hdmi bluetooth red senal imagen memoria archivo archivos datos tinta toner cartucho error problema falla
  lento lenta tildada prende enciende imprime iphone ipad samsung lenovo dell hp asus acer epson motorola xiaomi
  huawei chromecast proyector webcam camara parlante parlantes auriculares microfono router ssd hdd cpu gabinete
  torre smartphone notebooks software hardware app apps aplicacion programa sistema driver drivers
`);
