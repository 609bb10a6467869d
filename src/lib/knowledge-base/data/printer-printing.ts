import type { KbEntry } from "../types";

/** Printer: won't print or prints badly. */
export const PRINTER_PRINTING: readonly KbEntry[] = [
  {
    device: "printer",
    problem: "printing",
    title: { es: "Impresora que no imprime o imprime mal", en: "Printer that won't print or prints badly" },
    quick: [
      {
        text: {
          es: "Mirá el panel de la impresora: si hay una luz que titila o un mensaje, resolvé eso primero (papel, tapa, tinta).",
          en: "Look at the printer's panel: if a light is blinking or there's a message, deal with that first (paper, cover, ink).",
        },
        help: {
          es: "Una luz naranja o titilando suele ser falta de papel, papel trabado o tapa abierta. Si hay papel trabado, apagá la impresora y tiralo despacio hacia afuera. Acomodá las hojas derechas, sin pasar la marca de capacidad, y ajustá la guía lateral.",
          en: "An orange or blinking light usually means no paper, a paper jam or an open cover. For a jam, turn the printer off and pull the sheet out gently. Load the sheets straight, without going over the capacity mark, and slide the side guide against them.",
        },
        simple: {
          es: "Fijate si alguna lucecita titila: suele ser falta de hojas o un papel trabado.",
          en: "See if any light is blinking: it's usually out of paper or a jammed sheet.",
        },
      },
      {
        text: {
          es: "Abrí la cola de impresión, cancelá todos los documentos y desmarcá «Usar impresora sin conexión».",
          en: "Open the print queue, cancel every document and untick “Use Printer Offline”.",
        },
        help: {
          es: "En Windows: Configuración > Bluetooth y dispositivos > Impresoras y escáneres > tu impresora > Abrir cola de impresión. Menú Impresora > Cancelar todos los documentos, y fijate que «Usar impresora sin conexión» no esté tildado. Un documento trabado bloquea todos los siguientes.",
          en: "On Windows: Settings > Bluetooth & devices > Printers & scanners > your printer > Open print queue. Printer menu > Cancel All Documents, and make sure “Use Printer Offline” isn't ticked. One stuck document blocks all the ones after it.",
        },
        simple: {
          es: "Borrá todo lo que quedó esperando para imprimir y volvé a mandar el documento.",
          en: "Clear everything waiting to print and send the document again.",
        },
      },
      {
        text: {
          es: "Fijate que estés mandando a la impresora correcta: marcala como predeterminada.",
          en: "Make sure you're printing to the right printer: set it as the default.",
        },
        help: {
          es: "Windows a veces manda a «Microsoft Print to PDF», a «OneNote» o a una copia de la impresora («Copia 1»). En Impresoras y escáneres, desactivá «Permitir que Windows administre la impresora predeterminada», elegí tu impresora > Establecer como predeterminada. Si hay duplicadas, usá la que diga «Inactiva» o «Lista», no «Sin conexión».",
          en: "Windows sometimes sends jobs to “Microsoft Print to PDF”, “OneNote” or a duplicate (“Copy 1”). In Printers & scanners, turn off “Let Windows manage my default printer”, choose your printer > Set as default. If there are duplicates, use the one showing “Idle” or “Ready”, not “Offline”.",
        },
        simple: {
          es: "Elegí tu impresora en la lista al imprimir, no otra que se llame parecido.",
          en: "Choose your printer in the list when printing, not another with a similar name.",
        },
      },
      {
        text: {
          es: "Revisá los niveles de tinta o tóner en los tanques, la pantalla de la impresora o su app.",
          en: "Check the ink or toner levels on the tanks, the printer's screen or its app.",
        },
        help: {
          es: "En impresoras de tanque (Epson EcoTank, HP Smart Tank, Canon G), mirá los tanques de frente: no dejes que bajen de la línea mínima. En las de cartucho, el nivel aparece en la pantalla o en HP Smart, Epson Smart Panel o Canon PRINT. Algunas no imprimen nada si falta un solo color.",
          en: "On ink-tank printers (Epson EcoTank, HP Smart Tank, Canon G series), look at the tanks from the front: don't let them drop below the minimum line. On cartridge printers, levels show on the screen or in HP Smart, Epson Smart Panel or Canon PRINT. Some won't print at all if one colour is empty.",
        },
        simple: {
          es: "Fijate si le queda tinta en todos los colores.",
          en: "Check there's ink left in every colour.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Si sale con rayas, desteñido o faltan colores, imprimí un test de inyectores y hacé una limpieza de cabezales.",
          en: "If prints are streaky, faded or missing colours, print a nozzle check and run a head cleaning.",
        },
        help: {
          es: "Está en el menú de la impresora (Mantenimiento o Configuración) o en el programa del driver > Mantenimiento. Si en el test faltan líneas, hacé una limpieza, esperá unos minutos y repetí el test. Hasta tres limpiezas; si no mejora, los cabezales pueden estar tapados o con aire y conviene traerla.",
          en: "It's in the printer's menu (Maintenance or Setup) or in the driver software > Maintenance. If lines are missing in the check, run a cleaning, wait a few minutes and repeat the check. Up to three cleanings; if it doesn't improve, the heads may be clogged or have air in them and it's worth bringing it in.",
        },
        simple: {
          es: "Usá la opción de limpieza de la impresora; si después de tres veces sigue igual, traela.",
          en: "Use the printer's cleaning option; if it's the same after three tries, bring it in.",
        },
      },
      {
        text: {
          es: "Reiniciá el servicio «Cola de impresión»: Windows+R, escribí services.msc y reinicialo.",
          en: "Restart the “Print Spooler” service: Windows+R, type services.msc and restart it.",
        },
        help: {
          es: "En la lista de servicios buscá «Cola de impresión», clic derecho > Reiniciar. Esto destraba documentos que no se dejan cancelar y el estado «Error - Imprimiendo». Después volvé a mandar el documento. Si el servicio se detiene solo, hay un driver dañado.",
          en: "In the services list find “Print Spooler”, right-click > Restart. This clears documents that won't cancel and the “Error - Printing” status. Then send the document again. If the service keeps stopping by itself, a driver is damaged.",
        },
        simple: {
          es: "Hay un servicio de Windows que maneja las impresiones; reiniciarlo destraba todo. Te guiamos.",
          en: "A Windows service handles printing; restarting it unblocks things. We can guide you.",
        },
      },
      {
        text: {
          es: "Quitá la impresora y reinstalala con el driver oficial del modelo exacto.",
          en: "Remove the printer and reinstall it with the official driver for the exact model.",
        },
        help: {
          es: "Impresoras y escáneres > tu impresora > Quitar. Buscá el modelo exacto (etiqueta en el frente o atrás) en la página de soporte de HP, Epson, Canon o Brother, descargá el paquete completo y seguí el asistente. En Mac: Ajustes del Sistema > Impresoras y escáneres > quitar (−) y agregar (+).",
          en: "Printers & scanners > your printer > Remove. Look up the exact model (label on the front or back) on the HP, Epson, Canon or Brother support site, download the full package and follow the wizard. On a Mac: System Settings > Printers & Scanners > remove (−) and add (+).",
        },
        simple: {
          es: "Borrá la impresora de la compu e instalala de nuevo desde la página de la marca.",
          en: "Remove the printer from the computer and install it again from the brand's website.",
        },
      },
    ],
    safety: {
      es: "Apagá la impresora antes de sacar papel trabado y no fuerces el carro de los cartuchos. No uses tinta de otra marca en los tanques.",
      en: "Turn the printer off before removing jammed paper and don't force the cartridge carriage. Don't put other brands' ink in the tanks.",
    },
  },
];
