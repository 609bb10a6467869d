/**
 * Frequent everyday words of both languages. They are never read as typos of vocabulary words
 * ("tener" is not "toner", "nota" is not "note"), never taken as names, and they drive the
 * language guess.
 */
import { normalize } from "./normalize";

/** Spanish function words and very frequent words (accents optional, they are normalised away). */
export const SPANISH_WORDS = `
a al algo alguien alguna alguno algunos ahi alla aca aqui asi ante antes apenas aun aunque bajo bien
cada casi como con contra cual cuales cuando cuanto de del desde donde dos durante e el ella ellas
ellos en entre era eran eres es esa ese eso esta estaba estado estan estar estas este esto estos
estoy fue fueron fui ha habia han has hasta hay he hice hizo hoy la las le les lo los luego mas me
mi mis mucho mucha muchos muchas muy nada nadie ni ninguno ninguna no nos nosotros nunca o
otra otro otros para pero poco por porque puede pueden puedo pues que quien se sea ser si sido sin
sobre solo son soy su sus tal tambien tampoco tan tanto te tenia tener tengo tenes tiene tienen todo
toda todos todas tu tus un una uno unos unas usted ustedes va vamos van ver ves vez y ya yo
hola buenas buenos dias tardes noches gracias chau adios favor che bueno dale listo claro nuevo nueva
hace hacer hago hecho dice dicen decir digo dijo pasa paso pasar queda quedo quiero quiere quiera necesito
necesita ayuda ayudar ahora despues siempre otra vez tipo onda re medio mal malo mala bueno buena
casa cosa cosas nota tela cama calle mesa papa mama hermano hermana hijo hija amigo amiga trabajo
dia mes ano semana hora rato momento vida persona gente señor señora chico chica usar uso uno dos tres
sabe saber se sabes creo creer parece tenia estaba andaba anda andar funciona funcionar sirve
dejo deja dejar puse pone poner vino viene venir veo ve mira mirar llamo llama llamar tarde temprano
pasado cuenta cuento cierto ciento mismo misma mejor peor grande chico poco nueva primero primera
cuesta cuestan costo sale salen vale valen busco buscar encuentro encontrar llevar llevo traer fijo fijate
probar probe probé intente intentar espera esperar minuto minutos segundo segundos oficina marca modelo garantia
compre comprar jugar trabajar estudiar mandar enviar mande envie arreglo arreglar pregunta preguntar respuesta
gusto placer verdad mentira seguro segura rapido rapida lugar local hora horas abren cierran atienden direccion
`;

/** English function words and very frequent words. */
export const ENGLISH_WORDS = `
a about after again all also am an and any are as at be because been before being both but by can
cant could did didnt do does doesnt doing dont down during each few for from further had has have
having he her here hers him his how i if im in into is isnt it its itself just me more most my
myself no nor not now of off on once only or other our out over own same she should so some such
than that the their them then there these they this those through to too under until up very was
wasnt we were what when where which while who whom why will with wont would you your yours yourself
hello hi hey thanks thank please yes yeah ok okay sorry help need want get got make made know think
see look like just really still also even much many any every some thing things something nothing
anything everything way day time today now new old good bad great little big one two three first last
home house work working worked job friend friends mother father brother sister wife husband son
daughter family name call called using used use try tried trying keep left right back again ever
tell told say said ask asked give gave take took come came go going went seems seem seemed since
able also already always never sometimes often maybe probably almost enough quite rather well
cost costs price long hours located open close store shop address done wait minute second find found main
`;

const toSet = (words: string): Set<string> =>
  new Set(
    words
      .split(/\s+/)
      .filter((word) => word !== "")
      .map((word) => normalize(word))
      .filter((word) => word !== "" && !word.includes(" ")),
  );

export const SPANISH_COMMON = toSet(SPANISH_WORDS);
export const ENGLISH_COMMON = toSet(ENGLISH_WORDS);
export const COMMON_WORDS: ReadonlySet<string> = new Set([...SPANISH_COMMON, ...ENGLISH_COMMON]);

/** First names that sit one typo away from vocabulary words ("Tina"/"tinta", "Carla"/"carga"): never typos. */
export const FIRST_NAMES: ReadonlySet<string> = new Set(
  (
    "tina carla lucas nora celia marta mario tito tato lola lalo nico dani moni vero fede pato rocio celina " +
    "carlos monica coco pepe tere teresa lea leo ines cami mica sole flor nati pau cata agus juli santi " +
    "mariela marcela roberto ramon susana sandra silvia sonia estela "
  )
    .trim()
    .split(" "),
);
