import type { KbEntry } from "../types";

/** Phone: screen. */
export const PHONE_SCREEN: readonly KbEntry[] = [
  {
    device: "phone",
    problem: "display",
    title: { es: "Celular con problemas de pantalla o táctil", en: "Phone with screen or touch problems" },
    quick: [
      {
        text: {
          es: "Forzá el reinicio (Android: encendido + bajar volumen 15 s; iPhone: subir, bajar y mantené el lateral).",
          en: "Force a restart (Android: power + volume down for 15 s; iPhone: volume up, volume down, hold the side button).",
        },
        help: {
          es: "Si la pantalla quedó negra, congelada o no responde al tacto, el reinicio forzado funciona aunque no puedas tocar nada. En iPhone, apretá y soltá subir volumen, apretá y soltá bajar volumen, y mantené el lateral hasta ver la manzana.",
          en: "If the screen is black, frozen or not responding to touch, a forced restart works even when you can't tap anything. On iPhone, press and release volume up, press and release volume down, then hold the side button until the Apple logo appears.",
        },
        simple: {
          es: "Apretá a la vez el botón de prender y el de bajar volumen un rato largo.",
          en: "Hold the power button and the volume-down button together for a long moment.",
        },
      },
      {
        text: {
          es: "Sacale la funda y el protector de pantalla, y limpiá la pantalla con un paño seco.",
          en: "Remove the case and screen protector, and wipe the screen with a dry cloth.",
        },
        help: {
          es: "Un protector despegado, con burbujas o roto en una esquina, o una funda que aprieta los bordes, provoca toques fantasma o zonas que no responden. Humedad, grasa o las manos mojadas también. Probá sin protector antes de pensar en cambiar la pantalla.",
          en: "A peeling protector, one with bubbles or a cracked corner, or a case pressing on the edges, causes ghost touches or dead zones. Moisture, grease or wet hands do too. Try without the protector before thinking about replacing the screen.",
        },
        simple: {
          es: "Sacale la funda y el vidrio protector, y limpiá la pantalla.",
          en: "Take off the case and the glass protector, and clean the screen.",
        },
      },
      {
        text: {
          es: "Si se ve muy oscura o con colores raros, revisá el brillo, el modo oscuro y la inversión de colores.",
          en: "If it looks very dark or has odd colours, check brightness, dark mode and colour inversion.",
        },
        help: {
          es: "Deslizá desde arriba y subí el brillo. Revisá en Ajustes > Accesibilidad que no estén activados «Inversión de colores», «Escala de grises», «Filtros de color» o el zoom. En iPhone, si todo se ve agrandado, tocá dos veces la pantalla con tres dedos.",
          en: "Swipe down from the top and raise the brightness. In Settings > Accessibility, check that “Colour inversion”, “Greyscale”, “Colour filters” or zoom aren't on. On iPhone, if everything looks enlarged, double-tap the screen with three fingers.",
        },
        simple: {
          es: "Subí el brillo y fijate que no esté activada una opción de colores en Accesibilidad.",
          en: "Turn up the brightness and check that no colour option is on in Accessibility.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "En Android, probá en modo seguro: si ahí la pantalla anda bien, la culpa es de una app.",
          en: "On Android, try safe mode: if the screen works fine there, an app is to blame.",
        },
        help: {
          es: "Mantené encendido, después mantené apretado «Apagar» hasta que ofrezca «Modo seguro». Si en modo seguro no hay toques fantasma ni parpadeos, desinstalá las últimas apps (sobre todo launchers, protectores de pantalla o apps de filtros). Reiniciá para salir.",
          en: "Hold power, then press and hold “Power off” until it offers “Safe mode”. If there are no ghost touches or flicker in safe mode, uninstall the latest apps (especially launchers, screen savers or filter apps). Restart to leave.",
        },
        simple: {
          es: "Android tiene un modo seguro para ver si el problema es una aplicación; te guiamos.",
          en: "Android has a safe mode to check whether an app is causing it; we can guide you.",
        },
      },
      {
        text: {
          es: "Si la pantalla está rota, tiene líneas o manchas, hacé ya una copia de seguridad: puede dejar de responder.",
          en: "If the screen is cracked or has lines or blotches, back up now: it may stop responding.",
        },
        help: {
          es: "Las líneas de colores, manchas negras o verdes y las zonas muertas son daño del panel y suelen empeorar. Mientras funcione, respaldá fotos (Google Fotos o iCloud) y WhatsApp (Ajustes > Chats > Copia de seguridad). Después traelo para presupuestar el cambio de pantalla.",
          en: "Coloured lines, black or green blotches and dead zones are panel damage and usually get worse. While it still works, back up photos (Google Photos or iCloud) and WhatsApp (Settings > Chats > Chat backup). Then bring it in for a screen replacement quote.",
        },
        simple: {
          es: "Si la pantalla está rota o con rayas, guardá tus fotos y chats ya, antes de que deje de andar.",
          en: "If the screen is broken or has lines, save your photos and chats now, before it stops working.",
        },
      },
    ],
    safety: {
      es: "Con el vidrio roto, poné cinta transparente o un protector encima para no cortarte y no aprietes la pantalla.",
      en: "With cracked glass, cover it with clear tape or a protector so you don't cut yourself, and don't press on the screen.",
    },
  },
];
