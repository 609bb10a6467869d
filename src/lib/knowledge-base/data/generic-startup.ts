import type { KbEntry } from "../types";

/** Generic entries (any device): won't turn on, won't start, slow. */
export const GENERIC_STARTUP: readonly KbEntry[] = [
  {
    device: null,
    problem: "no_power",
    title: { es: "Equipo que no enciende", en: "Device that won't turn on" },
    quick: [
      {
        text: {
          es: "Probá el enchufe con otro aparato (un cargador de celular o una lámpara) para descartar que falte corriente.",
          en: "Test the outlet with another device (a phone charger or a lamp) to rule out a power problem.",
        },
        help: {
          es: "Si usás zapatilla o estabilizador, fijate que tenga la luz encendida y probá enchufar el equipo directo a la pared. Muchas veces el problema es una zapatilla apagada, un enchufe flojo o una térmica que saltó.",
          en: "If you use a power strip or voltage regulator, check that its light is on and try plugging the device straight into the wall. Very often the cause is a switched-off strip, a loose plug or a tripped breaker.",
        },
        simple: {
          es: "Enchufá otra cosa en el mismo lugar para ver si ese enchufe anda.",
          en: "Plug something else into the same socket to see if it works.",
        },
      },
      {
        text: {
          es: "Revisá que el cable o cargador esté bien firme en los dos extremos y sin cortes ni dobleces.",
          en: "Check that the cable or charger is pushed in firmly at both ends, with no cuts or sharp bends.",
        },
        help: {
          es: "Desenchufá el cable de los dos lados y volvé a conectarlo hasta el fondo. Si tiene una fuente o transformador con luz, fijate si prende. Si el cable está pelado, quemado o muy doblado, no lo uses más.",
          en: "Unplug the cable at both ends and push it back in all the way. If it has a power brick with a light, check whether the light comes on. If the cable is frayed, burnt or badly kinked, stop using it.",
        },
        simple: {
          es: "Sacá el cable y volvé a ponerlo bien apretado de los dos lados.",
          en: "Take the cable out and put it back in firmly at both ends.",
        },
      },
      {
        text: {
          es: "Si funciona con batería, cargalo al menos 30 minutos antes de volver a probar.",
          en: "If it runs on a battery, charge it for at least 30 minutes before trying again.",
        },
        help: {
          es: "Con la batería totalmente descargada, muchos equipos no muestran ninguna señal durante los primeros minutos de carga. Dejalo cargando media hora sin tocarlo y recién ahí intentá encenderlo. Si tenés otro cargador compatible, probá también con ese.",
          en: "When the battery is completely flat, many devices show no sign of life during the first minutes of charging. Leave it charging for half an hour without touching it, then try to turn it on. If you have another compatible charger, try that one too.",
        },
        simple: {
          es: "Dejalo cargando media hora y después probá prenderlo.",
          en: "Leave it charging for half an hour, then try to turn it on.",
        },
      },
      {
        text: {
          es: "Mantené apretado el botón de encendido entre 10 y 15 segundos, soltalo y después apretalo normalmente.",
          en: "Hold the power button for 10 to 15 seconds, let go, then press it normally.",
        },
        help: {
          es: "Si el equipo quedó colgado, puede parecer apagado aunque no lo esté. Una pulsación larga lo fuerza a apagarse del todo; después, una pulsación corta lo vuelve a encender. Fijate si aparece alguna luz, ruido de ventilador o vibración.",
          en: "A frozen device can look switched off when it isn't. A long press forces it to shut down completely; a short press afterwards turns it back on. Watch for any light, fan noise or vibration.",
        },
        simple: {
          es: "Apretá el botón de prender un rato largo, soltalo y volvé a apretarlo.",
          en: "Press and hold the power button for a while, let go, then press it again.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Desenchufalo, esperá un minuto y volvé a enchufarlo para descargar la energía acumulada.",
          en: "Unplug it, wait one minute and plug it back in to drain any leftover charge.",
        },
        help: {
          es: "Algunos equipos quedan trabados en un estado de protección después de un corte de luz. Con todo desenchufado, mantené apretado el botón de encendido unos 15 segundos, esperá un minuto y volvé a conectarlo.",
          en: "Some devices get stuck in a protection state after a power cut. With everything unplugged, hold the power button for about 15 seconds, wait a minute and then plug it back in.",
        },
        simple: {
          es: "Desenchufalo un minuto entero y después volvé a enchufarlo.",
          en: "Unplug it for a full minute, then plug it back in.",
        },
      },
      {
        text: {
          es: "Anotá si hubo una tormenta, un corte de luz, un golpe o un líquido derramado, y qué luces o ruidos hace ahora.",
          en: "Note whether there was a storm, a power cut, a drop or a spill, and what lights or sounds it makes now.",
        },
        help: {
          es: "Esos datos le ahorran tiempo al técnico: una luz que parpadea cierta cantidad de veces o un pitido suelen ser códigos de error. Si se mojó, no lo enciendas ni lo cargues: dejalo apagado y traelo lo antes posible.",
          en: "These details save the technician time: a light that blinks a set number of times or a beep is often an error code. If it got wet, don't turn it on or charge it: keep it off and bring it in as soon as possible.",
        },
        simple: {
          es: "Anotá qué pasó antes de que dejara de andar y qué luces ves ahora.",
          en: "Write down what happened before it stopped working and what lights you see now.",
        },
      },
    ],
    safety: {
      es: "Si sentís olor a quemado, ves humo o el equipo está muy caliente, desenchufalo y no lo vuelvas a prender. No abras fuentes ni cargadores.",
      en: "If you smell burning, see smoke or the device is very hot, unplug it and don't turn it on again. Never open power supplies or chargers.",
    },
  },
  {
    device: null,
    problem: "no_boot",
    title: { es: "Equipo que enciende pero no arranca", en: "Device that turns on but won't start" },
    quick: [
      {
        text: {
          es: "Desconectá todo lo que no haga falta (pendrives, discos externos, tarjetas de memoria) y reinicialo.",
          en: "Disconnect everything you don't need (USB sticks, external drives, memory cards) and restart it.",
        },
        help: {
          es: "Un pendrive o disco conectado puede hacer que el equipo intente arrancar desde ahí y se quede en pantalla negra o con un mensaje de «no bootable device». Dejá solo la alimentación (y en una PC, teclado, mouse y monitor) y volvé a encenderlo.",
          en: "A connected USB stick or drive can make the device try to start from it and get stuck on a black screen or a “no bootable device” message. Leave only the power (and on a PC, keyboard, mouse and monitor) and turn it on again.",
        },
        simple: {
          es: "Sacá pendrives y todo lo que tenga enchufado, y volvé a prenderlo.",
          en: "Remove USB sticks and anything else plugged in, then turn it on again.",
        },
      },
      {
        text: {
          es: "Sacale una foto al mensaje o logo donde se queda trabado.",
          en: "Take a photo of the message or logo where it gets stuck.",
        },
        help: {
          es: "El texto exacto del error (o el logo en el que se detiene) indica qué está fallando: el disco, una actualización o el sistema. Con el celular sacá una foto nítida; si el mensaje cambia rápido, filmalo. Esa foto le sirve mucho al técnico.",
          en: "The exact error text (or the logo where it stops) tells you what is failing: the drive, an update or the system. Take a clear photo with your phone; if the message flashes by, record a video. That photo is very useful to a technician.",
        },
        simple: {
          es: "Sacale una foto a lo que aparece en la pantalla cuando se traba.",
          en: "Take a picture of what the screen shows when it gets stuck.",
        },
      },
      {
        text: {
          es: "Esperá 15 minutos: si está instalando una actualización, no lo apagues.",
          en: "Wait 15 minutes: if it is installing an update, don't switch it off.",
        },
        help: {
          es: "Mensajes como «Trabajando en las actualizaciones», «No apagues el equipo» o una barra de progreso indican que está actualizando. Cortar ese proceso puede dañar el sistema. Dejalo enchufado y esperá; solo si pasa más de una hora sin cambios conviene forzar el apagado.",
          en: "Messages such as “Working on updates”, “Don't turn off your device” or a progress bar mean it is updating. Interrupting it can damage the system. Keep it plugged in and wait; only force it off if nothing changes for more than an hour.",
        },
        simple: {
          es: "Si dice que se está actualizando, dejalo enchufado y esperá.",
          en: "If it says it's updating, leave it plugged in and wait.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Apagalo a la fuerza manteniendo el botón 10 segundos y volvé a encenderlo; repetilo dos veces si sigue trabado.",
          en: "Force it off by holding the power button for 10 seconds and turn it back on; repeat twice if it's still stuck.",
        },
        help: {
          es: "Muchos sistemas detectan varios arranques fallidos seguidos y abren solos un modo de reparación (en Windows, «Reparación automática»; en celulares, el modo recuperación). Si aparece, elegí opciones de reparar o reiniciar, nunca las de borrar o restablecer sin tener copia de tus datos.",
          en: "Many systems notice several failed starts in a row and open a repair mode on their own (on Windows, “Automatic Repair”; on phones, recovery mode). If it appears, pick the repair or restart options, never erase or reset without a backup of your data.",
        },
        simple: {
          es: "Apagalo apretando el botón un rato largo y volvé a prenderlo, hasta dos veces.",
          en: "Turn it off by holding the button, then turn it on again, up to two times.",
        },
      },
      {
        text: {
          es: "Si escuchás clics o ruidos raros del disco, apagalo y no insistas: tus datos pueden estar en riesgo.",
          en: "If you hear clicking or strange noises from the drive, turn it off and stop trying: your data may be at risk.",
        },
        help: {
          es: "Un disco que hace clics, chirría o tarda muchísimo puede estar dañado, y cada intento de arranque lo empeora. Si tenés información importante sin copia, lo mejor es no encenderlo más y traerlo para intentar recuperarla.",
          en: "A drive that clicks, squeaks or takes ages may be failing, and every start attempt makes it worse. If you have important files without a backup, it's best not to turn it on again and bring it in so we can try to recover them.",
        },
        simple: {
          es: "Si hace ruidos raros, apagalo y traelo: así cuidamos tus archivos.",
          en: "If it makes odd noises, turn it off and bring it in to protect your files.",
        },
      },
    ],
    safety: {
      es: "No restablezcas ni formatees el equipo sin una copia de seguridad: se borran todos tus archivos.",
      en: "Don't reset or format the device without a backup: it erases all your files.",
    },
  },
  {
    device: null,
    problem: "slow",
    title: { es: "Equipo lento o que se traba", en: "Slow or freezing device" },
    quick: [
      {
        text: {
          es: "Reinicialo (no solo apagar la pantalla) y fijate si mejora.",
          en: "Restart it (not just the screen going off) and see if it improves.",
        },
        help: {
          es: "Con el uso se acumulan programas abiertos y procesos trabados que consumen memoria. Un reinicio completo los cierra. En Windows, usá Inicio > Encendido > Reiniciar: «Apagar» a veces no limpia todo por el inicio rápido.",
          en: "Over time, open apps and stuck processes pile up and eat memory. A full restart clears them. On Windows, use Start > Power > Restart: “Shut down” sometimes doesn't clear everything because of fast startup.",
        },
        simple: {
          es: "Reinicialo desde el menú, con la opción «Reiniciar».",
          en: "Restart it from the menu, using the “Restart” option.",
        },
      },
      {
        text: {
          es: "Liberá espacio: dejá al menos un 15% del almacenamiento libre borrando lo que no uses.",
          en: "Free up space: keep at least 15% of the storage empty by deleting what you don't use.",
        },
        help: {
          es: "Con el almacenamiento casi lleno todo se vuelve lento. Mirá el espacio en Configuración > Sistema > Almacenamiento (Windows), Ajustes > Almacenamiento (Android) o Ajustes > General > Almacenamiento (iPhone). Borrá descargas viejas, videos repetidos y apps que no usás.",
          en: "When storage is almost full, everything slows down. Check the space in Settings > System > Storage (Windows), Settings > Storage (Android) or Settings > General > iPhone Storage. Delete old downloads, duplicate videos and apps you don't use.",
        },
        simple: {
          es: "Borrá fotos, videos o programas que ya no uses para hacer lugar.",
          en: "Delete photos, videos or apps you no longer use to make room.",
        },
      },
      {
        text: {
          es: "Cerrá las apps y pestañas que no estés usando, sobre todo en el navegador.",
          en: "Close the apps and browser tabs you're not using.",
        },
        help: {
          es: "Cada pestaña del navegador consume memoria, y algunas páginas (video, redes sociales) mucha. Dejá abierto solo lo que necesitás. En una computadora, Ctrl+Shift+Esc abre el Administrador de tareas y muestra qué está usando más memoria.",
          en: "Every browser tab uses memory, and some pages (video, social media) use a lot. Keep open only what you need. On a Windows computer, Ctrl+Shift+Esc opens Task Manager and shows what is using the most memory.",
        },
        simple: {
          es: "Cerrá los programas y páginas que no estés usando en este momento.",
          en: "Close the programs and web pages you're not using right now.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Instalá las actualizaciones pendientes del sistema y de las apps, y reiniciá.",
          en: "Install pending system and app updates, then restart.",
        },
        help: {
          es: "Las actualizaciones corrigen errores que causan lentitud. En Windows: Configuración > Windows Update. En Android: Ajustes > Sistema > Actualización de software. En iPhone: Ajustes > General > Actualización de software. Hacelo con el equipo enchufado y con wifi.",
          en: "Updates fix bugs that cause slowness. On Windows: Settings > Windows Update. On Android: Settings > System > Software update. On iPhone: Settings > General > Software Update. Do it while plugged in and on Wi-Fi.",
        },
        simple: {
          es: "Buscá las actualizaciones en la configuración, instalalas y reiniciá.",
          en: "Look for updates in the settings, install them and restart.",
        },
      },
      {
        text: {
          es: "Desinstalá programas o apps que no reconozcas o que instalaste justo antes de que empezara la lentitud.",
          en: "Uninstall programs or apps you don't recognise or that you installed just before it got slow.",
        },
        help: {
          es: "Los «optimizadores», limpiadores y algunos juegos gratuitos suelen empeorar el rendimiento. En Windows: Configuración > Aplicaciones > Aplicaciones instaladas. En Android: Ajustes > Aplicaciones. Si no sabés qué es algo, buscá el nombre antes de borrarlo.",
          en: "“Optimisers”, cleaners and some free games often make performance worse. On Windows: Settings > Apps > Installed apps. On Android: Settings > Apps. If you don't know what something is, look it up before removing it.",
        },
        simple: {
          es: "Borrá los programas que no conocés o que instalaste hace poco.",
          en: "Remove programs you don't know or installed recently.",
        },
      },
      {
        text: {
          es: "Fijate si se calienta mucho: usalo sobre una superficie dura y con las rejillas de aire libres.",
          en: "Check whether it gets very hot: use it on a hard surface with the air vents uncovered.",
        },
        help: {
          es: "Cuando un equipo se recalienta, baja la velocidad para protegerse. Si el ventilador suena fuerte todo el tiempo o la carcasa quema al tacto, puede tener polvo acumulado por dentro. Esa limpieza conviene hacerla en el taller.",
          en: "When a device overheats, it slows itself down for protection. If the fan is loud all the time or the case is too hot to touch, there may be dust built up inside. That cleaning is best done at the shop.",
        },
        simple: {
          es: "Si está muy caliente, ponelo sobre una mesa y que no tape nada las salidas de aire.",
          en: "If it's very hot, put it on a table and keep the air vents clear.",
        },
      },
    ],
  },
];
