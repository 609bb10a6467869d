import type { KbEntry } from "../types";

/** Notebook: lost files, sign-in. Worded for any computer: desktops fall back to these. */
export const NOTEBOOK_DATA_ACCOUNT: readonly KbEntry[] = [
  {
    device: "notebook",
    problem: "data",
    title: { es: "Archivos perdidos en la computadora", en: "Lost files on the computer" },
    quick: [
      {
        text: {
          es: "Si recién lo borraste, apretá Ctrl+Z en la carpeta donde estaba y revisá la Papelera de reciclaje.",
          en: "If you just deleted it, press Ctrl+Z in the folder where it was and check the Recycle Bin.",
        },
        help: {
          es: "Ctrl+Z deshace el último borrado o movimiento en el Explorador de archivos. En la Papelera (ícono en el escritorio), clic derecho sobre el archivo > Restaurar: vuelve a su carpeta original. En Mac, abrí la Papelera del Dock y elegí «Devolver».",
          en: "Ctrl+Z undoes the last delete or move in File Explorer. In the Recycle Bin (desktop icon), right-click the file > Restore: it goes back to its original folder. On a Mac, open the Trash in the Dock and choose “Put Back”.",
        },
        simple: {
          es: "Fijate en la papelera del escritorio: lo borrado suele estar ahí.",
          en: "Check the recycle bin on the desktop: deleted things are usually there.",
        },
      },
      {
        text: {
          es: "Buscalo en el Explorador de archivos desde «Este equipo» y revisá Descargas y Documentos recientes.",
          en: "Search for it in File Explorer from “This PC”, and check Downloads and recent documents.",
        },
        help: {
          es: "Abrí el Explorador (Windows+E), hacé clic en «Este equipo» y escribí parte del nombre o la extensión (por ejemplo .docx o .xlsx) en el cuadro de búsqueda. En Word o Excel, Archivo > Abrir > Recientes muestra dónde estaba guardado; también probá «Recuperar documentos no guardados».",
          en: "Open File Explorer (Windows+E), click “This PC” and type part of the name or the extension (for example .docx or .xlsx) in the search box. In Word or Excel, File > Open > Recent shows where it was saved; also try “Recover Unsaved Documents”.",
        },
        simple: {
          es: "Buscá el archivo escribiendo una parte del nombre en el buscador de carpetas.",
          en: "Search for the file by typing part of its name in the folder search box.",
        },
      },
      {
        text: {
          es: "Revisá OneDrive, Google Drive o iCloud, y sus papeleras en la web.",
          en: "Check OneDrive, Google Drive or iCloud, including their trash on the web.",
        },
        help: {
          es: "Si la carpeta estaba sincronizada, el archivo borrado queda en la papelera de la nube: onedrive.live.com > Papelera de reciclaje, drive.google.com > Papelera o icloud.com > Drive > Eliminado recientemente. Ahí también se pueden restaurar versiones anteriores.",
          en: "If the folder was synced, the deleted file sits in the cloud's trash: onedrive.live.com > Recycle bin, drive.google.com > Trash or icloud.com > Drive > Recently Deleted. You can also restore earlier versions there.",
        },
        simple: {
          es: "Si usás una nube como OneDrive o Google Drive, fijate en su papelera.",
          en: "If you use a cloud like OneDrive or Google Drive, check its trash.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Probá «Versiones anteriores»: clic derecho en la carpeta > Propiedades > Versiones anteriores.",
          en: "Try “Previous versions”: right-click the folder > Properties > Previous versions.",
        },
        help: {
          es: "Funciona si estaba activado el Historial de archivos o un punto de restauración. Elegí una fecha anterior a la pérdida y usá «Restaurar en» para guardarlo en otra carpeta sin pisar lo actual. En Mac, si usás Time Machine, abrila desde la carpeta y volvé a una fecha anterior.",
          en: "It works if File History or a restore point was enabled. Pick a date before the loss and use “Restore to” to save it in another folder without overwriting what's there. On a Mac with Time Machine, open it from the folder and go back to an earlier date.",
        },
        simple: {
          es: "Windows a veces guarda copias viejas de las carpetas; se pueden recuperar desde ahí.",
          en: "Windows sometimes keeps old copies of folders; you can recover them from there.",
        },
      },
      {
        text: {
          es: "Si no aparece, usá la computadora lo menos posible y traela para una recuperación de datos.",
          en: "If it doesn't turn up, use the computer as little as possible and bring it in for data recovery.",
        },
        help: {
          es: "Lo borrado sigue en el disco hasta que algo nuevo ocupa su lugar. No instales programas de recuperación en ese mismo disco ni descargues cosas: cada escritura reduce las chances. En el taller trabajamos sobre una copia del disco.",
          en: "Deleted data stays on the drive until something new takes its place. Don't install recovery software on that same drive or download anything: every write lowers the chances. At the shop we work on a copy of the drive.",
        },
        simple: {
          es: "Usala lo menos posible y traela: así hay más chances de recuperar todo.",
          en: "Use it as little as possible and bring it in: that gives the best chance of recovery.",
        },
      },
      {
        text: {
          es: "Cuando lo recuperes, activá una copia automática con OneDrive, Historial de archivos o Time Machine.",
          en: "Once it's back, turn on automatic backup with OneDrive, File History or Time Machine.",
        },
        help: {
          es: "OneDrive puede respaldar Escritorio, Documentos e Imágenes: Configuración de OneDrive > Sincronización y copia de seguridad. Con un disco externo: Panel de control > Historial de archivos (Windows) o Ajustes del Sistema > General > Time Machine (Mac).",
          en: "OneDrive can back up Desktop, Documents and Pictures: OneDrive settings > Sync and backup. With an external drive: Control Panel > File History (Windows) or System Settings > General > Time Machine (Mac).",
        },
        simple: {
          es: "Activá la copia automática para tener siempre tus archivos guardados en otro lado.",
          en: "Turn on automatic backup so your files are always saved somewhere else too.",
        },
      },
    ],
    safety: {
      es: "Si el disco hace clics o la computadora se cayó, apagala y no insistas: cada arranque puede dañar más los datos.",
      en: "If the drive clicks or the computer was dropped, turn it off and don't keep trying: each start can damage the data further.",
    },
  },
  {
    device: "notebook",
    problem: "account",
    title: {
      es: "No puedo entrar a la computadora o a mi cuenta",
      en: "Can't sign in to the computer or my account",
    },
    quick: [
      {
        text: {
          es: "Revisá Bloq Mayús y el idioma del teclado (abajo a la derecha en la pantalla de inicio de sesión).",
          en: "Check Caps Lock and the keyboard language (bottom right on the sign-in screen).",
        },
        help: {
          es: "Si el teclado quedó en inglés (ENG), la @, la ñ y algunos símbolos cambian de lugar y la contraseña no coincide. Tocá el indicador de idioma y elegí ESP. Tocá el ojo del campo de contraseña para ver lo que escribís.",
          en: "If the keyboard layout changed (for example to ES instead of ENG), @ and some symbols move and the password won't match. Click the language indicator to pick the right layout. Click the eye icon in the password box to see what you're typing.",
        },
        simple: {
          es: "Fijate que no estén trabadas las mayúsculas y tocá el ojito para ver lo que escribís.",
          en: "Make sure capital letters aren't locked on, and click the eye to see what you type.",
        },
      },
      {
        text: {
          es: "Si olvidaste el PIN, tocá «Olvidé mi PIN» debajo del campo y seguí los pasos.",
          en: "If you forgot the PIN, click “I forgot my PIN” under the box and follow the steps.",
        },
        help: {
          es: "El PIN de Windows está atado a tu cuenta Microsoft: te va a pedir la contraseña de esa cuenta o un código enviado a tu correo o celular, y después te deja crear un PIN nuevo. Hace falta conexión a internet: conectate al wifi desde el ícono de red de la pantalla de inicio.",
          en: "The Windows PIN is tied to your Microsoft account: it will ask for that account's password or a code sent to your email or phone, then let you create a new PIN. It needs an internet connection: join the Wi-Fi from the network icon on the sign-in screen.",
        },
        simple: {
          es: "Tocá «Olvidé mi PIN» y seguí lo que te pide la pantalla.",
          en: "Click “I forgot my PIN” and follow what the screen asks.",
        },
      },
      {
        text: {
          es: "Si olvidaste la contraseña de tu cuenta Microsoft, restablecela desde el celular en account.live.com/password/reset.",
          en: "If you forgot your Microsoft account password, reset it from your phone at account.live.com/password/reset.",
        },
        help: {
          es: "Escribí el correo de la cuenta y elegí recibir un código por mail o SMS. Después usá la nueva contraseña en la computadora (conectada a internet). En Mac, usá la opción de restablecer con tu Apple ID que aparece tras varios intentos fallidos.",
          en: "Enter the account's email and choose to get a code by email or text. Then use the new password on the computer (connected to the internet). On a Mac, use the option to reset with your Apple ID that appears after a few failed attempts.",
        },
        simple: {
          es: "Desde el celular podés crear una contraseña nueva para tu cuenta de Microsoft.",
          en: "From your phone you can create a new password for your Microsoft account.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Si es una cuenta local, respondé las preguntas de seguridad que aparecen al equivocarte.",
          en: "If it's a local account, answer the security questions that appear after a wrong password.",
        },
        help: {
          es: "Las cuentas locales (sin correo) muestran «Restablecer contraseña» después de un intento fallido, y piden las respuestas que cargaste al crearla. Si no las recordás y no hay otra cuenta de administrador, hace falta asistencia técnica: traé la computadora con tu comprobante de compra.",
          en: "Local accounts (without an email) show “Reset password” after a failed attempt and ask for the answers you set up when creating them. If you can't remember them and there's no other administrator account, you'll need technical help: bring the computer with proof of purchase.",
        },
        simple: {
          es: "Si tu usuario no tiene mail, Windows te hace unas preguntas para recuperarlo.",
          en: "If your user has no email, Windows asks some questions to get you back in.",
        },
      },
      {
        text: {
          es: "Ya dentro, agregá un correo y un celular de recuperación y anotá tu PIN en un lugar seguro.",
          en: "Once in, add a recovery email and phone, and write your PIN down somewhere safe.",
        },
        help: {
          es: "Entrá a account.microsoft.com > Seguridad para revisar los datos de recuperación. En Windows: Configuración > Cuentas > Opciones de inicio de sesión para cambiar el PIN. Guardalo en papel en casa o en un gestor de contraseñas, no en un archivo de la misma computadora.",
          en: "Go to account.microsoft.com > Security to check your recovery details. On Windows: Settings > Accounts > Sign-in options to change the PIN. Keep it on paper at home or in a password manager, not in a file on the same computer.",
        },
        simple: {
          es: "Cuando entres, cargá tu mail y tu celular para poder recuperar la cuenta la próxima vez.",
          en: "Once in, add your email and phone so you can recover the account next time.",
        },
      },
    ],
    safety: {
      es: "Nunca escribas tu contraseña ni tu PIN en este chat. Para desbloquear un equipo ajeno no podemos ayudarte sin prueba de que es tuyo.",
      en: "Never type your password or PIN in this chat. We can't help unlock a device without proof that it's yours.",
    },
  },
];
