import type { KbEntry } from "../types";

/** Phone: slow, malware (the malware entry is also used for tablets). */
export const PHONE_PERFORMANCE: readonly KbEntry[] = [
  {
    device: "phone",
    problem: "slow",
    title: { es: "Celular lento o que se traba", en: "Slow or freezing phone" },
    quick: [
      {
        text: {
          es: "Reinicialo: mantené el botón de encendido y tocá «Reiniciar».",
          en: "Restart it: hold the power button and tap “Restart”.",
        },
        help: {
          es: "Muchos celulares pasan semanas sin reiniciarse y acumulan procesos trabados. En algunos Android el menú aparece manteniendo encendido + bajar volumen. En iPhone, mantené el lateral + un volumen, deslizá para apagar y volvé a encenderlo.",
          en: "Many phones go weeks without a restart and pile up stuck processes. On some Android phones the menu appears by holding power + volume down. On iPhone, hold the side button + a volume button, slide to power off and turn it back on.",
        },
        simple: {
          es: "Apagalo y volvé a prenderlo.",
          en: "Turn it off and on again.",
        },
      },
      {
        text: {
          es: "Liberá espacio hasta tener al menos un 15% libre, en Ajustes > Almacenamiento.",
          en: "Free up space until at least 15% is empty, in Settings > Storage.",
        },
        help: {
          es: "En Android: Ajustes > Almacenamiento (o Mantenimiento del dispositivo). En iPhone: Ajustes > General > Almacenamiento del iPhone. Borrá videos repetidos, apps que no usás y archivos de WhatsApp: en WhatsApp, Ajustes > Almacenamiento y datos > Administrar almacenamiento.",
          en: "On Android: Settings > Storage (or Device care). On iPhone: Settings > General > iPhone Storage. Delete duplicate videos, apps you don't use and WhatsApp files: in WhatsApp, Settings > Storage and data > Manage storage.",
        },
        simple: {
          es: "Borrá videos, fotos repetidas y apps que no uses para hacer lugar.",
          en: "Delete videos, duplicate photos and apps you don't use to make room.",
        },
      },
      {
        text: {
          es: "En WhatsApp, desactivá la descarga automática de fotos y videos.",
          en: "In WhatsApp, turn off automatic download of photos and videos.",
        },
        help: {
          es: "Los grupos llenan el celular de fotos, videos y stickers sin que te des cuenta. WhatsApp > Ajustes > Almacenamiento y datos > Descarga automática: dejá todo en «Sin archivos» o solo fotos con wifi. Lo que quieras ver lo descargás tocándolo.",
          en: "Group chats fill the phone with photos, videos and stickers without you noticing. WhatsApp > Settings > Storage and data > Media auto-download: set everything to “No media” or photos on Wi-Fi only. Anything you want you can download by tapping it.",
        },
        simple: {
          es: "Hacé que WhatsApp no baje solo todas las fotos y videos de los grupos.",
          en: "Stop WhatsApp from saving every photo and video from group chats by itself.",
        },
      },
      {
        text: {
          es: "Actualizá el sistema y las apps desde Ajustes y desde la tienda de aplicaciones.",
          en: "Update the system and apps from Settings and the app store.",
        },
        help: {
          es: "En Android: Ajustes > Sistema > Actualización de software (en Samsung, Ajustes > Actualización de software). En iPhone: Ajustes > General > Actualización de software. Después abrí Play Store o App Store > tu perfil > Actualizar todo. Hacelo con wifi y con carga.",
          en: "On Android: Settings > System > Software update (on Samsung, Settings > Software update). On iPhone: Settings > General > Software Update. Then open Play Store or App Store > your profile > Update all. Do it on Wi-Fi with enough charge.",
        },
        simple: {
          es: "Actualizá el celular y las aplicaciones.",
          en: "Update the phone and its apps.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "En Android, borrá la caché de las apps más pesadas en Ajustes > Aplicaciones > la app > Almacenamiento.",
          en: "On Android, clear the cache of the heaviest apps in Settings > Apps > the app > Storage.",
        },
        help: {
          es: "Tocá «Borrar caché», no «Borrar datos»: la caché son archivos temporales y se regeneran; borrar datos te desloguea y elimina información de la app. Probá con Facebook, Instagram, TikTok y el navegador. En iPhone, el equivalente es «Desinstalar app» en Almacenamiento, que conserva tus datos.",
          en: "Tap “Clear cache”, not “Clear storage”: the cache is temporary files that get rebuilt; clearing storage logs you out and deletes app data. Try Facebook, Instagram, TikTok and the browser. On iPhone, the equivalent is “Offload App” under Storage, which keeps your data.",
        },
        simple: {
          es: "En las apps más pesadas, tocá «Borrar caché» (no «borrar datos»).",
          en: "In the heaviest apps, tap “Clear cache” (not “clear data”).",
        },
      },
      {
        text: {
          es: "Sacá los widgets, fondos animados y apps de «limpieza» o «ahorro de batería» que no sean del fabricante.",
          en: "Remove widgets, live wallpapers and “cleaner” or “battery saver” apps not made by the phone's maker.",
        },
        help: {
          es: "Los fondos animados y muchos widgets se actualizan todo el tiempo. Las apps de limpieza o «booster» suelen poner publicidad y hacer el celular más lento. El propio sistema ya trae herramientas de mantenimiento (en Samsung, Mantenimiento del dispositivo).",
          en: "Live wallpapers and many widgets refresh constantly. Cleaner or “booster” apps often show ads and make the phone slower. The system already includes maintenance tools (on Samsung, Device care).",
        },
        simple: {
          es: "Borrá las apps que prometen «limpiar» o «acelerar» el celular: lo ponen más lento.",
          en: "Remove apps that promise to “clean” or “speed up” the phone: they slow it down.",
        },
      },
      {
        text: {
          es: "Como último recurso, hacé una copia de seguridad y restablecé de fábrica.",
          en: "As a last resort, back up your data and do a factory reset.",
        },
        help: {
          es: "Primero asegurate de tener la copia completa: fotos (Google Fotos o iCloud), WhatsApp (Ajustes > Chats > Copia de seguridad) y contactos. Anotá tu cuenta de Google o Apple ID y su contraseña: las vas a necesitar. Android: Ajustes > Sistema > Restablecer. iPhone: Ajustes > General > Transferir o restablecer.",
          en: "First make sure you have a full backup: photos (Google Photos or iCloud), WhatsApp (Settings > Chats > Chat backup) and contacts. Have your Google account or Apple ID and password at hand: you'll need them. Android: Settings > System > Reset. iPhone: Settings > General > Transfer or Reset iPhone.",
        },
        simple: {
          es: "Si nada funciona, se puede dejar el celular como nuevo, pero antes hay que guardar todo.",
          en: "If nothing works, the phone can be reset like new, but save everything first.",
        },
      },
    ],
    safety: {
      es: "Restablecer de fábrica borra todo: hacelo solo con copia de seguridad y sabiendo la contraseña de tu cuenta de Google o Apple.",
      en: "A factory reset erases everything: only do it with a backup and knowing your Google account or Apple ID password.",
    },
  },
  {
    device: "phone",
    problem: "malware",
    title: {
      es: "Celular o tablet con publicidad rara o virus",
      en: "Phone or tablet with strange ads or a virus",
    },
    quick: [
      {
        text: {
          es: "Desinstalá las apps que instalaste justo antes de que empezara la publicidad.",
          en: "Uninstall the apps you installed just before the ads started.",
        },
        help: {
          es: "Linternas, limpiadores, VPN gratis, teclados, fondos de pantalla y juegos simples son los sospechosos habituales. En Android: Ajustes > Aplicaciones, revisá la lista y desinstalá lo que no reconozcas. Si una app no se deja borrar, seguí con los pasos avanzados.",
          en: "Flashlights, cleaners, free VPNs, keyboards, wallpapers and simple games are the usual suspects. On Android: Settings > Apps, go through the list and uninstall anything you don't recognise. If an app won't uninstall, move on to the advanced steps.",
        },
        simple: {
          es: "Borrá las aplicaciones que bajaste hace poco y no conocés bien.",
          en: "Remove the apps you downloaded recently and don't really know.",
        },
      },
      {
        text: {
          es: "En Chrome o Safari, bloqueá las notificaciones de sitios que no conozcas.",
          en: "In Chrome or Safari, block notifications from sites you don't know.",
        },
        help: {
          es: "Muchos avisos de «virus» o premios vienen de páginas con permiso de notificaciones. En Chrome: ⋮ > Configuración > Configuración de sitios > Notificaciones, y quitá los sitios raros. En iPhone, si aparecen eventos de spam en el Calendario, borrá la suscripción en Ajustes > Calendario > Cuentas.",
          en: "Many “virus” or prize alerts come from websites allowed to send notifications. In Chrome: ⋮ > Settings > Site settings > Notifications, and remove odd sites. On iPhone, if spam events appear in Calendar, delete the subscription in Settings > Calendar > Accounts.",
        },
        simple: {
          es: "No dejes que las páginas web te manden avisos; sacales el permiso en el navegador.",
          en: "Don't let websites send you alerts; remove their permission in the browser.",
        },
      },
      {
        text: {
          es: "En Android, pasá Play Protect: Play Store > tu foto de perfil > Play Protect > Analizar.",
          en: "On Android, run Play Protect: Play Store > your profile picture > Play Protect > Scan.",
        },
        help: {
          es: "Play Protect revisa todas las apps instaladas y avisa si alguna es dañina, con la opción de desinstalarla. Dejalo activado. Evitá instalar apps descargadas fuera de la Play Store (archivos APK): son la principal vía de infección.",
          en: "Play Protect checks every installed app and warns you if any is harmful, offering to uninstall it. Keep it switched on. Avoid installing apps downloaded outside the Play Store (APK files): they're the main way infections get in.",
        },
        simple: {
          es: "En la Play Store hay una opción que revisa si alguna app es peligrosa; usala.",
          en: "The Play Store has an option that checks whether any app is dangerous; use it.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Si una app no se deja desinstalar, quitale el permiso de administrador o arrancá en modo seguro.",
          en: "If an app won't uninstall, remove its admin permission or start in safe mode.",
        },
        help: {
          es: "En Android buscá en Ajustes «Apps de administración del dispositivo» y desactivá la app sospechosa. Para el modo seguro, mantené encendido, después mantené apretado «Apagar» hasta que ofrezca «Modo seguro». Ahí las apps extra no arrancan y se pueden borrar. Reiniciá para salir.",
          en: "On Android, search Settings for “Device admin apps” and switch off the suspicious app. For safe mode, hold power, then press and hold “Power off” until it offers “Safe mode”. There, extra apps don't run and can be removed. Restart to leave.",
        },
        simple: {
          es: "Si una app no se deja borrar, hay un modo seguro desde donde sí se puede; te guiamos.",
          en: "If an app won't go, there's a safe mode where you can remove it; we can guide you.",
        },
      },
      {
        text: {
          es: "Desde otro equipo, cambiá la contraseña de tu cuenta de Google o Apple ID y activá la verificación en dos pasos.",
          en: "From another device, change your Google account or Apple ID password and turn on two-step verification.",
        },
        help: {
          es: "Si sospechás que vieron tus datos, cambiá primero la clave del correo, después la del banco y las redes. Revisá en myaccount.google.com > Seguridad o en Ajustes > tu nombre (iPhone) qué dispositivos tienen sesión abierta y cerrá los que no reconozcas.",
          en: "If you suspect your data was seen, change your email password first, then banking and social media. Check at myaccount.google.com > Security, or Settings > your name on iPhone, which devices are signed in, and sign out any you don't recognise.",
        },
        simple: {
          es: "Desde otro equipo, cambiá la clave de tu mail y revisá quién más tiene tu cuenta abierta.",
          en: "From another device, change your email password and check who else is signed in.",
        },
      },
    ],
    safety: {
      es: "No instales «antivirus» que te ofrezca un cartel emergente, ni llames a números que aparezcan: son estafas.",
      en: "Don't install an “antivirus” offered by a pop-up, and don't call numbers that appear: they're scams.",
    },
  },
];
