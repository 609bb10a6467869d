import type { KbEntry } from "../types";

/** Generic entries (any device): printing, anything else. */
export const GENERIC_MISC: readonly KbEntry[] = [
  {
    device: null,
    problem: "printing",
    title: { es: "No imprime o imprime mal", en: "Won't print or prints badly" },
    quick: [
      {
        text: {
          es: "Fijate que la impresora esté prendida, con papel y sin luces de error en el panel.",
          en: "Check the printer is on, has paper and shows no error lights on its panel.",
        },
        help: {
          es: "Una luz naranja o que parpadea suele indicar falta de papel, papel trabado, tapa abierta o tinta agotada. Leé el mensaje en la pantallita si tiene. Acomodá el papel derecho, sin pasarte de la marca de capacidad.",
          en: "An orange or blinking light usually means it's out of paper, has a jam, a cover is open or ink is empty. Read the message on its little screen if it has one. Load the paper straight, without going over the capacity mark.",
        },
        simple: {
          es: "Fijate que esté prendida, que tenga hojas y que no titile ninguna luz.",
          en: "Check it's on, has paper and no light is blinking.",
        },
      },
      {
        text: {
          es: "Borrá los trabajos trabados en la cola de impresión y mandá a imprimir de nuevo.",
          en: "Clear stuck jobs from the print queue and print again.",
        },
        help: {
          es: "En Windows: Configuración > Bluetooth y dispositivos > Impresoras y escáneres > tu impresora > Abrir cola de impresión. Cancelá todos los documentos. Si alguno no se borra, reiniciá la computadora y la impresora.",
          en: "On Windows: Settings > Bluetooth & devices > Printers & scanners > your printer > Open print queue. Cancel every document. If one won't go away, restart both the computer and the printer.",
        },
        simple: {
          es: "Cancelá todo lo que quedó pendiente para imprimir y probá otra vez.",
          en: "Cancel everything waiting to print and try again.",
        },
      },
      {
        text: {
          es: "Revisá el nivel de tinta o tóner desde la impresora o su programa.",
          en: "Check the ink or toner level on the printer or in its software.",
        },
        help: {
          es: "En impresoras con tanque de tinta, mirá los tanques de frente. En las de cartucho, el nivel aparece en la pantalla de la impresora o en su programa (HP Smart, Epson, etc.). Con un color vacío, algunas impresoras no imprimen nada.",
          en: "On ink-tank printers, look at the tanks from the front. On cartridge printers, the level shows on the printer's screen or in its app (HP Smart, Epson, etc.). With one colour empty, some printers won't print at all.",
        },
        simple: {
          es: "Fijate si le queda tinta.",
          en: "Check whether it still has ink.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Si sale con rayas o colores faltantes, hacé un test de inyectores y una limpieza de cabezales.",
          en: "If prints come out streaky or missing colours, run a nozzle check and a head cleaning.",
        },
        help: {
          es: "Está en el menú de la impresora (Mantenimiento o Configuración) o en su programa, en Mantenimiento. Imprimí el test, hacé una limpieza si faltan líneas y repetí el test. No hagas más de tres limpiezas seguidas: gastan mucha tinta.",
          en: "It's in the printer's menu (Maintenance or Setup) or in its software under Maintenance. Print the check, run a cleaning if lines are missing and print the check again. Don't run more than three cleanings in a row: they use a lot of ink.",
        },
        simple: {
          es: "Usá la opción de limpieza que trae la impresora en su menú.",
          en: "Use the cleaning option in the printer's menu.",
        },
      },
      {
        text: {
          es: "Quitá la impresora de la computadora y volvé a agregarla con el driver del fabricante.",
          en: "Remove the printer from the computer and add it again with the maker's driver.",
        },
        help: {
          es: "En Windows: Impresoras y escáneres > tu impresora > Quitar. Después descargá el driver de la página oficial de la marca (buscá el modelo exacto), instalalo y seguí el asistente. Volvé a marcarla como predeterminada.",
          en: "On Windows: Printers & scanners > your printer > Remove. Then download the driver from the brand's official website (search the exact model), install it and follow the wizard. Set it as the default printer again.",
        },
        simple: {
          es: "Borrá la impresora de la compu y volvé a instalarla desde la página de la marca.",
          en: "Remove the printer from the computer and install it again from the brand's website.",
        },
      },
    ],
    safety: {
      es: "Apagá la impresora antes de meter la mano para sacar un papel trabado, y tirá despacio en el sentido de salida.",
      en: "Turn the printer off before reaching in for a jammed sheet, and pull it gently in the direction paper comes out.",
    },
  },
  {
    device: null,
    problem: "other",
    title: { es: "Otro problema", en: "Something else" },
    quick: [
      {
        text: {
          es: "Reiniciá el equipo por completo y fijate si el problema sigue.",
          en: "Fully restart the device and see if the problem is still there.",
        },
        help: {
          es: "Un reinicio cierra programas trabados y recarga el sistema desde cero; resuelve una buena parte de las fallas raras. Usá la opción «Reiniciar» del menú en vez de solo apagar la pantalla.",
          en: "A restart closes stuck programs and reloads the system from scratch; it solves a good share of odd faults. Use the “Restart” option in the menu rather than just turning off the screen.",
        },
        simple: {
          es: "Apagalo y volvé a prenderlo con la opción «Reiniciar».",
          en: "Turn it off and on again with the “Restart” option.",
        },
      },
      {
        text: {
          es: "Anotá o fotografiá el mensaje de error exacto y cuándo aparece.",
          en: "Write down or photograph the exact error message and when it appears.",
        },
        help: {
          es: "El texto exacto, un código (por ejemplo 0x80070005) o la app donde pasa son claves para encontrar la causa. Si podés, escribilo en este chat tal cual aparece. Anotá también si pasa siempre o solo al hacer algo en particular.",
          en: "The exact wording, a code (for example 0x80070005) or the app where it happens are key to finding the cause. If you can, type it in this chat exactly as shown. Also note whether it always happens or only when you do something in particular.",
        },
        simple: {
          es: "Sacale una foto al cartel de error para que lo podamos ver.",
          en: "Take a picture of the error message so we can see it.",
        },
      },
      {
        text: {
          es: "Pensá qué cambió justo antes: una actualización, un programa nuevo, un golpe o un corte de luz.",
          en: "Think about what changed just before: an update, a new program, a drop or a power cut.",
        },
        help: {
          es: "Casi todas las fallas empiezan después de algo. Si instalaste un programa o una app, desinstalalo. Si fue una actualización, a veces se puede deshacer. Si fue un golpe, una tormenta o un líquido, es probable que sea hardware y conviene traerlo.",
          en: "Almost every fault starts after something. If you installed a program or app, uninstall it. If it was an update, it can sometimes be undone. If it was a drop, a storm or a spill, it's likely hardware and it's worth bringing in.",
        },
        simple: {
          es: "Acordate qué pasó antes de que empezara la falla.",
          en: "Think back to what happened before the fault started.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Instalá las actualizaciones pendientes del sistema y de la app que falla.",
          en: "Install pending updates for the system and for the app that's failing.",
        },
        help: {
          es: "Muchos errores ya tienen solución en una actualización. En Windows: Configuración > Windows Update. En celulares: Ajustes > Sistema (o General) > Actualización de software, y la tienda de apps para las aplicaciones.",
          en: "Many errors are already fixed by an update. On Windows: Settings > Windows Update. On phones: Settings > System (or General) > Software update, and the app store for apps.",
        },
        simple: {
          es: "Actualizá el equipo y la aplicación que da problemas.",
          en: "Update the device and the app that's giving trouble.",
        },
      },
      {
        text: {
          es: "Hacé una copia de seguridad de tus archivos importantes antes de probar cualquier arreglo mayor.",
          en: "Back up your important files before trying any bigger fix.",
        },
        help: {
          es: "Si el problema sigue, la solución puede incluir reinstalar o restablecer el equipo, y eso borra todo. Copiá fotos, documentos y contactos a la nube o a un disco externo. Si no sabés cómo, te ayudamos en el taller.",
          en: "If the problem continues, the fix may involve reinstalling or resetting the device, which erases everything. Copy photos, documents and contacts to the cloud or an external drive. If you're not sure how, we can help at the shop.",
        },
        simple: {
          es: "Guardá tus fotos y documentos en otro lado por las dudas.",
          en: "Save your photos and documents somewhere else, just in case.",
        },
      },
    ],
  },
];
