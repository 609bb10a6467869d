import type { KbEntry } from "../types";

/** Notebook: slow, malware. The malware entry is worded for any computer: desktops fall back to it. */
export const NOTEBOOK_PERFORMANCE: readonly KbEntry[] = [
  {
    device: "notebook",
    problem: "slow",
    title: { es: "Notebook lenta o que se traba", en: "Slow or freezing laptop" },
    quick: [
      {
        text: {
          es: "Abrí el Administrador de tareas con Ctrl+Shift+Esc y fijate qué usa más CPU, memoria o disco.",
          en: "Open Task Manager with Ctrl+Shift+Esc and see what's using the most CPU, memory or disk.",
        },
        help: {
          es: "En la pestaña Procesos, hacé clic en el título de cada columna para ordenar. Si un programa que no usás aparece arriba, seleccionalo y tocá «Finalizar tarea». Si «Disco» está siempre cerca del 100%, probablemente tenga un disco mecánico lento. En Mac, usá el Monitor de Actividad.",
          en: "On the Processes tab, click each column header to sort. If a program you're not using is at the top, select it and click “End task”. If “Disk” sits near 100% all the time, it probably has a slow mechanical drive. On a Mac, use Activity Monitor.",
        },
        simple: {
          es: "Apretá Ctrl, Shift y Esc juntas para ver qué programa está gastando más.",
          en: "Press Ctrl, Shift and Esc together to see which program is using the most.",
        },
      },
      {
        text: {
          es: "Desactivá los programas que arrancan solos en Administrador de tareas > Aplicaciones de arranque.",
          en: "Turn off programs that start by themselves in Task Manager > Startup apps.",
        },
        help: {
          es: "Muchos programas (Spotify, Teams, actualizadores) se abren solos al encender y hacen lento el arranque. Clic derecho > Deshabilitar en los que no necesitás al inicio; siguen funcionando cuando los abrís. No deshabilites el antivirus ni el de audio o touchpad.",
          en: "Many programs (Spotify, Teams, updaters) open at startup and slow it down. Right-click > Disable on the ones you don't need at startup; they still work when you open them. Don't disable the antivirus or the audio or touchpad ones.",
        },
        simple: {
          es: "Hacé que menos programas se abran solos al prender la notebook.",
          en: "Stop some programs from opening by themselves when the laptop starts.",
        },
      },
      {
        text: {
          es: "Liberá espacio en Configuración > Sistema > Almacenamiento > Recomendaciones de limpieza.",
          en: "Free up space in Settings > System > Storage > Cleanup recommendations.",
        },
        help: {
          es: "Con el disco C: casi lleno (menos de 15% libre), Windows se vuelve muy lento. Ahí podés borrar archivos temporales, vaciar la papelera y ver archivos grandes. Revisá también la carpeta Descargas. En Windows 10 el camino es Configuración > Sistema > Almacenamiento.",
          en: "With the C: drive nearly full (under 15% free), Windows gets very slow. There you can delete temporary files, empty the Recycle Bin and find large files. Check the Downloads folder too. On Windows 10 the path is Settings > System > Storage.",
        },
        simple: {
          es: "Borrá archivos que no uses para que la notebook tenga más lugar libre.",
          en: "Delete files you don't use so the laptop has more free space.",
        },
      },
      {
        text: {
          es: "Enchufala y elegí el modo de energía «Máximo rendimiento» o «Equilibrado».",
          en: "Plug it in and choose the “Best performance” or “Balanced” power mode.",
        },
        help: {
          es: "En batería, muchas notebooks bajan la velocidad para ahorrar. En Windows 11: Configuración > Sistema > Energía y batería > Modo de energía. En Windows 10, tocá el ícono de batería y mové la barra hacia «Máximo rendimiento».",
          en: "On battery, many laptops slow down to save power. On Windows 11: Settings > System > Power & battery > Power mode. On Windows 10, click the battery icon and move the slider towards “Best performance”.",
        },
        simple: {
          es: "Usala enchufada y poné la energía en «máximo rendimiento».",
          en: "Use it plugged in and set the power mode to “best performance”.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Instalá las actualizaciones de Windows Update, incluidas las opcionales de drivers, y reiniciá.",
          en: "Install Windows Update updates, including optional driver updates, and restart.",
        },
        help: {
          es: "Configuración > Windows Update > Buscar actualizaciones. En Opciones avanzadas > Actualizaciones opcionales suele haber drivers del fabricante. Reiniciá con «Reiniciar», no con «Apagar», para que se apliquen. La primera vez puede tardar.",
          en: "Settings > Windows Update > Check for updates. Under Advanced options > Optional updates there are often driver updates from the maker. Restart using “Restart”, not “Shut down”, so they apply. The first time may take a while.",
        },
        simple: {
          es: "Actualizá Windows desde la configuración y reiniciá la notebook.",
          en: "Update Windows from the settings and restart the laptop.",
        },
      },
      {
        text: {
          es: "Dejá un solo antivirus y desinstalá «optimizadores» o limpiadores.",
          en: "Keep just one antivirus and uninstall “optimisers” or cleaners.",
        },
        help: {
          es: "Dos antivirus juntos se pelean y ralentizan todo; Windows ya trae Microsoft Defender, que alcanza para uso hogareño. Los programas que prometen acelerar la PC suelen hacer lo contrario. Desinstalalos desde Configuración > Aplicaciones > Aplicaciones instaladas.",
          en: "Two antivirus programs together clash and slow everything down; Windows already includes Microsoft Defender, which is enough for home use. Programs promising to speed up your PC usually do the opposite. Uninstall them from Settings > Apps > Installed apps.",
        },
        simple: {
          es: "Dejá un solo antivirus y borrá los programas que prometen acelerar la compu.",
          en: "Keep a single antivirus and remove programs that promise to speed up the computer.",
        },
      },
      {
        text: {
          es: "Fijate si se calienta o el ventilador suena fuerte: usala sobre una mesa, con las rejillas libres.",
          en: "Check whether it runs hot or the fan is loud: use it on a table with the vents clear.",
        },
        help: {
          es: "Sobre la cama o las piernas se tapan las entradas de aire y el procesador baja la velocidad para no recalentarse. Si aun sobre la mesa quema o el ventilador no para, tiene polvo adentro o la pasta térmica seca: esa limpieza se hace en el taller.",
          en: "On a bed or your lap the air intakes get blocked and the processor slows down to avoid overheating. If it's still very hot on a table or the fan never stops, there's dust inside or dried thermal paste: that cleaning is done at the shop.",
        },
        simple: {
          es: "No la uses sobre la cama: ponela en una mesa para que respire.",
          en: "Don't use it on the bed: put it on a table so it can breathe.",
        },
      },
      {
        text: {
          es: "Si tiene disco mecánico (HDD), consultanos por un cambio a SSD: es la mejora que más se nota.",
          en: "If it has a mechanical hard drive (HDD), ask us about switching to an SSD: it's the most noticeable upgrade.",
        },
        help: {
          es: "En el Administrador de tareas > Rendimiento > Disco, fijate el tipo: si dice HDD, el disco es mecánico. Con un SSD la notebook arranca en segundos y los programas abren mucho más rápido. En el taller pasamos tus archivos y programas al disco nuevo.",
          en: "In Task Manager > Performance > Disk, check the type: if it says HDD, the drive is mechanical. With an SSD the laptop starts in seconds and programs open much faster. At the shop we move your files and programs to the new drive.",
        },
        simple: {
          es: "Si tiene un disco viejo, cambiarlo por uno nuevo (SSD) la hace mucho más rápida.",
          en: "If it has an old-style disk, replacing it with a new one (SSD) makes it much faster.",
        },
      },
    ],
  },
  {
    device: "notebook",
    problem: "malware",
    title: { es: "Computadora con virus o publicidad rara", en: "Computer with a virus or strange pop-ups" },
    quick: [
      {
        text: {
          es: "Cerrá los carteles de «virus detectado» sin tocarlos: si no se van, usá Ctrl+Shift+Esc y finalizá el navegador.",
          en: "Close “virus detected” pop-ups without clicking them: if they won't go, use Ctrl+Shift+Esc and end the browser.",
        },
        help: {
          es: "Esos carteles con alarmas y números de «soporte técnico» son estafas. En el Administrador de tareas, seleccioná el navegador (Chrome, Edge) y «Finalizar tarea». Al volver a abrirlo, si ofrece restaurar pestañas, decí que no. Nunca llames al número ni des acceso remoto.",
          en: "Those pop-ups with alarms and “tech support” numbers are scams. In Task Manager, select the browser (Chrome, Edge) and click “End task”. When you reopen it, say no if it offers to restore tabs. Never call the number or allow remote access.",
        },
        simple: {
          es: "No toques los carteles de virus; cerrá el navegador a la fuerza.",
          en: "Don't click the virus warnings; force the browser to close.",
        },
      },
      {
        text: {
          es: "Bloqueá las notificaciones de sitios en el navegador y quitá las extensiones que no conozcas.",
          en: "Block site notifications in the browser and remove extensions you don't recognise.",
        },
        help: {
          es: "Los avisos que aparecen junto al reloj con publicidad o «virus» suelen venir de páginas con permiso de notificación. En Chrome: Configuración > Privacidad y seguridad > Configuración de sitios > Notificaciones. En Edge: Configuración > Cookies y permisos del sitio > Notificaciones. Las extensiones, en el menú del navegador.",
          en: "Ads or “virus” alerts popping up by the clock usually come from websites allowed to send notifications. In Chrome: Settings > Privacy and security > Site settings > Notifications. In Edge: Settings > Cookies and site permissions > Notifications. Extensions are in the browser menu.",
        },
        simple: {
          es: "En el navegador, no dejes que las páginas te manden avisos y borrá agregados raros.",
          en: "In the browser, stop websites from sending alerts and remove strange add-ons.",
        },
      },
      {
        text: {
          es: "Desinstalá los programas que no reconozcas en Configuración > Aplicaciones > Aplicaciones instaladas.",
          en: "Uninstall programs you don't recognise in Settings > Apps > Installed apps.",
        },
        help: {
          es: "Ordená la lista por fecha de instalación y mirá lo que apareció cuando empezó el problema: barras de búsqueda, «optimizadores», descargadores o navegadores que no instalaste. En Mac, arrastrá a la Papelera las apps desconocidas de la carpeta Aplicaciones.",
          en: "Sort the list by install date and look at what appeared when the problem started: search toolbars, “optimisers”, downloaders or browsers you didn't install. On a Mac, drag unknown apps from the Applications folder to the Trash.",
        },
        simple: {
          es: "Borrá los programas que no sabés de dónde salieron.",
          en: "Remove programs you don't know where they came from.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Hacé el «Examen sin conexión de Microsoft Defender» desde Seguridad de Windows.",
          en: "Run the “Microsoft Defender Offline scan” from Windows Security.",
        },
        help: {
          es: "Seguridad de Windows > Protección antivirus y contra amenazas > Opciones de examen > Examen sin conexión de Microsoft Defender > Examinar ahora. La computadora se reinicia y revisa todo antes de que arranque Windows; tarda unos 15 minutos. Guardá tu trabajo antes.",
          en: "Windows Security > Virus & threat protection > Scan options > Microsoft Defender Offline scan > Scan now. The computer restarts and scans everything before Windows loads; it takes about 15 minutes. Save your work first.",
        },
        simple: {
          es: "Windows tiene un análisis profundo que revisa todo al reiniciar; activalo.",
          en: "Windows has a deep scan that checks everything during a restart; run it.",
        },
      },
      {
        text: {
          es: "Restablecé la configuración del navegador a los valores originales.",
          en: "Reset the browser settings to their defaults.",
        },
        help: {
          es: "Si cambió la página de inicio o el buscador solo, en Chrome: Configuración > Restablecer configuración > Restaurar la configuración a los valores predeterminados. En Edge: Configuración > Restablecer configuración. No borra tus favoritos ni contraseñas guardadas.",
          en: "If the home page or search engine changed by itself, in Chrome: Settings > Reset settings > Restore settings to their original defaults. In Edge: Settings > Reset settings. It doesn't delete your bookmarks or saved passwords.",
        },
        simple: {
          es: "Volvé el navegador a como venía de fábrica; no se borran tus favoritos.",
          en: "Put the browser back to how it came; your bookmarks stay.",
        },
      },
      {
        text: {
          es: "Desde otro equipo, cambiá las contraseñas del correo y del banco, y activá la verificación en dos pasos.",
          en: "From another device, change your email and banking passwords and turn on two-step verification.",
        },
        help: {
          es: "Si el virus pudo ver lo que escribías, tus claves pueden estar expuestas. Usá un celular o una computadora sana para cambiarlas, empezando por el correo (con él se recupera todo lo demás). Revisá también los movimientos del banco.",
          en: "If the malware could see what you typed, your passwords may be exposed. Use a phone or a clean computer to change them, starting with email (it's the key to recovering everything else). Check your bank activity too.",
        },
        simple: {
          es: "Desde el celular, cambiá la clave del mail y del banco.",
          en: "From your phone, change your email and bank passwords.",
        },
      },
    ],
    safety: {
      es: "Si aparece un cartel que pide pagar para recuperar tus archivos, desconectá internet, no pagues ni apagues nada más y traela.",
      en: "If a message demands payment to recover your files, disconnect the internet, don't pay or change anything else, and bring it in.",
    },
  },
];
