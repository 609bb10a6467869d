import type { Language } from "../../protocol";

/** Shop details the closing and decline messages mention. */
export interface ShopInfo {
  name: string;
  contact: string;
}

type Text = { es: string; en: string };
const pick = (lang: Language, text: Text) => text[lang];

/** Every fixed sentence the assistant says, in both languages (rioplatense voseo for Spanish). */
export const say = {
  greeting: (lang: Language, shop: ShopInfo) =>
    pick(lang, {
      es:
        `¡Hola! 👋 Soy Tecnos, el asistente de ${shop.name}. Te ayudo a resolver problemas con tus equipos.\n\n` +
        "🔒 Aviso de privacidad: guardamos tu nombre y esta conversación 48 horas, solo para darte soporte. " +
        "No la compartimos con nadie y podés pedir que la borremos cuando quieras.\n\n" +
        "¿Aceptás para seguir? (También podés contarme directamente qué te pasa.)",
      en:
        `Hi! 👋 I'm Tecnos, ${shop.name}'s assistant. I help you fix problems with your devices.\n\n` +
        "🔒 Privacy notice: we keep your name and this conversation for 48 hours, only to support you. " +
        "We never share it and you can ask us to delete it at any time.\n\n" +
        "Do you accept so we can go on? (You can also tell me straight away what's wrong.)",
    }),
  impliedConsent: (lang: Language) =>
    pick(lang, {
      es: "🔒 Al seguir aceptás nuestro aviso de privacidad (guardamos la charla 48 h, solo para soporte).",
      en: "🔒 By going on you accept our privacy notice (we keep this chat 48 h, only for support).",
    }),
  consentNudge: (lang: Language) =>
    pick(lang, {
      es: "Para seguir necesito que aceptes el aviso de privacidad, o contame directamente qué te pasa.",
      en: "To go on I need you to accept the privacy notice, or just tell me what's wrong.",
    }),
  declined: (lang: Language, shop: ShopInfo) =>
    pick(lang, {
      es: `Entendido, no guardamos nada más. Si querés, podés escribirnos a ${shop.contact}. ¡Que andes bien! 👋`,
      en: `Understood, we won't keep anything else. You can reach us at ${shop.contact}. Take care! 👋`,
    }),
  askName: (lang: Language) =>
    pick(lang, {
      es: "¡Genial! ¿Con quién tengo el gusto de hablar? 😊",
      en: "Great! What's your name? 😊",
    }),
  nameRetry: (lang: Language) =>
    pick(lang, {
      es: "No llegué a entender tu nombre. Escribilo solo (por ejemplo: Ana), o tocá «Prefiero no decirlo».",
      en: "I didn't catch your name. Type just your name (for example: Ana), or tap «I'd rather not say».",
    }),
  hello: (lang: Language, name: string | undefined) =>
    name
      ? pick(lang, { es: `¡Un gusto, ${name}!`, en: `Nice to meet you, ${name}!` })
      : pick(lang, { es: "¡Perfecto!", en: "All right!" }),
  askDeviceAndProblem: (lang: Language) =>
    pick(lang, {
      es:
        "Contame qué necesitás: ¿qué equipo es y qué le pasa? " +
        "Por ejemplo: «mi notebook no prende» o «la impresora no imprime». Si tenés el texto de un error, copialo.",
      en:
        "Tell me what you need: which device is it and what happens? " +
        "For example: “my laptop won't turn on” or “the printer doesn't print”. If there's an error message, paste it.",
    }),
  askDevice: (lang: Language, problemLabel: string) =>
    pick(lang, {
      es: `Entiendo: ${problemLabel.toLowerCase()}. ¿En qué equipo te pasa?`,
      en: `Got it: ${problemLabel.toLowerCase()}. Which device is it?`,
    }),
  askDeviceAgain: (lang: Language) =>
    pick(lang, {
      es: "No me quedó claro de qué equipo se trata. Elegí uno de la lista o escribilo con otras palabras.",
      en: "I'm not sure which device it is. Pick one from the list or describe it in other words.",
    }),
  askProblem: (lang: Language, deviceLabel: string) =>
    pick(lang, {
      es: `Perfecto, ${deviceLabel}. ¿Qué le pasa? Contámelo con tus palabras o elegí una opción.`,
      en: `OK, ${deviceLabel}. What's happening? Tell me in your own words or pick an option.`,
    }),
  clarify: (lang: Language) =>
    pick(lang, {
      es: "Quiero entenderte bien 🤔. ¿El problema es de hardware, de programas, de internet, de una cuenta o de la impresora?",
      en: "I want to get this right 🤔. Is it about hardware, software, the internet, an account or a printer?",
    }),
  clarifyArea: (lang: Language) =>
    pick(lang, {
      es: "¿Cuál de estas opciones se parece más a lo que te pasa?",
      en: "Which of these is closest to what's happening?",
    }),
  stepsIntro: (lang: Language, title: string) =>
    pick(lang, {
      es: `Vamos con esto: ${title}. Probá estos pasos en orden:`,
      en: `Let's work on this: ${title}. Try these steps in order:`,
    }),
  advancedIntro: (lang: Language, title: string) =>
    pick(lang, {
      es: `Pasos más avanzados para: ${title}.`,
      en: `More advanced steps for: ${title}.`,
    }),
  didItWork: (lang: Language) =>
    pick(lang, {
      es: "¿Se solucionó? Contame cómo te fue 👇",
      en: "Did that fix it? Let me know how it went 👇",
    }),
  deviceGuess: (lang: Language, guessed: string) =>
    pick(lang, {
      es: `(Entendí que es ${guessed}; si es otro equipo, tocá el botón que corresponda.)`,
      en: `(I understood it's a ${guessed}; if it's a different device, tap the right button.)`,
    }),
  helpStep: (lang: Language, n: number) =>
    pick(lang, { es: `Paso ${n}, en detalle:`, en: `Step ${n}, in detail:` }),
  noSuchStep: (lang: Language, count: number) =>
    pick(lang, {
      es: `Esa lista tiene ${count} pasos; decime cuál (por ejemplo «ayuda paso 1»).`,
      en: `That list has ${count} steps; tell me which one (for example “help step 1”).`,
    }),
  simpler: (lang: Language) =>
    pick(lang, { es: "Te lo explico más simple:", en: "Here it is in simpler words:" }),
  stepsReminder: (lang: Language) =>
    pick(lang, {
      es: "¿Pudiste probar los pasos? Decime si se solucionó, si sigue igual, o pedime ayuda con un paso.",
      en: "Were you able to try the steps? Tell me if it's fixed, if it's still the same, or ask for help with a step.",
    }),
  noMoreSteps: (lang: Language) =>
    pick(lang, {
      es: "Ya probamos todos los pasos que puedo guiarte desde acá.",
      en: "We've tried every step I can guide you through from here.",
    }),
  escalate: (lang: Language, hasAdvanced: boolean) =>
    hasAdvanced
      ? pick(lang, {
          es: "Lamento que siga igual 😕. Podemos probar pasos más avanzados, o te conecto con un técnico.",
          en: "Sorry it's still happening 😕. We can try more advanced steps, or I can connect you with a technician.",
        })
      : pick(lang, {
          es: "Lamento que siga igual 😕. Lo mejor es que lo vea un técnico: ¿te conecto?",
          en: "Sorry it's still happening 😕. A technician should look at it: shall I connect you?",
        }),
  frustration: (lang: Language) =>
    pick(lang, {
      es: "Perdoná, entiendo que es frustrante 🙏. Si querés, te conecto ahora mismo con un técnico.",
      en: "I'm sorry, I know this is frustrating 🙏. If you want, I'll connect you with a technician right now.",
    }),
  technicianRequested: (lang: Language) =>
    pick(lang, {
      es: "¡Dale! Te paso con un técnico: preparo un resumen de lo que hablamos para que no tengas que repetirlo.",
      en: "Sure! I'm handing you over to a technician, with a summary of our chat so you don't have to repeat it.",
    }),
  escalationReminder: (lang: Language) =>
    pick(lang, {
      es: "¿Querés que te conecte con un técnico, o preferís cerrar la consulta?",
      en: "Do you want me to connect you with a technician, or would you rather close the chat?",
    }),
  solved: (lang: Language, shop: ShopInfo, name: string | undefined) =>
    pick(lang, {
      es: `¡Qué bueno${name ? `, ${name}` : ""}! 🎉 Me alegra que se haya solucionado. Si necesitás algo más, escribinos a ${shop.contact}.`,
      en: `Great${name ? `, ${name}` : ""}! 🎉 I'm glad it's fixed. If you need anything else, reach us at ${shop.contact}.`,
    }),
  closed: (lang: Language, shop: ShopInfo) =>
    pick(lang, {
      es: `Gracias por escribirnos 🙌. Si más adelante querés ayuda, estamos en ${shop.contact}.`,
      en: `Thanks for reaching out 🙌. If you need help later, we're at ${shop.contact}.`,
    }),
  afterEnd: (lang: Language) =>
    pick(lang, {
      es: "Esta consulta ya terminó. Si tenés otro problema, contámelo o tocá «Nueva consulta».",
      en: "This chat has ended. If you have another problem, tell me or tap «New chat».",
    }),
  welcome: (lang: Language) =>
    pick(lang, { es: "¡De nada! Cuando quieras 😊", en: "You're welcome! Any time 😊" }),
  restarted: (lang: Language) => pick(lang, { es: "Empecemos de nuevo 🔄.", en: "Let's start over 🔄." }),
  languageSwitched: (lang: Language) =>
    pick(lang, { es: "Listo, seguimos en español.", en: "Sure, let's continue in English." }),
  sensitive: (lang: Language) =>
    pick(lang, {
      es: "⚠️ Por tu seguridad, nunca compartas contraseñas, PIN, claves ni datos de tarjetas o del banco por chat. No los guardé.",
      en: "⚠️ For your safety, never share passwords, PINs or card or bank details in a chat. I did not keep them.",
    }),
  ticketCreated: (lang: Language, id: string) =>
    pick(lang, {
      es: `🎫 Listo, tu ticket es ${id}. Tocá «Escribir por WhatsApp» y el técnico ya va a tener todo el resumen.`,
      en: `🎫 Done, your ticket is ${id}. Tap «Message on WhatsApp» and the technician will already have the summary.`,
    }),
  ticketFailed: (lang: Language, shop: ShopInfo) =>
    pick(lang, {
      es: `No pude generar el ticket en este momento 😓. Escribinos por WhatsApp o a ${shop.contact} y te atendemos igual.`,
      en: `I couldn't create the ticket right now 😓. Message us on WhatsApp or at ${shop.contact} and we'll help you anyway.`,
    }),
  askContact: (lang: Language) =>
    pick(lang, {
      es: "📞 Si querés, dejanos un teléfono o un email y el técnico te contacta por ahí. Es opcional: ¿querés dejar uno?",
      en: "📞 If you like, leave us a phone number or an email and the technician will reach you there. It's optional: would you like to leave one?",
    }),
  typeContact: (lang: Language) =>
    pick(lang, {
      es: "Dale, escribí tu teléfono con código de área (por ejemplo 341 555-1234 o +54 9 341 555-1234) o tu email (por ejemplo nombre@correo.com).",
      en: "Sure, type your phone number with its area code (for example +54 9 341 555 1234) or your email (for example name@example.com).",
    }),
  contactRetry: (lang: Language, reason: "none" | "phone" | "email") =>
    `${pick(
      lang,
      reason === "phone"
        ? {
            es: "Ese número no me cierra 🤔: un teléfono tiene de 8 a 15 números, con el código de área (por ejemplo 341 555-1234).",
            en: "That number doesn't look right 🤔: a phone number has 8 to 15 digits, with its area code (for example +54 9 341 555 1234).",
          }
        : reason === "email"
          ? {
              es: "Ese email no me cierra 🤔: escribilo completo, con @, por ejemplo nombre@correo.com.",
              en: "That email doesn't look right 🤔: type it in full, with the @, for example name@example.com.",
            }
          : {
              es: "No encontré un teléfono ni un email en tu mensaje 🤔.",
              en: "I couldn't find a phone number or an email in your message 🤔.",
            },
    )} ${pick(lang, { es: "Probá de nuevo, o tocá «No, gracias».", en: "Try again, or tap «No, thanks»." })}`,
  contactGaveUp: (lang: Language) =>
    pick(lang, {
      es: "No pude leer un teléfono o un email, así que seguimos sin eso 👍. El técnico ya tiene tu ticket; escribinos por WhatsApp cuando quieras.",
      en: "I couldn't read a phone number or an email, so we'll go on without it 👍. The technician already has your ticket; message us on WhatsApp any time.",
    }),
  contactSkipped: (lang: Language) =>
    pick(lang, {
      es: "¡Dale, sin problema! El técnico ya tiene tu ticket; escribinos por WhatsApp cuando quieras.",
      en: "Sure, no problem! The technician already has your ticket; message us on WhatsApp any time.",
    }),
  /** `hint`: enough of the contact to recognise it ("terminado en 1234"), never all of it. */
  contactSaved: (lang: Language, hint: { phoneEnd?: string; emailHint?: string }) => {
    const es = [
      hint.phoneEnd ? `tu teléfono terminado en ${hint.phoneEnd}` : "",
      hint.emailHint ? `tu email ${hint.emailHint}` : "",
    ].filter(Boolean);
    const en = [
      hint.phoneEnd ? `your phone number ending in ${hint.phoneEnd}` : "",
      hint.emailHint ? `your email ${hint.emailHint}` : "",
    ].filter(Boolean);
    return pick(lang, {
      es: `¡Gracias! 🙌 Guardé ${es.join(" y ")} en tu ticket: el técnico te va a contactar por ahí.`,
      en: `Thanks! 🙌 I saved ${en.join(" and ")} on your ticket: the technician will reach you there.`,
    });
  },
  contactNotSaved: (lang: Language, retrying: boolean) =>
    retrying
      ? pick(lang, {
          es: "No pude guardar tu contacto en el ticket justo ahora 😓; lo vuelvo a intentar en unos segundos. Si es urgente, escribinos por WhatsApp.",
          en: "I couldn't save your contact on the ticket just now 😓; I'll try again in a few seconds. If it's urgent, message us on WhatsApp.",
        })
      : pick(lang, {
          es: "No encontré tu ticket para guardar el contacto 😓. Tocá «Hablar con un técnico» para armarlo de nuevo, o escribinos por WhatsApp.",
          en: "I couldn't find your ticket to save the contact 😓. Tap «Talk to a technician» to make it again, or message us on WhatsApp.",
        }),
  problemChanged: (lang: Language) =>
    pick(lang, { es: "Entendido, vamos con eso.", en: "Understood, let's look at that." }),
  photoReceived: (lang: Language, findings: string | null) =>
    findings
      ? pick(lang, {
          es: `📷 Recibí la foto. Lo que veo: ${findings}`,
          en: `📷 Got the photo. What I can see: ${findings}`,
        })
      : pick(lang, {
          es: "📷 Recibí la foto, la sumo a tu consulta para el técnico.",
          en: "📷 Got the photo; I've added it to your case for the technician.",
        }),
} as const;

/** Button labels. */
export const label = {
  accept: (l: Language) => pick(l, { es: "Acepto ✅", en: "I accept ✅" }),
  decline: (l: Language) => pick(l, { es: "No acepto", en: "I decline" }),
  otherLanguage: (l: Language) => pick(l, { es: "English 🇬🇧", en: "Español 🇦🇷" }),
  skipName: (l: Language) => pick(l, { es: "Prefiero no decirlo", en: "I'd rather not say" }),
  back: (l: Language) => pick(l, { es: "⬅️ Volver", en: "⬅️ Back" }),
  solved: (l: Language) => pick(l, { es: "Lo pude solucionar ✔️", en: "It's fixed ✔️" }),
  persists: (l: Language) => pick(l, { es: "El problema persiste ❌", en: "Still not working ❌" }),
  helpStep: (l: Language, n: number) => pick(l, { es: `Ayuda paso ${n}`, en: `Help with step ${n}` }),
  simpler: (l: Language) => pick(l, { es: "Explicámelo más simple", en: "Explain it more simply" }),
  moreSteps: (l: Language) => pick(l, { es: "Más pasos", en: "More steps" }),
  advanced: (l: Language) => pick(l, { es: "Pasos avanzados 🔧", en: "Advanced steps 🔧" }),
  technician: (l: Language) => pick(l, { es: "Hablar con un técnico 👨‍🔧", en: "Talk to a technician 👨‍🔧" }),
  close: (l: Language) => pick(l, { es: "Cerrar consulta", en: "Close chat" }),
  restart: (l: Language) => pick(l, { es: "Nueva consulta 🔄", en: "New chat 🔄" }),
  whatsapp: (l: Language) => pick(l, { es: "Escribir por WhatsApp 💬", en: "Message on WhatsApp 💬" }),
  leaveContact: (l: Language) =>
    pick(l, { es: "Dejar teléfono o email 📞", en: "Leave a phone or email 📞" }),
  noContact: (l: Language) => pick(l, { es: "No, gracias", en: "No, thanks" }),
  changeDevice: (l: Language) => pick(l, { es: "Es otro equipo", en: "It's another device" }),
} as const;
