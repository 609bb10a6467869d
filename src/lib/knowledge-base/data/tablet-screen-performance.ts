import type { KbEntry } from "../types";

/** Tablet: screen, slow. */
export const TABLET_SCREEN_PERFORMANCE: readonly KbEntry[] = [
  {
    device: "tablet",
    problem: "display",
    title: { es: "Tablet con problemas de pantalla o táctil", en: "Tablet with screen or touch problems" },
    quick: [
      {
        text: {
          es: "Forzá el reinicio: mantené encendido + bajar volumen (en iPad, subir, bajar y mantené el botón superior).",
          en: "Force a restart: hold power + volume down (on iPad, volume up, volume down, then hold the top button).",
        },
        help: {
          es: "Si la pantalla no responde al tacto o quedó congelada, el reinicio forzado funciona sin tocarla. Mantené los botones hasta que se apague y aparezca el logo (15 a 20 segundos). En iPad con botón de inicio, mantené inicio + botón superior.",
          en: "If the screen ignores touch or is frozen, a forced restart works without touching it. Hold the buttons until it turns off and the logo appears (15 to 20 seconds). On an iPad with a Home button, hold Home + the top button.",
        },
        simple: {
          es: "Apretá el botón de prender y el de bajar volumen juntos hasta que se reinicie.",
          en: "Hold the power and volume-down buttons together until it restarts.",
        },
      },
      {
        text: {
          es: "Sacale la funda y el protector, y limpiá la pantalla con un paño apenas húmedo, con la tablet apagada.",
          en: "Remove the case and protector, and wipe the screen with a barely damp cloth while the tablet is off.",
        },
        help: {
          es: "Las fundas tipo libro con imán pueden apagar la pantalla si el imán queda mal ubicado, y los protectores rotos o con burbujas generan toques fantasma. Los restos de comida o pegajosos también. Secá bien antes de encenderla.",
          en: "Folio cases with magnets can turn the screen off if the magnet sits in the wrong place, and cracked or bubbly protectors cause ghost touches. Sticky or food residue does too. Dry it well before turning it on.",
        },
        simple: {
          es: "Sacale la funda y limpiá bien la pantalla con un trapito.",
          en: "Take off the case and give the screen a good wipe with a cloth.",
        },
      },
      {
        text: {
          es: "Revisá brillo, rotación automática y las opciones de Accesibilidad (zoom, inversión de colores).",
          en: "Check brightness, auto-rotate and the Accessibility options (zoom, colour inversion).",
        },
        help: {
          es: "Deslizá desde arriba (en iPad, desde la esquina superior derecha) para ver el brillo y el bloqueo de rotación. Si la imagen se ve agrandada o con colores invertidos, revisá Ajustes > Accesibilidad. Los chicos suelen activar estas opciones sin querer.",
          en: "Swipe down from the top (on iPad, from the top-right corner) for brightness and rotation lock. If the picture looks enlarged or the colours are inverted, check Settings > Accessibility. Kids often turn these options on by accident.",
        },
        simple: {
          es: "Fijate el brillo y que no esté activado el zoom o algún cambio de colores.",
          en: "Check the brightness and that zoom or a colour change isn't switched on.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "En Android, probá en modo seguro para descartar que una app cause toques fantasma o parpadeos.",
          en: "On Android, try safe mode to rule out an app causing ghost touches or flicker.",
        },
        help: {
          es: "Mantené encendido y después mantené apretado «Apagar» hasta que aparezca «Modo seguro». Si ahí la pantalla funciona bien, desinstalá las últimas apps instaladas (launchers, filtros de luz azul, juegos con publicidad). Reiniciá para salir.",
          en: "Hold power, then press and hold “Power off” until “Safe mode” appears. If the screen behaves there, uninstall the most recently installed apps (launchers, blue-light filters, ad-heavy games). Restart to leave.",
        },
        simple: {
          es: "Android tiene un modo seguro para ver si la culpa es de una aplicación; te guiamos.",
          en: "Android has a safe mode to see if an app is to blame; we can guide you.",
        },
      },
      {
        text: {
          es: "Si la pantalla está rota, con líneas o manchas, hacé una copia de fotos y archivos y traela.",
          en: "If the screen is cracked or shows lines or blotches, back up photos and files and bring it in.",
        },
        help: {
          es: "En tablets, el vidrio táctil y la pantalla a veces se cambian por separado, lo que abarata la reparación. Mientras responda, activá la copia en Google Fotos o iCloud. Traé la tablet con su cargador para revisar también la batería.",
          en: "On tablets, the touch glass and the display can sometimes be replaced separately, which makes the repair cheaper. While it still responds, turn on Google Photos or iCloud backup. Bring the tablet with its charger so we can check the battery too.",
        },
        simple: {
          es: "Si la pantalla está rota, guardá tus fotos y traela: a veces se cambia solo el vidrio.",
          en: "If the screen is broken, save your photos and bring it in: sometimes only the glass is replaced.",
        },
      },
    ],
    safety: {
      es: "Con el vidrio roto, tapalo con cinta transparente y no dejes que los chicos la usen: se pueden cortar.",
      en: "With cracked glass, cover it with clear tape and don't let children use it: they could cut themselves.",
    },
  },
  {
    device: "tablet",
    problem: "slow",
    title: { es: "Tablet lenta o que se traba", en: "Slow or freezing tablet" },
    quick: [
      {
        text: {
          es: "Reiniciala y cerrá las apps abiertas desde el botón de apps recientes.",
          en: "Restart it and close open apps from the recent apps button.",
        },
        help: {
          es: "En Android tocá el botón de apps recientes (o deslizá desde abajo y mantené) y tocá «Cerrar todo». En iPad, deslizá desde abajo y hacia arriba cada app. Después mantené el botón de encendido y elegí Reiniciar.",
          en: "On Android, tap the recent apps button (or swipe up from the bottom and hold) and tap “Close all”. On iPad, swipe up from the bottom and flick each app away. Then hold the power button and choose Restart.",
        },
        simple: {
          es: "Cerrá todas las aplicaciones abiertas y reiniciá la tablet.",
          en: "Close all open apps and restart the tablet.",
        },
      },
      {
        text: {
          es: "Liberá espacio en Ajustes > Almacenamiento: borrá juegos, videos descargados y apps que no se usen.",
          en: "Free up space in Settings > Storage: delete games, downloaded videos and unused apps.",
        },
        help: {
          es: "Los juegos y los videos descargados (YouTube, Netflix) ocupan muchísimo. Dejá al menos un 15% libre. En iPad: Ajustes > General > Almacenamiento del iPad, que también sugiere desinstalar apps que no usás sin perder sus datos.",
          en: "Games and downloaded videos (YouTube, Netflix) take huge amounts of space. Keep at least 15% free. On iPad: Settings > General > iPad Storage, which also suggests offloading unused apps without losing their data.",
        },
        simple: {
          es: "Borrá juegos y videos que ya no se usen para hacer lugar.",
          en: "Delete games and videos nobody uses any more to make room.",
        },
      },
      {
        text: {
          es: "Actualizá el sistema y las apps, con wifi y la tablet cargando.",
          en: "Update the system and apps, on Wi-Fi with the tablet charging.",
        },
        help: {
          es: "En Android: Ajustes > Actualización de software (o Sistema > Actualización). En iPad: Ajustes > General > Actualización de software. Después, Play Store o App Store > perfil > Actualizar todo. Si la tablet ya no recibe actualizaciones del sistema, las apps nuevas pueden andar cada vez más lentas.",
          en: "On Android: Settings > Software update (or System > Update). On iPad: Settings > General > Software Update. Then Play Store or App Store > profile > Update all. If the tablet no longer gets system updates, newer apps may run more and more slowly.",
        },
        simple: {
          es: "Actualizá la tablet y sus aplicaciones mientras está cargando.",
          en: "Update the tablet and its apps while it's charging.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "En Android, borrá la caché de las apps más pesadas y desinstalá «limpiadores» y «aceleradores».",
          en: "On Android, clear the cache of the heaviest apps and uninstall “cleaners” and “boosters”.",
        },
        help: {
          es: "Ajustes > Aplicaciones > la app > Almacenamiento > Borrar caché (no «Borrar datos»). Las apps de limpieza o aceleración suelen llenar la tablet de publicidad. En tablets con poca memoria, usá versiones livianas (YouTube Kids, Facebook Lite) cuando existan.",
          en: "Settings > Apps > the app > Storage > Clear cache (not “Clear storage”). Cleaner or booster apps often fill the tablet with ads. On tablets with little memory, use lightweight versions (YouTube Kids, Facebook Lite) where available.",
        },
        simple: {
          es: "Borrá las apps que prometen «acelerar» la tablet: la ponen más lenta.",
          en: "Remove apps that promise to “speed up” the tablet: they slow it down.",
        },
      },
      {
        text: {
          es: "Como último recurso, guardá todo y restablecé de fábrica.",
          en: "As a last resort, save everything and do a factory reset.",
        },
        help: {
          es: "Antes: copia de fotos (Google Fotos o iCloud), de partidas de juegos si se puede, y confirmá que sabés el correo y la contraseña de la cuenta de Google o Apple ID: después del reset la tablet los pide. Android: Ajustes > Administración general (o Sistema) > Restablecer. iPad: Ajustes > General > Transferir o restablecer.",
          en: "First: back up photos (Google Photos or iCloud), game progress if possible, and confirm you know the Google account or Apple ID email and password: the tablet asks for them after the reset. Android: Settings > General management (or System) > Reset. iPad: Settings > General > Transfer or Reset iPad.",
        },
        simple: {
          es: "Si nada funciona, se puede dejar como nueva, pero antes hay que guardar todo.",
          en: "If nothing works, it can be reset like new, but save everything first.",
        },
      },
    ],
    safety: {
      es: "El restablecimiento de fábrica borra todo y pide la cuenta de Google o Apple: hacelo solo con copia y sabiendo la contraseña.",
      en: "A factory reset erases everything and asks for the Google or Apple account: only do it with a backup and knowing the password.",
    },
  },
];
