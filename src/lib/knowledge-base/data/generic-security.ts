import type { KbEntry } from "../types";

/** Generic entries (any device): malware, accounts, lost data. */
export const GENERIC_SECURITY: readonly KbEntry[] = [
  {
    device: null,
    problem: "malware",
    title: { es: "Posible virus o publicidad rara", en: "Possible virus or strange pop-ups" },
    quick: [
      {
        text: {
          es: "No toques los avisos que dicen que tenés un virus ni llames a los teléfonos que muestran.",
          en: "Don't click warnings saying you have a virus, and never call the phone numbers they show.",
        },
        help: {
          es: "Los carteles alarmantes con sirenas, cuentas regresivas o «soporte técnico de Microsoft/Apple» son estafas para que pagues o instales algo. Cerrá la pestaña o la app. Si no se cierra, reiniciá el equipo. Nunca des acceso remoto ni datos de tarjeta.",
          en: "Alarming pop-ups with sirens, countdowns or “Microsoft/Apple tech support” are scams to get you to pay or install something. Close the tab or app. If it won't close, restart the device. Never give remote access or card details.",
        },
        simple: {
          es: "No hagas clic en esos carteles ni llames a ningún número que aparezca.",
          en: "Don't click those warnings or call any number they show.",
        },
      },
      {
        text: {
          es: "Desinstalá los programas o apps que instalaste justo antes de que empezara el problema.",
          en: "Uninstall the programs or apps you installed just before the problem started.",
        },
        help: {
          es: "Linternas, limpiadores, VPN gratis, juegos y descargas «crackeadas» suelen traer publicidad invasiva. En Windows: Configuración > Aplicaciones > Aplicaciones instaladas, ordená por fecha. En Android: Ajustes > Aplicaciones. Borrá lo que no reconozcas.",
          en: "Flashlight apps, cleaners, free VPNs, games and “cracked” downloads often bring aggressive ads. On Windows: Settings > Apps > Installed apps, sort by date. On Android: Settings > Apps. Remove anything you don't recognise.",
        },
        simple: {
          es: "Borrá las aplicaciones que bajaste hace poco y no conocés bien.",
          en: "Remove the apps you downloaded recently and don't really know.",
        },
      },
      {
        text: {
          es: "En el navegador, quitá las extensiones que no conozcas y bloqueá las notificaciones de sitios.",
          en: "In your browser, remove unknown extensions and block site notifications.",
        },
        help: {
          es: "Muchos «virus» son en realidad páginas a las que se les permitió mandar notificaciones. En Chrome: Configuración > Privacidad y seguridad > Configuración de sitios > Notificaciones, y quitá los sitios raros. Las extensiones están en el menú ⋮ > Extensiones.",
          en: "Many “viruses” are actually websites that were allowed to send notifications. In Chrome: Settings > Privacy and security > Site settings > Notifications, and remove odd sites. Extensions are under the ⋮ menu > Extensions.",
        },
        simple: {
          es: "En el navegador, sacá los agregados raros y no dejes que las páginas te manden avisos.",
          en: "In the browser, remove strange add-ons and stop websites from sending you alerts.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Hacé un análisis completo con el antivirus del sistema (en Windows, Seguridad de Windows).",
          en: "Run a full scan with the built-in antivirus (on Windows, Windows Security).",
        },
        help: {
          es: "En Windows: Seguridad de Windows > Protección antivirus y contra amenazas > Opciones de examen > Examen completo. En Android: Play Store > tu perfil > Play Protect > Analizar. Tené un solo antivirus: dos juntos se estorban y ponen lento el equipo.",
          en: "On Windows: Windows Security > Virus & threat protection > Scan options > Full scan. On Android: Play Store > your profile > Play Protect > Scan. Keep just one antivirus: two at once get in each other's way and slow the device down.",
        },
        simple: {
          es: "Usá el antivirus que ya trae el equipo para revisar todo.",
          en: "Use the antivirus that comes with the device to check everything.",
        },
      },
      {
        text: {
          es: "Desde otro equipo seguro, cambiá las contraseñas importantes y activá la verificación en dos pasos.",
          en: "From another, safe device, change your important passwords and turn on two-step verification.",
        },
        help: {
          es: "Empezá por el correo, el banco y las redes sociales. Hacelo desde un equipo que no tenga el problema, para que nadie pueda ver las claves nuevas. La verificación en dos pasos pide un código extra al entrar y frena a quien tenga tu contraseña.",
          en: "Start with email, banking and social media. Do it from a device that doesn't have the problem, so nobody can see the new passwords. Two-step verification asks for an extra code when signing in and stops anyone who has your password.",
        },
        simple: {
          es: "Desde otro celular o compu, cambiá las claves del mail y del banco.",
          en: "From another phone or computer, change your email and bank passwords.",
        },
      },
    ],
    safety: {
      es: "Si aparece un cartel que pide un pago para devolverte tus archivos, desconectá el equipo de internet, no pagues y traelo.",
      en: "If a message demands payment to give back your files, disconnect the device from the internet, don't pay and bring it in.",
    },
  },
  {
    device: null,
    problem: "account",
    title: { es: "Problema con una cuenta o contraseña", en: "Account or password problem" },
    quick: [
      {
        text: {
          es: "Revisá que no esté activado Bloq Mayús y que el idioma del teclado sea el correcto.",
          en: "Check that Caps Lock is off and the keyboard language is the right one.",
        },
        help: {
          es: "Las contraseñas distinguen mayúsculas de minúsculas. Si el teclado está en otro idioma, símbolos como @, ñ o guiones cambian de lugar. Escribí la contraseña en un lugar visible (por ejemplo el campo de usuario) para ver qué sale, y después borrala.",
          en: "Passwords are case-sensitive. If the keyboard is set to another language, symbols such as @ or dashes move to other keys. Type the password somewhere visible (such as the username field) to see what comes out, then delete it.",
        },
        simple: {
          es: "Fijate que las mayúsculas no estén trabadas al escribir la clave.",
          en: "Make sure capital letters aren't locked on when you type the password.",
        },
      },
      {
        text: {
          es: "Usá la opción «¿Olvidaste tu contraseña?» de la página o app oficial.",
          en: "Use the “Forgot password?” option on the official website or app.",
        },
        help: {
          es: "Te va a mandar un código al correo o al celular de recuperación. Entrá siempre escribiendo vos la dirección oficial (por ejemplo g.co/recover para Google o iforgot.apple.com para Apple), nunca desde un enlace que te llegó por mensaje.",
          en: "It will send a code to your recovery email or phone. Always type the official address yourself (for example g.co/recover for Google or iforgot.apple.com for Apple), never use a link you got in a message.",
        },
        simple: {
          es: "Tocá «Olvidé mi contraseña» en la página oficial y seguí los pasos.",
          en: "Tap “Forgot password” on the official page and follow the steps.",
        },
      },
      {
        text: {
          es: "No compartas con nadie los códigos que te llegan por SMS o WhatsApp, ni siquiera con nosotros.",
          en: "Never share the codes you get by text or WhatsApp with anyone, not even us.",
        },
        help: {
          es: "Ninguna empresa seria te pide esos códigos por mensaje o llamada. Quien te lo pide quiere quedarse con tu cuenta. Si ya lo pasaste, usá enseguida la recuperación de la cuenta y avisales a tus contactos que no respondan pedidos de dinero.",
          en: "No genuine company asks for those codes by message or phone call. Whoever asks wants to take over your account. If you already gave it away, start the account recovery right away and warn your contacts not to answer requests for money.",
        },
        simple: {
          es: "Los códigos que te llegan son solo para vos: no se los pases a nadie.",
          en: "The codes you receive are only for you: don't give them to anyone.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Actualizá el correo y el celular de recuperación, y activá la verificación en dos pasos.",
          en: "Update your recovery email and phone, and turn on two-step verification.",
        },
        help: {
          es: "Cuando recuperes el acceso, entrá a la sección de seguridad de la cuenta y revisá que el correo y el número de recuperación sean tuyos y estén vigentes. Cerrá las sesiones abiertas en equipos que no reconozcas.",
          en: "Once you're back in, go to the account's security section and check that the recovery email and phone number are yours and current. Sign out of sessions on devices you don't recognise.",
        },
        simple: {
          es: "Cuando entres, revisá que el mail y el teléfono de la cuenta sean los tuyos.",
          en: "Once you're in, check that the account's email and phone are yours.",
        },
      },
      {
        text: {
          es: "Si te robaron la cuenta, usá el formulario oficial de cuenta hackeada del servicio.",
          en: "If your account was stolen, use the service's official hacked-account form.",
        },
        help: {
          es: "Facebook (facebook.com/hacked), Instagram (instagram.com/hacked), Google y Microsoft tienen procesos para demostrar que la cuenta es tuya. Tené a mano datos viejos: contraseñas anteriores, fecha de creación, fotos tuyas. Puede tardar unos días.",
          en: "Facebook (facebook.com/hacked), Instagram (instagram.com/hacked), Google and Microsoft have processes to prove the account is yours. Have old details ready: previous passwords, when you created it, photos of you. It can take a few days.",
        },
        simple: {
          es: "Si alguien te sacó la cuenta, buscá la página oficial de «cuenta hackeada».",
          en: "If someone took your account, find the official “hacked account” page.",
        },
      },
    ],
    safety: {
      es: "Nunca escribas tu contraseña, PIN ni códigos en este chat: no los necesitamos para ayudarte.",
      en: "Never type your password, PIN or codes in this chat: we don't need them to help you.",
    },
  },
  {
    device: null,
    problem: "data",
    title: { es: "Archivos perdidos o copia de seguridad", en: "Lost files or backup" },
    quick: [
      {
        text: {
          es: "Buscá en la papelera del equipo y en la de la nube (Google Drive, OneDrive, iCloud, Google Fotos).",
          en: "Look in the device's trash and in the cloud's trash (Google Drive, OneDrive, iCloud, Google Photos).",
        },
        help: {
          es: "Lo borrado suele quedar un tiempo en la papelera: en Windows, la Papelera de reciclaje del escritorio; en Google Fotos y Drive, 30 a 60 días; en iPhone, el álbum «Eliminado». Seleccioná el archivo y elegí «Restaurar».",
          en: "Deleted items usually stay in the trash for a while: on Windows, the Recycle Bin on the desktop; in Google Photos and Drive, 30 to 60 days; on iPhone, the “Recently Deleted” album. Select the file and choose “Restore”.",
        },
        simple: {
          es: "Fijate en la papelera: muchas veces lo borrado está ahí todavía.",
          en: "Check the trash: deleted things are often still there.",
        },
      },
      {
        text: {
          es: "Usá el buscador del equipo con parte del nombre del archivo o su tipo.",
          en: "Use the device's search with part of the file name or its type.",
        },
        help: {
          es: "A veces el archivo no se borró sino que quedó en otra carpeta, como Descargas. En Windows, abrí el Explorador de archivos, elegí «Este equipo» y escribí parte del nombre en el cuadro de búsqueda. En Mac usá Cmd+Espacio (Spotlight).",
          en: "Sometimes the file wasn't deleted but saved in another folder, such as Downloads. On Windows, open File Explorer, select “This PC” and type part of the name in the search box. On a Mac, use Cmd+Space (Spotlight).",
        },
        simple: {
          es: "Buscá el archivo escribiendo una parte de su nombre en el buscador.",
          en: "Search for the file by typing part of its name in the search box.",
        },
      },
      {
        text: {
          es: "Si no aparece, dejá de usar ese equipo o disco hasta recuperarlo: lo nuevo puede pisar lo borrado.",
          en: "If it doesn't turn up, stop using that device or drive until it's recovered: new data can overwrite it.",
        },
        help: {
          es: "Un archivo borrado sigue en el disco hasta que otro ocupa su lugar. Cada foto, descarga o programa nuevo reduce las chances de recuperarlo. No instales programas de recuperación en ese mismo disco: consultanos antes.",
          en: "A deleted file stays on the drive until something else takes its place. Every new photo, download or program lowers the chance of getting it back. Don't install recovery software on that same drive: ask us first.",
        },
        simple: {
          es: "Usá ese equipo lo menos posible hasta que recuperemos los archivos.",
          en: "Use that device as little as possible until the files are recovered.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Revisá las versiones anteriores o el historial del archivo en la nube.",
          en: "Check previous versions or the file's history in the cloud.",
        },
        help: {
          es: "Si el archivo se dañó o se sobrescribió, Google Drive y OneDrive guardan versiones anteriores: clic derecho sobre el archivo > Historial de versiones. En Windows, si estaba activado el Historial de archivos, clic derecho > Propiedades > Versiones anteriores.",
          en: "If the file was damaged or overwritten, Google Drive and OneDrive keep older versions: right-click the file > Version history. On Windows, if File History was on, right-click > Properties > Previous versions.",
        },
        simple: {
          es: "En la nube podés volver a una versión vieja del archivo.",
          en: "In the cloud you can go back to an older version of the file.",
        },
      },
      {
        text: {
          es: "Activá una copia de seguridad automática para que no vuelva a pasar.",
          en: "Turn on automatic backups so it doesn't happen again.",
        },
        help: {
          es: "Lo ideal es tener tus archivos en dos lugares: el equipo y la nube o un disco externo. En Android: Ajustes > Google > Copia de seguridad. En iPhone: Ajustes > tu nombre > iCloud > Copia en iCloud. En Windows: OneDrive o Historial de archivos con un disco externo.",
          en: "Ideally keep your files in two places: the device plus the cloud or an external drive. On Android: Settings > Google > Backup. On iPhone: Settings > your name > iCloud > iCloud Backup. On Windows: OneDrive, or File History with an external drive.",
        },
        simple: {
          es: "Activá la copia automática para tener tus cosas guardadas en otro lugar.",
          en: "Turn on automatic backup so your things are saved somewhere else too.",
        },
      },
    ],
    safety: {
      es: "Si el disco hace ruidos o el equipo se cayó, apagalo y no intentes recuperar nada vos: cada intento puede empeorarlo.",
      en: "If the drive makes noises or the device was dropped, turn it off and don't try recovery yourself: each attempt can make it worse.",
    },
  },
];
