import type { KbEntry } from "../types";

/** Storage (external drives, USB sticks, memory cards): not recognised, lost data. */
export const STORAGE: readonly KbEntry[] = [
  {
    device: "storage",
    problem: "peripheral",
    title: {
      es: "Disco, pendrive o tarjeta que no se reconoce",
      en: "Drive, USB stick or card not recognised",
    },
    quick: [
      {
        text: {
          es: "Conectalo en otro puerto USB, directo a la computadora, y probá con otro cable si es un disco externo.",
          en: "Plug it into another USB port, directly on the computer, and try another cable if it's an external drive.",
        },
        help: {
          es: "Los cables de los discos externos se dañan seguido, sobre todo los de conector micro USB 3.0 (ancho). Evitá hubs y alargues. En PC de escritorio, usá un puerto de atrás. Si el disco es de 3,5 pulgadas, necesita su propia fuente enchufada.",
          en: "External drive cables fail often, especially the wide micro USB 3.0 kind. Avoid hubs and extensions. On a desktop, use a rear port. If it's a 3.5-inch drive, it needs its own power adapter plugged in.",
        },
        simple: {
          es: "Enchufalo en otro agujero USB y, si es un disco, probá con otro cable.",
          en: "Plug it into another USB socket and, if it's a drive, try another cable.",
        },
      },
      {
        text: {
          es: "Abrí Administración de discos (clic derecho en Inicio) y fijate si aparece aunque no tenga letra.",
          en: "Open Disk Management (right-click Start) and see whether it shows up even without a drive letter.",
        },
        help: {
          es: "Si aparece con su tamaño pero sin letra, clic derecho sobre la partición > Cambiar la letra y rutas de acceso > Agregar. Si aparece como «No inicializado» o «No asignado», NO lo inicialices ni formatees: eso borra los datos. En Mac, mirá en Utilidad de Discos y tocá «Montar».",
          en: "If it shows its size but no letter, right-click the partition > Change Drive Letter and Paths > Add. If it shows “Not initialized” or “Unallocated”, DO NOT initialize or format it: that erases the data. On a Mac, check Disk Utility and click “Mount”.",
        },
        simple: {
          es: "Windows tiene una pantalla que muestra todos los discos; ahí vemos si lo detecta. Te guiamos.",
          en: "Windows has a screen that lists every drive; there we can see if it's detected. We can guide you.",
        },
      },
      {
        text: {
          es: "En tarjetas SD, revisá la trabita del costado (tiene que estar arriba, sin «Lock») y probá otro lector.",
          en: "On SD cards, check the small side switch (it must be up, not on “Lock”) and try another reader.",
        },
        help: {
          es: "Con la traba en «Lock» la tarjeta se ve pero no deja guardar ni borrar. Las microSD en adaptador pueden fallar por el adaptador: probá otro o un lector USB. Si la tarjeta venía de una cámara o un celular, probala también en ese equipo.",
          en: "With the switch on “Lock” the card is visible but won't let you save or delete. microSD cards in an adapter can fail because of the adapter: try another, or a USB reader. If the card came from a camera or phone, test it in that device too.",
        },
        simple: {
          es: "Fijate que la trabita de la tarjeta no esté en «Lock» y probala en otro lector.",
          en: "Check the card's little switch isn't on “Lock” and try it in another reader.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Si Windows dice «Es necesario formatear el disco», elegí Cancelar: formatear borra los datos.",
          en: "If Windows says “You need to format the disk”, choose Cancel: formatting erases the data.",
        },
        help: {
          es: "Ese mensaje aparece cuando el sistema de archivos se dañó, por ejemplo al desconectar sin «Expulsar». Los datos suelen seguir ahí. Si el contenido no importa, podés formatear; si importa, no lo uses más y traelo para recuperar la información primero.",
          en: "That message appears when the file system is damaged, for example after unplugging without “Eject”. The data is usually still there. If the contents don't matter, you can format; if they do, stop using it and bring it in to recover the information first.",
        },
        simple: {
          es: "Si te pide formatear, decí que no: se borraría todo.",
          en: "If it asks you to format, say no: everything would be erased.",
        },
      },
      {
        text: {
          es: "Si el disco hace clics, pitidos o no gira, desconectalo y no insistas.",
          en: "If the drive clicks, beeps or doesn't spin, disconnect it and stop trying.",
        },
        help: {
          es: "Son síntomas de daño mecánico (cabezales o motor), frecuentes después de una caída. Cada vez que se conecta puede rayar los platos y perder más datos. No lo abras ni lo golpees. Si la información es importante, traelo para una evaluación de recuperación.",
          en: "These are signs of mechanical damage (heads or motor), common after a drop. Every time it's connected it can scratch the platters and lose more data. Don't open it or tap it. If the information matters, bring it in for a recovery assessment.",
        },
        simple: {
          es: "Si el disco hace ruidos raros, desenchufalo y traelo sin seguir probando.",
          en: "If the drive makes strange noises, unplug it and bring it in without trying again.",
        },
      },
    ],
    safety: {
      es: "No inicialices, formatees ni uses «reparar» en un disco con datos importantes sin copia: puede borrarlos para siempre.",
      en: "Don't initialize, format or “repair” a drive with important data and no backup: it can erase it for good.",
    },
  },
  {
    device: "storage",
    problem: "data",
    title: {
      es: "Archivos perdidos en un disco, pendrive o tarjeta",
      en: "Lost files on a drive, USB stick or card",
    },
    quick: [
      {
        text: {
          es: "Dejá de guardar cosas en ese disco o tarjeta: lo nuevo puede pisar lo borrado.",
          en: "Stop saving anything to that drive or card: new data can overwrite what was deleted.",
        },
        help: {
          es: "En pendrives y tarjetas, lo que borrás no va a la papelera de la computadora, pero sigue físicamente hasta que algo lo reemplaza. Si es la tarjeta de una cámara o celular, sacala y no saques más fotos con ella.",
          en: "On USB sticks and cards, deleted files don't go to the computer's Recycle Bin, but they physically remain until something replaces them. If it's a camera or phone card, take it out and don't take more photos with it.",
        },
        simple: {
          es: "No guardes nada nuevo en ese pendrive o tarjeta hasta recuperar los archivos.",
          en: "Don't save anything new to that stick or card until the files are recovered.",
        },
      },
      {
        text: {
          es: "Mostrá los archivos ocultos: en el Explorador, Ver > Mostrar > Elementos ocultos.",
          en: "Show hidden files: in File Explorer, View > Show > Hidden items.",
        },
        help: {
          es: "Algunos virus de pendrive ocultan las carpetas y dejan accesos directos en su lugar. En Windows 10 es Vista > marcar «Elementos ocultos». Si aparecen carpetas transparentes con tus archivos, copialos a la computadora. No abras accesos directos sospechosos del pendrive.",
          en: "Some USB-stick viruses hide folders and leave shortcuts in their place. On Windows 10 it's View > tick “Hidden items”. If faded folders with your files appear, copy them to the computer. Don't open suspicious shortcuts on the stick.",
        },
        simple: {
          es: "A veces los archivos están escondidos; hay una opción para mostrarlos. Te guiamos.",
          en: "Sometimes files are just hidden; there's an option to show them. We can guide you.",
        },
      },
      {
        text: {
          es: "Buscá si esos archivos tienen copia en otro lado: la nube, la computadora o el celular de origen.",
          en: "Check whether those files have a copy elsewhere: the cloud, the computer or the original phone.",
        },
        help: {
          es: "Las fotos de un celular pueden estar en Google Fotos o iCloud; los documentos, en el correo donde los mandaste o en OneDrive. Revisá también la papelera de la computadora si los borraste desde un disco interno.",
          en: "Photos from a phone may be in Google Photos or iCloud; documents may be in the email you sent them with or in OneDrive. Also check the computer's Recycle Bin if you deleted them from an internal drive.",
        },
        simple: {
          es: "Fijate si esas fotos o archivos también están en la nube, el mail o el celular.",
          en: "Check whether those photos or files are also in the cloud, your email or your phone.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Probá un programa de recuperación (por ejemplo PhotoRec) instalado en la computadora, guardando lo recuperado en otro disco.",
          en: "Try a recovery program (for example PhotoRec) installed on the computer, saving what it finds to a different drive.",
        },
        help: {
          es: "Descargalo solo de su página oficial. Elegí como origen el pendrive o la tarjeta y como destino una carpeta de la computadora, nunca el mismo dispositivo. Funciona bien con fotos y documentos borrados o con tarjetas formateadas por error, si no se usaron después.",
          en: "Download it only from its official website. Choose the stick or card as the source and a folder on the computer as the destination, never the same device. It works well for deleted photos and documents, or cards formatted by mistake, if they weren't used afterwards.",
        },
        simple: {
          es: "Hay programas gratuitos que recuperan archivos borrados; te ayudamos a usarlos sin riesgos.",
          en: "Free programs can recover deleted files; we can help you use them safely.",
        },
      },
      {
        text: {
          es: "Si el disco no se reconoce, hace ruidos o se cayó, traelo para una recuperación profesional.",
          en: "If the drive isn't recognised, makes noises or was dropped, bring it in for professional recovery.",
        },
        help: {
          es: "Con daño físico, los programas no alcanzan y cada intento puede empeorarlo. En el taller hacemos primero una copia del disco y trabajamos sobre ella. Te damos un presupuesto antes de empezar, según el estado del disco.",
          en: "With physical damage, software isn't enough and every attempt can make it worse. At the shop we first make a copy of the drive and work on that. We'll give you a quote before starting, based on the drive's condition.",
        },
        simple: {
          es: "Si el disco está dañado, traelo: lo copiamos con cuidado antes de intentar recuperar nada.",
          en: "If the drive is damaged, bring it in: we copy it carefully before trying any recovery.",
        },
      },
    ],
    safety: {
      es: "No guardes los archivos recuperados en el mismo disco o tarjeta de donde los estás recuperando.",
      en: "Never save recovered files to the same drive or card you're recovering them from.",
    },
  },
];
