import type { KbEntry } from "../types";

/** Desktop PC: slow, screen. */
export const DESKTOP_PERFORMANCE: readonly KbEntry[] = [
  {
    device: "desktop",
    problem: "slow",
    title: { es: "PC de escritorio lenta o que se traba", en: "Slow or freezing desktop PC" },
    quick: [
      {
        text: {
          es: "Abrí el Administrador de tareas con Ctrl+Shift+Esc y ordená por CPU, Memoria y Disco.",
          en: "Open Task Manager with Ctrl+Shift+Esc and sort by CPU, Memory and Disk.",
        },
        help: {
          es: "En la pestaña Procesos, hacé clic en el título de cada columna. Si un programa que no usás está arriba, seleccionalo > Finalizar tarea. Si el Disco está casi siempre al 100%, es muy probable que la PC tenga un disco mecánico que ya no da abasto.",
          en: "On the Processes tab, click each column header. If a program you're not using is at the top, select it > End task. If Disk sits near 100% most of the time, the PC very likely has a mechanical drive that can't keep up.",
        },
        simple: {
          es: "Apretá Ctrl, Shift y Esc juntas para ver qué programa está gastando más.",
          en: "Press Ctrl, Shift and Esc together to see which program is using the most.",
        },
      },
      {
        text: {
          es: "Deshabilitá programas de inicio en Administrador de tareas > Aplicaciones de arranque (o «Inicio» en Windows 10).",
          en: "Disable startup programs in Task Manager > Startup apps (or “Startup” on Windows 10).",
        },
        help: {
          es: "Fijate la columna «Impacto de inicio». Clic derecho > Deshabilitar en los que no necesitás apenas prendés (launchers de juegos, Spotify, Teams, actualizadores). Siguen funcionando cuando los abrís a mano. No toques el antivirus ni los de audio o video.",
          en: "Check the “Startup impact” column. Right-click > Disable on what you don't need as soon as the PC starts (game launchers, Spotify, Teams, updaters). They still work when you open them yourself. Leave the antivirus and audio or graphics tools alone.",
        },
        simple: {
          es: "Hacé que menos programas se abran solos al prender la PC.",
          en: "Stop some programs from opening by themselves when the PC starts.",
        },
      },
      {
        text: {
          es: "Dejá al menos un 15% libre en el disco C: desde Configuración > Sistema > Almacenamiento.",
          en: "Keep at least 15% of drive C: free from Settings > System > Storage.",
        },
        help: {
          es: "Ahí ves cuánto ocupa cada categoría. Usá «Recomendaciones de limpieza» o «Archivos temporales» para borrar lo que sobra, vaciá la papelera y revisá Descargas. Los videos y las instalaciones de juegos viejos suelen ser lo que más ocupa.",
          en: "There you can see how much each category takes. Use “Cleanup recommendations” or “Temporary files” to clear what's left over, empty the Recycle Bin and check Downloads. Videos and old game installs usually take the most space.",
        },
        simple: {
          es: "Borrá archivos y juegos que no uses para que la PC tenga lugar libre.",
          en: "Delete files and games you don't use so the PC has free space.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Instalá las actualizaciones de Windows Update y de los drivers de la placa de video, y reiniciá.",
          en: "Install Windows Update updates and the graphics card drivers, then restart.",
        },
        help: {
          es: "Configuración > Windows Update > Buscar actualizaciones. Para la placa de video, usá la app oficial (NVIDIA App, AMD Adrenalin o Intel) o bajá el driver de su página. Reiniciá con «Reiniciar», no con «Apagar».",
          en: "Settings > Windows Update > Check for updates. For the graphics card, use the official app (NVIDIA App, AMD Adrenalin or Intel) or download the driver from their website. Restart with “Restart”, not “Shut down”.",
        },
        simple: {
          es: "Actualizá Windows y el programa de la placa de video, y reiniciá.",
          en: "Update Windows and the graphics card software, then restart.",
        },
      },
      {
        text: {
          es: "Escuchá los ventiladores y mirá las rejillas: si hay mucho ruido o polvo, necesita una limpieza interna.",
          en: "Listen to the fans and look at the vents: lots of noise or dust means it needs an internal cleaning.",
        },
        help: {
          es: "Con polvo acumulado, el procesador se calienta y baja la velocidad. Podés limpiar las rejillas exteriores con un pincel con la PC apagada y desenchufada. La limpieza interna y el cambio de pasta térmica conviene hacerlos en el taller.",
          en: "With built-up dust, the processor heats up and slows down. You can brush the outside vents with the PC off and unplugged. Internal cleaning and new thermal paste are best done at the shop.",
        },
        simple: {
          es: "Si la PC hace mucho ruido o tiene polvo, necesita una limpieza por dentro.",
          en: "If the PC is noisy or dusty, it needs cleaning on the inside.",
        },
      },
      {
        text: {
          es: "Si tiene disco HDD, consultanos por pasar a un SSD: es la mejora que más se nota.",
          en: "If it has an HDD, ask us about moving to an SSD: it's the most noticeable upgrade.",
        },
        help: {
          es: "En Administrador de tareas > Rendimiento > Disco figura si es HDD o SSD. Con un SSD, Windows arranca en segundos. En el taller clonamos el disco para que no pierdas programas ni archivos. También podemos ver si conviene sumar memoria RAM.",
          en: "Task Manager > Performance > Disk shows whether it's an HDD or SSD. With an SSD, Windows starts in seconds. At the shop we clone the drive so you keep your programs and files. We can also check whether adding RAM is worth it.",
        },
        simple: {
          es: "Cambiar el disco viejo por uno nuevo (SSD) la hace mucho más rápida.",
          en: "Replacing an old-style disk with a new one (SSD) makes it much faster.",
        },
      },
    ],
  },
  {
    device: "desktop",
    problem: "display",
    title: { es: "PC sin imagen o con problemas de pantalla", en: "PC with no picture or screen problems" },
    quick: [
      {
        text: {
          es: "Fijate que el monitor esté encendido y en la entrada correcta (HDMI, DisplayPort o VGA).",
          en: "Check the monitor is on and set to the right input (HDMI, DisplayPort or VGA).",
        },
        help: {
          es: "Si la luz del monitor está naranja o dice «Sin señal», el monitor anda pero no recibe imagen. Usá su botón «Input» o «Source» (o el menú) para elegir la entrada donde está conectado el cable.",
          en: "If the monitor's light is orange or it says “No signal”, the monitor works but isn't receiving a picture. Use its “Input” or “Source” button (or the menu) to pick the input the cable is plugged into.",
        },
        simple: {
          es: "Prendé el monitor y elegí con sus botones la entrada del cable.",
          en: "Turn on the monitor and use its buttons to pick the cable's input.",
        },
      },
      {
        text: {
          es: "Si tenés placa de video, conectá el monitor en sus salidas (abajo, en horizontal) y no en las de la placa madre.",
          en: "If you have a graphics card, plug the monitor into its outputs (lower down, horizontal), not the motherboard's.",
        },
        help: {
          es: "Atrás del gabinete hay dos grupos de salidas: las de la placa madre (arriba, en vertical) y las de la placa de video (más abajo, en una fila horizontal). Con placa de video instalada, las de arriba suelen quedar desactivadas y el monitor dice «Sin señal».",
          en: "At the back of the case there are two sets of outputs: the motherboard's (higher up, vertical) and the graphics card's (lower, in a horizontal row). With a graphics card installed, the upper ones are usually disabled and the monitor shows “No signal”.",
        },
        simple: {
          es: "Atrás de la PC, probá enchufar el cable de la pantalla en el otro lugar, más abajo.",
          en: "At the back of the PC, try the screen cable in the other socket, lower down.",
        },
      },
      {
        text: {
          es: "Desconectá y reconectá el cable de video en los dos extremos, o probá otro cable.",
          en: "Unplug and replug the video cable at both ends, or try another cable.",
        },
        help: {
          es: "Un cable flojo provoca parpadeos, colores raros o «Sin señal». Los VGA y DVI tienen tornillos: ajustalos con la mano. Si tenés otro cable HDMI o DisplayPort, probalo: es una falla muy común.",
          en: "A loose cable causes flicker, odd colours or “No signal”. VGA and DVI cables have screws: tighten them by hand. If you have another HDMI or DisplayPort cable, try it: it's a very common fault.",
        },
        simple: {
          es: "Sacá y volvé a poner el cable de la pantalla, bien firme.",
          en: "Take the screen cable out and put it back in firmly.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Si hay imagen pero se ve mal, apretá Windows+Ctrl+Shift+B y revisá la resolución recomendada.",
          en: "If there's a picture but it looks wrong, press Windows+Ctrl+Shift+B and check the recommended resolution.",
        },
        help: {
          es: "Ese atajo reinicia el driver de video (parpadea y pita: es normal). Después, en Configuración > Sistema > Pantalla, elegí la resolución marcada «(recomendado)». Si usás dos monitores, Windows+P te deja elegir Duplicar o Extender.",
          en: "That shortcut restarts the graphics driver (it flickers and beeps: that's normal). Then, in Settings > System > Display, pick the resolution marked “(Recommended)”. With two monitors, Windows+P lets you choose Duplicate or Extend.",
        },
        simple: {
          es: "Apretá juntas Windows, Ctrl, Shift y B para reiniciar la imagen.",
          en: "Press Windows, Ctrl, Shift and B together to reset the picture.",
        },
      },
      {
        text: {
          es: "Actualizá o reinstalá el driver de la placa de video desde la página oficial (NVIDIA, AMD o Intel).",
          en: "Update or reinstall the graphics driver from the official site (NVIDIA, AMD or Intel).",
        },
        help: {
          es: "Si la imagen falla después de una actualización, en Administrador de dispositivos > Adaptadores de pantalla > Propiedades > Controlador, probá «Revertir al controlador anterior». Si no, bajá el driver más reciente del fabricante de tu placa de video e instalalo.",
          en: "If the picture broke after an update, in Device Manager > Display adapters > Properties > Driver, try “Roll Back Driver”. Otherwise download the latest driver from your graphics card maker and install it.",
        },
        simple: {
          es: "Hay que actualizar el programa de la placa de video; te guiamos si querés.",
          en: "The graphics card software needs updating; we can guide you.",
        },
      },
      {
        text: {
          es: "Probá el monitor con otra PC o notebook para saber si falla el monitor o la PC.",
          en: "Try the monitor with another PC or laptop to find out whether the monitor or the PC is failing.",
        },
        help: {
          es: "Si con otro equipo el monitor anda bien, el problema está en la PC (placa de video, memoria o configuración). Si con otro equipo también falla, el problema es el monitor o el cable. Con ese dato el diagnóstico en el taller es más rápido.",
          en: "If the monitor works fine with another device, the problem is the PC (graphics card, memory or settings). If it fails there too, it's the monitor or the cable. With that information the diagnosis at the shop is quicker.",
        },
        simple: {
          es: "Conectá la pantalla a otra compu para ver si el problema es la pantalla o la PC.",
          en: "Connect the screen to another computer to see if the problem is the screen or the PC.",
        },
      },
    ],
  },
];
