import type { KbEntry } from "../types";

/** Generic entries (any device): screen, sound, battery. */
export const GENERIC_MEDIA: readonly KbEntry[] = [
  {
    device: null,
    problem: "display",
    title: { es: "Problema de pantalla o imagen", en: "Screen or picture problem" },
    quick: [
      {
        text: {
          es: "Subí el brillo al máximo y fijate si la imagen aparece.",
          en: "Turn the brightness all the way up and see if the picture appears.",
        },
        help: {
          es: "Con el brillo al mínimo la pantalla parece apagada. Usá las teclas de brillo (en notebooks suelen ser Fn + una tecla con un sol), el control del monitor o la barra de ajustes rápidos del celular. Si ves algo muy tenue al acercarte, el problema es solo de brillo.",
          en: "With brightness at minimum the screen looks off. Use the brightness keys (on laptops usually Fn plus a key with a sun icon), the monitor's buttons or the phone's quick settings. If you see something faint up close, it's just the brightness.",
        },
        simple: {
          es: "Subí el brillo de la pantalla todo lo que se pueda.",
          en: "Turn the screen brightness up as far as it goes.",
        },
      },
      {
        text: {
          es: "Reiniciá el equipo y fijate si el problema aparece desde el primer logo o recién después.",
          en: "Restart the device and notice whether the problem shows from the first logo or only later.",
        },
        help: {
          es: "Si las rayas, manchas o parpadeos se ven ya en el logo del fabricante, lo más probable es una falla de la pantalla o del cable. Si aparecen recién cuando carga el sistema, suele ser un tema de configuración o de driver, que se puede arreglar sin repuestos.",
          en: "If the lines, blotches or flicker are already visible on the maker's logo, it's most likely the screen or its cable. If they only appear once the system loads, it's usually a settings or driver issue that can be fixed without parts.",
        },
        simple: {
          es: "Reinicialo y mirá si la falla se ve apenas prende o un rato después.",
          en: "Restart it and watch whether the fault shows right away or later.",
        },
      },
      {
        text: {
          es: "Revisá los cables de video y que esté elegida la entrada correcta (HDMI 1, HDMI 2...).",
          en: "Check the video cables and that the right input (HDMI 1, HDMI 2...) is selected.",
        },
        help: {
          es: "En monitores y televisores, desconectá y reconectá el cable de los dos lados y usá el botón «Input» o «Source» para elegir la entrada donde está conectado. Si tenés otro cable, probalo: los cables HDMI fallan seguido.",
          en: "On monitors and TVs, unplug and replug the cable at both ends and use the “Input” or “Source” button to choose the port it's connected to. If you have another cable, try it: HDMI cables fail quite often.",
        },
        simple: {
          es: "Sacá y volvé a poner el cable de la imagen, y elegí la entrada correcta con el control.",
          en: "Unplug and replug the picture cable, and pick the right input with the remote.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Conectá el equipo a otra pantalla (o la pantalla a otro equipo) para saber cuál de los dos falla.",
          en: "Connect the device to another screen (or the screen to another device) to find out which one is failing.",
        },
        help: {
          es: "Si en otra pantalla la imagen se ve bien, el problema está en la pantalla original o en su cable. Si se ve mal en las dos, el problema está en el equipo (placa de video o configuración). Ese dato ahorra mucho tiempo de diagnóstico.",
          en: "If the picture looks fine on another screen, the problem is the original screen or its cable. If it looks wrong on both, the problem is the device itself (graphics or settings). That detail saves a lot of diagnosis time.",
        },
        simple: {
          es: "Probá con otra pantalla o televisor para ver si el problema sigue.",
          en: "Try another screen or TV to see if the problem stays.",
        },
      },
      {
        text: {
          es: "Alumbrá la pantalla negra con una linterna: si ves la imagen muy tenue, falla la luz de fondo.",
          en: "Shine a flashlight on the black screen: if you see a faint image, the backlight has failed.",
        },
        help: {
          es: "Con el equipo encendido y la pantalla negra, acercá la linterna del celular en diagonal. Si distinguís íconos o ventanas muy oscuras, la pantalla funciona pero no tiene iluminación. Esa reparación se hace en el taller.",
          en: "With the device on and the screen black, hold your phone's flashlight at an angle close to it. If you can make out dark icons or windows, the screen works but has no lighting. That repair is done at the shop.",
        },
        simple: {
          es: "Con la pantalla negra, alumbrala con la linterna del celular y mirá si se ve algo.",
          en: "With the screen black, shine your phone's flashlight on it and look for anything.",
        },
      },
    ],
    safety: {
      es: "Si la pantalla está rota, no la aprietes ni la toques con los dedos: el vidrio corta. Tapala con cinta y traela.",
      en: "If the screen is cracked, don't press it or touch it with your fingers: the glass cuts. Cover it with tape and bring it in.",
    },
  },
  {
    device: null,
    problem: "audio",
    title: { es: "Sin sonido o sonido raro", en: "No sound or bad sound" },
    quick: [
      {
        text: {
          es: "Subí el volumen y fijate que no esté en silencio (ícono del parlante tachado).",
          en: "Turn the volume up and check it isn't muted (crossed-out speaker icon).",
        },
        help: {
          es: "Revisá el volumen del equipo y también el de la app o el video que estás usando: cada uno tiene su propio control. En celulares, apretá el botón de volumen mientras suena algo para subir el volumen multimedia, que es distinto del timbre.",
          en: "Check the device volume and also the volume inside the app or video you're using: each has its own control. On phones, press the volume button while something is playing to raise the media volume, which is separate from the ringer.",
        },
        simple: {
          es: "Subí el volumen y fijate que no esté silenciado.",
          en: "Turn the volume up and make sure it isn't muted.",
        },
      },
      {
        text: {
          es: "Desconectá auriculares y apagá el Bluetooth: el sonido puede estar saliendo por otro aparato.",
          en: "Unplug headphones and turn Bluetooth off: the sound may be going to another device.",
        },
        help: {
          es: "Es muy común que el audio vaya a unos auriculares Bluetooth guardados en un cajón, a un parlante de otra habitación o al estéreo del auto. Apagá el Bluetooth un momento y probá de nuevo con algo que tenga sonido.",
          en: "It's very common for audio to go to Bluetooth earbuds sitting in a drawer, a speaker in another room or the car stereo. Turn Bluetooth off for a moment and try again with something that plays sound.",
        },
        simple: {
          es: "Sacá los auriculares y apagá el Bluetooth, y probá otra vez.",
          en: "Unplug the headphones, turn off Bluetooth and try again.",
        },
      },
      {
        text: {
          es: "Reiniciá el equipo y probá con otro video o canción.",
          en: "Restart the device and try a different video or song.",
        },
        help: {
          es: "A veces el servicio de audio se traba y un reinicio lo arregla. Probar con otro contenido descarta que el problema sea de un solo archivo, una página o una app en particular.",
          en: "Sometimes the audio service gets stuck and a restart fixes it. Trying different content rules out a problem with a single file, website or app.",
        },
        simple: {
          es: "Reinicialo y probá con otra canción o video.",
          en: "Restart it and try another song or video.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Probá con auriculares: si por ahí se escucha bien, el problema está en los parlantes del equipo.",
          en: "Try headphones: if they sound fine, the problem is the device's own speakers.",
        },
        help: {
          es: "Esto separa un problema de configuración de uno de hardware. Si con auriculares tampoco hay sonido, es probable que sea configuración o driver. Si suena bien por auriculares pero no por los parlantes, o los parlantes suenan rotos, hace falta revisarlos en el taller.",
          en: "This separates a settings problem from a hardware one. If headphones are silent too, it's probably settings or drivers. If headphones sound fine but the speakers don't, or the speakers sound distorted, they need checking at the shop.",
        },
        simple: {
          es: "Enchufá unos auriculares y fijate si por ahí se escucha.",
          en: "Plug in some headphones and see if you can hear through them.",
        },
      },
      {
        text: {
          es: "Instalá las actualizaciones del sistema, que suelen incluir arreglos de audio.",
          en: "Install system updates, which often include audio fixes.",
        },
        help: {
          es: "En Windows: Configuración > Windows Update. En Android: Ajustes > Sistema > Actualización de software. En iPhone: Ajustes > General > Actualización de software. Después de actualizar, reiniciá y volvé a probar.",
          en: "On Windows: Settings > Windows Update. On Android: Settings > System > Software update. On iPhone: Settings > General > Software Update. After updating, restart and test again.",
        },
        simple: {
          es: "Buscá actualizaciones en la configuración, instalalas y reiniciá.",
          en: "Look for updates in the settings, install them and restart.",
        },
      },
    ],
  },
  {
    device: null,
    problem: "battery",
    title: { es: "Batería que dura poco o no carga", en: "Battery that drains fast or won't charge" },
    quick: [
      {
        text: {
          es: "Probá con otro cargador y otro cable compatibles, en otro enchufe.",
          en: "Try another compatible charger and cable, in a different outlet.",
        },
        help: {
          es: "Los cables se dañan por dentro aunque por fuera se vean bien, y los cargadores genéricos muchas veces no dan la potencia necesaria. Usá uno original o certificado de la misma potencia y fijate si aparece el ícono de carga.",
          en: "Cables get damaged inside even when they look fine, and generic chargers often don't deliver enough power. Use an original or certified one with the same power rating and check that the charging icon appears.",
        },
        simple: {
          es: "Cargalo con otro cargador y otro cable, en otro enchufe.",
          en: "Charge it with a different charger and cable, in another outlet.",
        },
      },
      {
        text: {
          es: "Limpiá con cuidado el conector de carga: el polvo o la pelusa impiden que el cable entre bien.",
          en: "Gently clean the charging port: dust or lint can stop the cable from going in properly.",
        },
        help: {
          es: "Con el equipo apagado, mirá el conector con una linterna. Si ves pelusa, sacala con un palillo de madera o plástico, sin fuerza. Nunca uses agujas, clips ni nada de metal. El cable tiene que entrar firme y hacer un pequeño clic.",
          en: "With the device off, look into the port with a flashlight. If you see lint, remove it with a wooden or plastic toothpick, gently. Never use needles, paper clips or anything metal. The cable should go in firmly with a small click.",
        },
        simple: {
          es: "Con el equipo apagado, sacá la pelusa del agujero del cargador con un palillo de madera.",
          en: "With it turned off, remove lint from the charging hole with a wooden toothpick.",
        },
      },
      {
        text: {
          es: "Revisá en la configuración de batería qué apps o programas gastan más.",
          en: "Check the battery settings to see which apps or programs use the most.",
        },
        help: {
          es: "En Android: Ajustes > Batería > Uso de batería. En iPhone: Ajustes > Batería. En Windows: Configuración > Sistema > Energía y batería. Si una app que casi no usás aparece arriba, cerrala o desinstalala.",
          en: "On Android: Settings > Battery > Battery usage. On iPhone: Settings > Battery. On Windows: Settings > System > Power & battery. If an app you hardly use is near the top, close or uninstall it.",
        },
        simple: {
          es: "Mirá en la configuración qué aplicaciones gastan más batería.",
          en: "Look in the settings to see which apps use the most battery.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Consultá la salud de la batería: por debajo del 80% conviene cambiarla.",
          en: "Check the battery health: below 80% it's worth replacing.",
        },
        help: {
          es: "Las baterías se gastan con los ciclos de carga. En iPhone: Ajustes > Batería > Salud y carga de la batería. En Mac: Ajustes del Sistema > Batería. En Windows, el informe de batería lo muestra (pedinos ayuda si no sabés cómo). Una batería gastada no se arregla con configuraciones.",
          en: "Batteries wear out with charge cycles. On iPhone: Settings > Battery > Battery Health & Charging. On Mac: System Settings > Battery. On Windows, the battery report shows it (ask us if you're not sure how). A worn battery can't be fixed with settings.",
        },
        simple: {
          es: "Fijate en la configuración cuánta «salud» le queda a la batería.",
          en: "Check in the settings how much “health” the battery has left.",
        },
      },
      {
        text: {
          es: "Fijate si tiene activada una carga limitada al 80%: es una función para cuidar la batería, no una falla.",
          en: "Check whether charging is limited to 80%: it's a feature to protect the battery, not a fault.",
        },
        help: {
          es: "Muchos celulares y notebooks tienen «carga optimizada», «protección de batería» o «modo conservación», que frenan la carga en 80% o 85%. Buscá esa opción en los ajustes de batería o en la app del fabricante y desactivala si necesitás el 100%.",
          en: "Many phones and laptops have “optimised charging”, “battery protection” or “conservation mode”, which stop charging at 80% or 85%. Look for that option in the battery settings or the maker's app and turn it off if you need 100%.",
        },
        simple: {
          es: "Si siempre se queda en 80%, puede ser una opción que cuida la batería.",
          en: "If it always stops at 80%, it may be a setting that protects the battery.",
        },
      },
    ],
    safety: {
      es: "Si la batería está hinchada (la carcasa se abre, la pantalla se levanta o el equipo se mueve en la mesa), no lo cargues ni lo uses: traelo.",
      en: "If the battery is swollen (the case is splitting, the screen is lifting or the device rocks on a table), don't charge or use it: bring it in.",
    },
  },
];
