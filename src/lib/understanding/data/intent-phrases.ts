/**
 * Conversation-control phrases. `whole` phrases count only when the message is essentially just
 * that phrase (plus courtesy words): "paso" alone skips the name, "paso 2" does not.
 */
/** What a message asks the conversation to do, besides describing a problem. */
export type Intent =
  | "greeting"
  | "yes"
  | "no"
  | "restart"
  | "back"
  | "solved"
  | "persists"
  | "technician"
  | "simpler"
  | "more_steps"
  | "frustration"
  | "thanks"
  | "goodbye"
  | "skip"
  | "lang_es"
  | "lang_en";

export interface IntentPhrases {
  intent: Intent | "filler" | "block";
  whole?: boolean;
  terms: readonly string[];
}

export const INTENT_PHRASES: readonly IntentPhrases[] = [
  {
    intent: "greeting",
    whole: true,
    terms: [
      "hola|holas|holaa|holis|holu|buenas|buenos|buen|hello|hi|hey|hiya|howdy|saludos|=ey|=buenass",
      "@buen|buenos|buenas dia|dias|tardes|noches",
      "@good morning|afternoon|evening|day",
      "que tal|onda|hay",
      "como estas|estan|va|andas|anda|andan",
      "como le|te|les va",
      "@how are you|=u",
      "@what|whats up",
      "@todo bien",
    ],
  },
  {
    intent: "yes",
    whole: true,
    terms: [
      "si|sii|sip|sep|=sí|dale|dalee|ok|oka|okey|okay|oki|okis|okk|acepto|aceptar|claro|obvio|obvio|perfecto|joya|genial|bueno|listo|vale|=va|afirmativo|yes|yeah|yep|yup|sure|accept|agree",
      "@de una|acuerdo",
      "@por supuesto",
      "@esta bien",
      "@of course",
      "@go ahead",
      "@i accept|agree",
      "@sounds good",
      "@all right",
      "@alright",
    ],
  },
  {
    intent: "no",
    whole: true,
    terms: [
      "=no|=nop|=nope|=nah|=nel|=noo|negativo|rechazo|rechazar|decline|=nono",
      "@no acepto|quiero|gracias|thanks|way",
      "@no thank you",
      "@claro|obvio que no",
      "@por supuesto que no",
      "@of course not",
      "@para nada",
      "@i dont accept|agree|want",
      "@i decline",
    ],
  },
  {
    intent: "restart",
    whole: true,
    terms: ["reiniciar|reinicia|reiniciemos|restart|reset|resetear|=reinicio", "@de cero"],
  },
  {
    intent: "restart",
    terms: [
      "empezar|comenzar|arrancar|empecemos|empezamos|comencemos|arrancamos|iniciar de nuevo|cero|vuelta",
      "volver|volvamos a empezar|comenzar|arrancar",
      "nueva conversacion|consulta|charla",
      "@nuevo chat",
      "@start over|again",
      "@new conversation|chat",
      "reiniciar|restart|reset el? chat|conversacion|conversation|charla",
      "@otra consulta",
    ],
  },
  { intent: "back", whole: true, terms: ["volver|atras|back|regresar|anterior|=volve|volve"] },
  {
    intent: "back",
    terms: [
      "volver|ir|vamos|volve|go|regresar atras|anterior|back",
      "@go back",
      "@previous step|question",
      "volver|regresar|ir al|a pregunta|paso|menu|inicio",
      "paso|pregunta anterior",
    ],
  },
  {
    intent: "solved",
    terms: [
      "pude|pudimos|logre solucionar|arreglar|resolver|solucionarlo|arreglarlo|resolverlo|arreglarla|solucionarla",
      "ya|ahora|ahi funciona|funciono|anda|anduvo|prende|imprime|carga|conecta|arranco|esta|quedo",
      "se arreglo|soluciono|resolvio|arreglaron|solucionaron|compuso",
      "solucionado|solucionada|resuelto|resuelta|arreglado|arreglada|funciono|anduvo|funcionando",
      "@it works|worked",
      "@works now",
      "@that worked",
      "@that did it",
      "@fixed it",
      "fixed|solved|resolved|sorted",
      "@all good now",
      "@problem solved",
      "@its working",
    ],
  },
  {
    intent: "persists",
    terms: [
      "sigue|siguen|continua|persiste|persisten igual|mal|sin|fallando|pasando|lento|lenta|trabado|apagado",
      "sigue|siguen|continua|persiste el|mismo? problema",
      "persiste|persisten",
      "no funciono|anduvo|sirvio|resulto|cambio|mejoro|arreglo|soluciono|resolvio",
      "no se arreglo|soluciono|resolvio",
      "todavia|aun|sigue no|sin anda|funciona|prende|imprime|carga|conecta|arranca|andar|funcionar",
      "nada cambio|cambia",
      "=tampoco",
      "mismo|igual problema",
      "@lo mismo",
      "still not|doesnt|isnt|broken|same|nothing|wont|cant",
      "didnt|doesnt|=not work|worked|help|helped|fix|fixed|change|changed",
      "not fixed|working",
      "@no luck",
      "@nothing changed",
      "same problem|issue|thing",
    ],
  },
  {
    intent: "technician",
    terms: [
      "hablar|comunicarme|contactar|contactarme|pasame|pasar|derivame|derivar|quiero|necesito|comunicar|comunicame|llamar tecnico|tecnicos|tecnica|persona|humano|humana|agente|operador|asesor|representante|alguien|gente",
      "=humano|=humana|=human|agente|operador|operadora|asesor|asesora|representante|representative|technician|technicians",
      "persona real|humana",
      "con|una|un|alguna|algun persona|humano|humana|tecnico|tecnica",
      "@real person|human",
      "talk|speak|chat|connect human|person|agent|technician|someone|representative|operator|people",
      "servicio tecnico",
      "por|via|al|by|over whatsapp|wsp|wpp|whats",
      "numero|number|contacto|contact de? whatsapp|wsp|wpp|telefono",
      "llamen|llamenme|llamame|llamada",
      "@call me",
    ],
  },
  { intent: "technician", whole: true, terms: ["whatsapp|wsp|wpp|=whats|=tecnico|=tecnicos|persona|=tech"] },
  {
    intent: "simpler",
    terms: [
      "no entiendo|entendi|entiendo|comprendo|cacho|capto",
      "mas simple|facil|sencillo|claro|despacio|basico",
      "explica|explicame|explicamelo|explicalo|explicar|explicas|explicalo mejor|simple|devuelta|denuevo",
      "explica|explicame|explicamelo|explicalo|explicar|explicas de|otra nuevo|vez",
      "muy|demasiado complicado|dificil|tecnico|complejo",
      "que significa",
      "que quiere decir",
      "no se como hacer|hacerlo|hago",
      "dont|=not understand|get",
      "dont understand",
      "simpler|easier|confused|confusing",
      "explain better|again|simpler|simply",
      "too complicated|technical|hard|complex",
      "@what does that mean",
      "@plain english",
    ],
  },
  {
    intent: "more_steps",
    terms: [
      "mas pasos|opciones|soluciones|alternativas|ideas|cosas",
      "otra|otras cosa|opcion|opciones|solucion|soluciones|alternativa|idea|forma",
      "algo mas",
      "que mas|otra puedo|podemos|podria|hago",
      "@que mas",
      "siguiente|proximo paso|pasos",
      "pasos avanzados",
      "more steps|options|ideas|solutions",
      "what else",
      "something|anything else",
      "other options|solutions|ideas",
      "next steps",
      "=avanzado|advanced",
    ],
  },
  {
    intent: "frustration",
    terms: [
      "esto|vos|bot|chat|sistema no sirve|servis",
      "no sirve|sirven|servis para nada",
      "ya probe|intente|hice todo",
      "probe|intente todo",
      "no me ayudas|ayudan|ayudaste|ayudo|ayudando|ayudaron",
      "no ayudas|ayudan",
      "no ayuda|ayudas|sirve|sirves nada",
      "inutil|inutiles|porqueria|basura|verga|mierda|cagada|choto|chota|garcha",
      "=puta|carajo|concha|=orto|=ctm|=lpm",
      "me cago",
      "boludo|pelotudo|idiota|estupido|imbecil|tarado|forro|=gil|tonto|bobo",
      "harto|harta|podrido|podrida",
      "estoy cansado|cansada de",
      "useless|pointless|worthless|garbage|trash|rubbish|stupid|dumb|idiot|sucks|terrible|awful|=wtf|fuck*|=shit|=damn|=crap",
      "already tried everything",
      "tried everything",
      "not helping|helpful",
      "you are not helping",
      "no help",
    ],
  },
  {
    intent: "thanks",
    terms: [
      "gracias|grax|grasias|graciass|gracia|thanks|thank|thx|=ty|=tks|=tnx|agradezco|agradecido|agradecida",
      "genio|genia|=capo|=capa|idolo|crack|=crac",
    ],
  },
  {
    intent: "goodbye",
    terms: [
      "chau|chao|chauu|chaucito|adios|bye|goodbye|=cya|=bai",
      "hasta luego|pronto|manana",
      "@hasta la proxima",
      "nos vemos",
      "see you|ya",
      "me voy",
      "@thats all",
      "@that is all",
      "@eso es todo",
    ],
  },
  {
    intent: "skip",
    terms: [
      "prefiero no decir|decirlo|darlo|dar|contestar|responder",
      "no quiero decir|decirlo|darlo|dar|decirte|darte",
      "prefiero no",
      "rather not say|tell|share",
      "@i would rather not",
      "@id rather not",
      "sin nombre",
      "=anonimo|anonima|anonymous",
      "saltar|omitir|skip|saltear|salteo",
      "@no importa",
      "@no hace falta",
      "@no es necesario",
    ],
  },
  { intent: "skip", whole: true, terms: ["=paso|=pass|=next|=siguiente"] },
  {
    intent: "lang_es",
    terms: ["español|espanol|espaniol|castellano|spanish", "@en español|castellano"],
  },
  {
    intent: "lang_en",
    terms: ["english|ingles|=engl|inglich", "@en ingles", "@in english"],
  },
  {
    intent: "filler",
    terms: [
      "por|x favor",
      "please|pls|plis|che|bueno|entonces|=eh|=ah|=mm|=mmm|jaja|jajaja|=jeje|=lol|=uh|=oh|=bot|amigo|amiga|loco|=pues|=well|=so|=um|there|everyone|everybody|=folks|=team",
      "@los|las terminos|condiciones",
      "@the terms",
      "empecemos|vamos|adelante|arranquemos|=go|continuar|continue|seguir|sigamos",
      "quiero|quisiera|=i|want|to|lets|=let|=us|=me|=el|=la|=de|=now|=ahora|=the|=a|=al|=ir|=muy|=muchas|=mucho|=so|=much|=many|=very|=todos|=all|=everyone|=gente|=chicos",
    ],
  },
  {
    intent: "block",
    terms: [
      "soy|=im|=am =tecnico|technician|tecnica",
      "@que paso",
      "@what happened",
      "se reinicia|reinicio|reinicie|reinician",
      "reiniciar|restart|reset|resetear la|el|mi|my|the|it",
    ],
  },
];
