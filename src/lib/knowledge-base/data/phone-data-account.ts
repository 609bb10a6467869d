import type { KbEntry } from "../types";

/** Phone: lost data, accounts. Worded for phones and tablets: tablets fall back to these. */
export const PHONE_DATA_ACCOUNT: readonly KbEntry[] = [
  {
    device: "phone",
    problem: "data",
    title: { es: "Fotos, chats o contactos perdidos", en: "Lost photos, chats or contacts" },
    quick: [
      {
        text: {
          es: "Buscá en la papelera de fotos: Google Fotos > Biblioteca > Papelera, o en iPhone el álbum «Eliminado».",
          en: "Look in the photo trash: Google Photos > Library > Trash, or the “Recently Deleted” album on iPhone.",
        },
        help: {
          es: "Las fotos borradas quedan 30 días (o 60 si estaban respaldadas en Google Fotos) antes de eliminarse del todo. Seleccionalas y tocá «Restaurar». En Samsung, la Galería tiene su propia Papelera en el menú ≡. En iPhone, el álbum está en Fotos > Álbumes > Utilidades.",
          en: "Deleted photos stay for 30 days (or 60 if backed up in Google Photos) before they're gone for good. Select them and tap “Restore”. On Samsung, the Gallery has its own Recycle bin in the ≡ menu. On iPhone, the album is under Photos > Albums > Utilities.",
        },
        simple: {
          es: "Fijate en la papelera de la galería: ahí quedan un mes las fotos borradas.",
          en: "Check the gallery's trash: deleted photos stay there for a month.",
        },
      },
      {
        text: {
          es: "Revisá en photos.google.com o icloud.com desde una computadora si tus fotos están en la nube.",
          en: "Check photos.google.com or icloud.com from a computer to see if your photos are in the cloud.",
        },
        help: {
          es: "Si tenías activada la copia de Google Fotos o iCloud, tus fotos siguen en la nube aunque el celular se haya roto, perdido o borrado. Entrá con tu cuenta de Google o Apple ID y descargalas o sincronizalas con el equipo nuevo.",
          en: "If Google Photos or iCloud backup was on, your photos are still in the cloud even if the phone broke, was lost or erased. Sign in with your Google account or Apple ID and download them or sync them to the new device.",
        },
        simple: {
          es: "Entrá a tu cuenta de Google Fotos o iCloud desde una compu: tus fotos pueden estar ahí.",
          en: "Sign in to Google Photos or iCloud from a computer: your photos may be there.",
        },
      },
      {
        text: {
          es: "Para contactos borrados, entrá a contacts.google.com > Configuración > Deshacer cambios.",
          en: "For deleted contacts, go to contacts.google.com > Settings > Undo changes.",
        },
        help: {
          es: "Google permite volver la agenda a cómo estaba hasta 30 días atrás: elegí una fecha anterior al problema y confirmá. En iPhone, en icloud.com > Configuración de la cuenta > Restaurar contactos. Los contactos guardados solo en la SIM no tienen copia.",
          en: "Google lets you roll your contacts back to how they were up to 30 days ago: pick a date before the problem and confirm. On iPhone, go to icloud.com > Account Settings > Restore Contacts. Contacts saved only on the SIM have no backup.",
        },
        simple: {
          es: "Los contactos de Google se pueden volver a como estaban hace unos días.",
          en: "Google contacts can be restored to how they were a few days ago.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Para chats de WhatsApp, reinstalá la app con el mismo número y tocá «Restaurar» al configurarla.",
          en: "For WhatsApp chats, reinstall the app with the same number and tap “Restore” during setup.",
        },
        help: {
          es: "WhatsApp recupera la última copia guardada en Google Drive (Android) o iCloud (iPhone), si estaba activada en Ajustes > Chats > Copia de seguridad. Hace falta la misma cuenta de Google o Apple y el mismo número. Lo que llegó después de la última copia se pierde.",
          en: "WhatsApp restores the last backup saved to Google Drive (Android) or iCloud (iPhone), if it was on in Settings > Chats > Chat backup. You need the same Google or Apple account and the same number. Anything received after the last backup is lost.",
        },
        simple: {
          es: "Al reinstalar WhatsApp, te ofrece recuperar los chats de la última copia.",
          en: "When you reinstall WhatsApp, it offers to bring back chats from the last backup.",
        },
      },
      {
        text: {
          es: "Activá las copias automáticas: Google Fotos o iCloud para fotos y WhatsApp > Ajustes > Chats > Copia de seguridad.",
          en: "Turn on automatic backups: Google Photos or iCloud for photos, and WhatsApp > Settings > Chats > Chat backup.",
        },
        help: {
          es: "En Android: Ajustes > Google > Copia de seguridad, y en Google Fotos activá «Copia de seguridad». En iPhone: Ajustes > tu nombre > iCloud > Copia en iCloud y Fotos. En WhatsApp elegí frecuencia diaria. Si el espacio gratis no alcanza, conviene ampliar el plan de nube.",
          en: "On Android: Settings > Google > Backup, and turn on “Backup” in Google Photos. On iPhone: Settings > your name > iCloud > iCloud Backup and Photos. In WhatsApp choose daily. If the free space isn't enough, a bigger cloud plan is worth it.",
        },
        simple: {
          es: "Activá la copia automática de fotos y de WhatsApp para no perder nada más.",
          en: "Turn on automatic backup for photos and WhatsApp so you don't lose anything else.",
        },
      },
      {
        text: {
          es: "Si el celular está roto o no prende, no lo restablezcas: traelo para intentar recuperar los datos.",
          en: "If the phone is broken or won't turn on, don't reset it: bring it in so we can try to recover the data.",
        },
        help: {
          es: "Muchas veces se puede reparar lo justo (pantalla, conector o batería) para sacar la información. Restablecer o cambiar la placa sin copia borra todo para siempre. Traé también el cargador y, si lo sabés, el PIN o patrón para desbloquearlo en el local.",
          en: "Often we can repair just enough (screen, port or battery) to get the data off. Resetting it or replacing the board without a backup erases everything for good. Bring the charger too and, if you know it, be ready to unlock it with your PIN or pattern at the shop.",
        },
        simple: {
          es: "Si el celu está roto, no lo borres: traelo y vemos cómo sacar tus cosas.",
          en: "If the phone is broken, don't erase it: bring it in and we'll see how to get your things out.",
        },
      },
    ],
  },
  {
    device: "phone",
    problem: "account",
    title: {
      es: "Problema con la cuenta de Google, Apple o WhatsApp",
      en: "Problem with a Google, Apple or WhatsApp account",
    },
    quick: [
      {
        text: {
          es: "Para recuperar la cuenta de Google entrá a g.co/recover; para Apple ID, a iforgot.apple.com.",
          en: "To recover a Google account go to g.co/recover; for an Apple ID, go to iforgot.apple.com.",
        },
        help: {
          es: "Escribí vos la dirección en el navegador, no uses enlaces de mensajes. Te va a pedir el correo o número de la cuenta y un código enviado al celular o mail de recuperación. Si te pregunta una contraseña vieja, poné la última que recuerdes. Hacelo desde un equipo donde ya hayas usado la cuenta.",
          en: "Type the address into the browser yourself; don't use links from messages. It asks for the account's email or number and a code sent to your recovery phone or email. If it asks for an old password, enter the last one you remember. Use a device where you've signed in before.",
        },
        simple: {
          es: "Entrá a la página oficial de recuperación de Google o Apple y seguí los pasos.",
          en: "Go to Google's or Apple's official recovery page and follow the steps.",
        },
      },
      {
        text: {
          es: "Si te pidieron un código de WhatsApp por mensaje, no lo pases: es una estafa para robarte la cuenta.",
          en: "If someone asked for your WhatsApp code by message, don't send it: it's a scam to steal your account.",
        },
        help: {
          es: "Si ya lo pasaste, abrí WhatsApp y registrá tu número de nuevo: al recibir vos el SMS, el otro pierde acceso. Después activá Ajustes > Cuenta > Verificación en dos pasos con un PIN propio y avisá a tus contactos que no respondan pedidos de plata.",
          en: "If you already sent it, open WhatsApp and register your number again: when you receive the text, the other person loses access. Then turn on Settings > Account > Two-step verification with your own PIN and warn your contacts not to answer requests for money.",
        },
        simple: {
          es: "Nunca le pases a nadie el código de seis números que te manda WhatsApp.",
          en: "Never give anyone the six-digit code WhatsApp sends you.",
        },
      },
      {
        text: {
          es: "Revisá que tu cuenta tenga un celular y un correo de recuperación actualizados.",
          en: "Check that your account has an up-to-date recovery phone and email.",
        },
        help: {
          es: "En Android: Ajustes > Google > Administrar tu cuenta > Seguridad. En iPhone: Ajustes > tu nombre > Inicio de sesión y seguridad. Si cambiaste de número o ya no usás ese mail, actualizalo ahora: es la forma de recuperar la cuenta si olvidás la contraseña.",
          en: "On Android: Settings > Google > Manage your Google Account > Security. On iPhone: Settings > your name > Sign-In & Security. If you changed numbers or no longer use that email, update it now: it's how you recover the account if you forget the password.",
        },
        simple: {
          es: "Fijate que tu cuenta tenga cargado tu número de celular actual.",
          en: "Make sure your account has your current phone number.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Antes de restablecer el celular, asegurate de saber tu cuenta de Google o Apple ID y su contraseña.",
          en: "Before resetting the phone, make sure you know your Google account or Apple ID and its password.",
        },
        help: {
          es: "Después de un restablecimiento, el equipo pide la última cuenta usada (protección antirrobo) y no se puede usar sin ella. Probá iniciar sesión en otro dispositivo antes. Si el equipo ya quedó bloqueado, solo se desbloquea con la cuenta o con el comprobante de compra ante el fabricante.",
          en: "After a reset, the device asks for the last account used (anti-theft protection) and can't be used without it. Try signing in on another device first. If it's already locked, it can only be unlocked with the account or with proof of purchase through the maker.",
        },
        simple: {
          es: "Antes de borrar el celular, asegurate de saber el mail y la clave de tu cuenta.",
          en: "Before erasing the phone, make sure you know your account's email and password.",
        },
      },
      {
        text: {
          es: "Activá la verificación en dos pasos y cerrá las sesiones que no reconozcas.",
          en: "Turn on two-step verification and sign out of sessions you don't recognise.",
        },
        help: {
          es: "En myaccount.google.com > Seguridad > Tus dispositivos podés cerrar sesiones ajenas; en iPhone, en Ajustes > tu nombre, tocá un dispositivo > Eliminar de la cuenta. La verificación en dos pasos pide un código extra al entrar desde un equipo nuevo.",
          en: "At myaccount.google.com > Security > Your devices you can sign out unknown sessions; on iPhone, in Settings > your name, tap a device > Remove from Account. Two-step verification asks for an extra code when signing in on a new device.",
        },
        simple: {
          es: "Activá el código extra al iniciar sesión y sacá los equipos que no son tuyos.",
          en: "Turn on the extra sign-in code and remove devices that aren't yours.",
        },
      },
    ],
    safety: {
      es: "Nunca compartas contraseñas, PIN ni códigos de verificación en este chat ni con quien te los pida por mensaje.",
      en: "Never share passwords, PINs or verification codes in this chat or with anyone who asks for them by message.",
    },
  },
];
