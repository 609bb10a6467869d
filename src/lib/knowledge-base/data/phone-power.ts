import type { KbEntry } from "../types";

/** Phone: won't turn on, won't start (also used for tablets), battery. */
export const PHONE_POWER: readonly KbEntry[] = [
  {
    device: "phone",
    problem: "no_power",
    title: { es: "Celular que no enciende", en: "Phone that won't turn on" },
    quick: [
      {
        text: {
          es: "Cargalo 30 minutos con otro cargador y otro cable, y fijate si aparece el ícono de carga.",
          en: "Charge it for 30 minutes with another charger and cable, and watch for the charging icon.",
        },
        help: {
          es: "Con la batería en cero, el celular puede tardar varios minutos en mostrar algo. Usá un cargador de pared (no la compu) y un cable que sepas que anda. Si vibra, se prende una luz o aparece una batería en la pantalla, está cargando: esperá y después encendelo.",
          en: "With a flat battery, the phone can take several minutes to show anything. Use a wall charger (not a computer) and a cable you know works. If it vibrates, a light comes on or a battery appears on screen, it's charging: wait, then turn it on.",
        },
        simple: {
          es: "Cargalo media hora con otro cargador y otro cable.",
          en: "Charge it for half an hour with a different charger and cable.",
        },
      },
      {
        text: {
          es: "Forzá el reinicio: en Android, mantené encendido + bajar volumen 15 segundos; en iPhone, subir, bajar y mantené el lateral.",
          en: "Force a restart: on Android, hold power + volume down for 15 seconds; on iPhone, press volume up, volume down, then hold the side button.",
        },
        help: {
          es: "A veces el celular está prendido pero colgado con la pantalla negra. En iPhone 8 o posterior: apretá y soltá subir volumen, apretá y soltá bajar volumen, y mantené el botón lateral hasta ver la manzana (unos 10 a 20 segundos). En Android, mantené las dos teclas hasta que vibre o aparezca el logo.",
          en: "Sometimes the phone is on but frozen with a black screen. On iPhone 8 or later: press and release volume up, press and release volume down, then hold the side button until the Apple logo appears (about 10 to 20 seconds). On Android, hold both keys until it vibrates or the logo appears.",
        },
        simple: {
          es: "Apretá a la vez el botón de prender y el de bajar volumen un rato largo.",
          en: "Hold the power button and the volume-down button together for a long moment.",
        },
      },
      {
        text: {
          es: "Con el celular apagado, mirá el conector con una linterna y sacá la pelusa con un palillo de madera.",
          en: "With the phone off, look into the charging port with a flashlight and remove lint with a wooden toothpick.",
        },
        help: {
          es: "La pelusa del bolsillo se compacta en el fondo del conector y el cable deja de hacer contacto. Raspá suavemente el fondo con un palillo de madera o plástico. Nunca uses agujas, alfileres ni nada metálico: podés hacer un corto.",
          en: "Pocket lint packs into the bottom of the port and the cable stops making contact. Gently scrape the bottom with a wooden or plastic toothpick. Never use needles, pins or anything metal: you could cause a short circuit.",
        },
        simple: {
          es: "Con el celu apagado, sacá con un palillo la pelusa del agujero del cargador.",
          en: "With the phone off, use a toothpick to remove lint from the charging hole.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Conectalo a una computadora y fijate si la compu lo detecta o suena al conectarlo.",
          en: "Connect it to a computer and see whether the computer detects it or chimes when connected.",
        },
        help: {
          es: "Si la computadora lo reconoce (aparece en el Explorador, en iTunes o en Finder), el celular está prendido y el problema es la pantalla. Si no pasa nada, puede ser la batería, el conector de carga o la placa: eso se diagnostica en el taller.",
          en: "If the computer recognises it (it shows up in File Explorer, iTunes or Finder), the phone is on and the problem is the screen. If nothing happens, it may be the battery, the charging port or the board: that's diagnosed at the shop.",
        },
        simple: {
          es: "Conectalo a una compu: si la compu lo reconoce, el problema es la pantalla.",
          en: "Connect it to a computer: if the computer sees it, the screen is the problem.",
        },
      },
      {
        text: {
          es: "Si se mojó o se cayó, no lo cargues ni intentes prenderlo: traelo lo antes posible.",
          en: "If it got wet or was dropped, don't charge it or try to turn it on: bring it in as soon as possible.",
        },
        help: {
          es: "Con humedad adentro, cargarlo o prenderlo puede quemar la placa. No lo metas en arroz: no seca el interior y deja restos en el conector. Secalo por fuera, sacale la funda y la tarjeta SIM, y traelo. Cuanto antes, más chances de recuperarlo.",
          en: "With moisture inside, charging it or turning it on can burn out the board. Don't put it in rice: it doesn't dry the inside and leaves residue in the port. Dry the outside, remove the case and SIM card, and bring it in. The sooner, the better the chances.",
        },
        simple: {
          es: "Si se mojó, no lo cargues ni lo prendas: traelo enseguida.",
          en: "If it got wet, don't charge it or turn it on: bring it in right away.",
        },
      },
    ],
    safety: {
      es: "Si la pantalla se despega, la tapa se abre o el celular se calienta mucho sin uso, la batería puede estar hinchada: no lo cargues y traelo.",
      en: "If the screen is lifting, the back is opening or the phone gets very hot while idle, the battery may be swollen: don't charge it, bring it in.",
    },
  },
  {
    device: "phone",
    problem: "no_boot",
    title: { es: "Celular o tablet trabado en el logo", en: "Phone or tablet stuck on the logo" },
    quick: [
      {
        text: {
          es: "Cargalo al menos 30 minutos: con poca batería puede quedarse reiniciando en el logo.",
          en: "Charge it for at least 30 minutes: with low battery it can keep restarting at the logo.",
        },
        help: {
          es: "Si la batería está muy baja, el equipo arranca, no llega a cargar el sistema y vuelve a reiniciarse. Dejalo conectado a un cargador de pared media hora sin tocarlo y después probá encenderlo.",
          en: "If the battery is very low, the device starts, can't finish loading the system and restarts again. Leave it on a wall charger for half an hour without touching it, then try turning it on.",
        },
        simple: {
          es: "Dejalo cargando media hora antes de volver a probar.",
          en: "Leave it charging for half an hour before trying again.",
        },
      },
      {
        text: {
          es: "Forzá el reinicio: Android, encendido + bajar volumen; iPhone o iPad, subir, bajar y mantené el botón lateral o superior.",
          en: "Force a restart: Android, power + volume down; iPhone or iPad, volume up, volume down, then hold the side or top button.",
        },
        help: {
          es: "En Android mantené las dos teclas unos 15 segundos hasta que se apague y vuelva a prender. En iPhone o iPad sin botón de inicio: apretá y soltá subir volumen, después bajar volumen, y mantené el botón lateral (o superior) hasta ver la manzana. Si tiene botón de inicio, mantené inicio + encendido.",
          en: "On Android, hold both keys for about 15 seconds until it turns off and on again. On an iPhone or iPad without a Home button: press and release volume up, then volume down, then hold the side (or top) button until the Apple logo appears. With a Home button, hold Home + power.",
        },
        simple: {
          es: "Apretá los botones de prender y de volumen a la vez hasta que se reinicie.",
          en: "Hold the power and volume buttons together until it restarts.",
        },
      },
      {
        text: {
          es: "Sacá la tarjeta de memoria y los accesorios conectados, y probá de nuevo.",
          en: "Remove the memory card and any connected accessories, then try again.",
        },
        help: {
          es: "Una tarjeta microSD dañada puede trabar el arranque en algunos Android. Con el equipo apagado, sacá la bandeja con la herramienta (o un clip desplegado, solo en el agujerito de la bandeja), retirá la tarjeta y volvé a encenderlo.",
          en: "A damaged microSD card can hang startup on some Android devices. With it off, pop out the tray with the ejector tool (or an unfolded paper clip, only in the tray's pinhole), remove the card and turn it on again.",
        },
        simple: {
          es: "Sacale la tarjeta de memoria, si tiene, y volvé a prenderlo.",
          en: "Take out the memory card, if it has one, and turn it on again.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "En iPhone o iPad, conectalo a una computadora y elegí «Actualizar» en Finder o iTunes (no «Restaurar»).",
          en: "On iPhone or iPad, connect it to a computer and choose “Update” in Finder or iTunes (not “Restore”).",
        },
        help: {
          es: "Con el equipo conectado, poné el modo recuperación (la misma secuencia del reinicio forzado, pero sin soltar el botón cuando aparece la manzana, hasta ver un cable y una computadora). En la compu aparece la opción «Actualizar»: reinstala el sistema sin borrar tus datos.",
          en: "With it connected, enter recovery mode (the same sequence as a forced restart, but keep holding past the Apple logo until you see a cable and a computer). The computer offers “Update”: it reinstalls the system without erasing your data.",
        },
        simple: {
          es: "Conectado a una compu, el iPhone se puede reinstalar sin borrar tus cosas; te guiamos.",
          en: "Connected to a computer, an iPhone can be reinstalled without erasing your things; we can guide you.",
        },
      },
      {
        text: {
          es: "En Android, si arranca en modo seguro, desinstalá la última app que instalaste.",
          en: "On Android, if it starts in safe mode, uninstall the last app you installed.",
        },
        help: {
          es: "Para entrar en modo seguro, cuando aparece el logo mantené apretado bajar volumen hasta que termine de arrancar; vas a ver «Modo seguro» abajo. Si así funciona, una app lo traba: desinstalala desde Ajustes > Aplicaciones y reiniciá normalmente.",
          en: "To enter safe mode, hold volume down when the logo appears until it finishes starting; you'll see “Safe mode” at the bottom. If it works that way, an app is causing it: uninstall it from Settings > Apps and restart normally.",
        },
        simple: {
          es: "Android tiene un modo seguro que arranca sin apps extra; desde ahí borrás la app que traba.",
          en: "Android has a safe mode that starts without extra apps; from there you remove the troublesome one.",
        },
      },
    ],
    safety: {
      es: "No uses «Restaurar», «Wipe data» ni el restablecimiento de fábrica sin copia de seguridad: borran fotos, chats y contactos.",
      en: "Don't use “Restore”, “Wipe data” or a factory reset without a backup: they erase photos, chats and contacts.",
    },
  },
  {
    device: "phone",
    problem: "battery",
    title: {
      es: "Celular con batería que dura poco o no carga",
      en: "Phone battery that drains fast or won't charge",
    },
    quick: [
      {
        text: {
          es: "Mirá en Ajustes > Batería qué apps gastan más, y cerrá o desinstalá las que no usás.",
          en: "Check Settings > Battery to see which apps use the most, and close or uninstall ones you don't use.",
        },
        help: {
          es: "En Android: Ajustes > Batería > Uso de batería. En iPhone: Ajustes > Batería. Si una app que casi no abrís gasta mucho, entrá a su configuración y restringí el uso en segundo plano, o desinstalala. La pantalla siempre aparece arriba: es normal.",
          en: "On Android: Settings > Battery > Battery usage. On iPhone: Settings > Battery. If an app you rarely open uses a lot, restrict its background use in its settings, or uninstall it. The screen is always near the top: that's normal.",
        },
        simple: {
          es: "En la configuración de batería fijate qué aplicación gasta más y borrala si no la usás.",
          en: "In the battery settings, see which app uses the most and remove it if you don't use it.",
        },
      },
      {
        text: {
          es: "Probá con otro cargador y cable, y limpiá la pelusa del conector con un palillo de madera.",
          en: "Try another charger and cable, and clean lint out of the port with a wooden toothpick.",
        },
        help: {
          es: "Si carga solo en cierta posición o muy lento, casi siempre es el cable o pelusa en el conector. Con el celular apagado, raspá suavemente el fondo con un palillo. Usá un cargador original o certificado: los genéricos cargan lento y pueden dañar la batería.",
          en: "If it only charges at a certain angle or very slowly, it's almost always the cable or lint in the port. With the phone off, gently scrape the bottom with a toothpick. Use an original or certified charger: generic ones charge slowly and can harm the battery.",
        },
        simple: {
          es: "Probá con otro cargador y sacá la pelusa del agujero de carga con un palillo.",
          en: "Try another charger and clear lint from the charging hole with a toothpick.",
        },
      },
      {
        text: {
          es: "Bajá el brillo, activá el ahorro de energía y apagá el GPS y el Bluetooth cuando no los uses.",
          en: "Lower the brightness, turn on power saving and switch off location and Bluetooth when not in use.",
        },
        help: {
          es: "En Android: Ajustes > Batería > Ahorro de energía. En iPhone: Ajustes > Batería > Modo de bajo consumo. El brillo automático y el modo oscuro también ayudan. En zonas con poca señal el celular gasta mucho buscando antena: ahí el wifi rinde más.",
          en: "On Android: Settings > Battery > Power saving. On iPhone: Settings > Battery > Low Power Mode. Auto-brightness and dark mode help too. In areas with weak signal the phone burns battery searching for coverage: Wi-Fi is better there.",
        },
        simple: {
          es: "Bajá el brillo y activá el modo de ahorro de batería.",
          en: "Turn the brightness down and switch on battery saving mode.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Consultá la salud de la batería: en iPhone, Ajustes > Batería > Salud y carga; en Samsung, la app Samsung Members.",
          en: "Check battery health: on iPhone, Settings > Battery > Battery Health & Charging; on Samsung, the Samsung Members app.",
        },
        help: {
          es: "En iPhone, si la capacidad máxima es menor al 80%, conviene cambiar la batería. En Samsung: Samsung Members > Soporte > Diagnóstico del teléfono > Estado de la batería. En otros Android, Ajustes > Batería puede mostrar «Estado» o «Salud». Una batería gastada no se arregla con ajustes.",
          en: "On iPhone, if maximum capacity is under 80%, the battery is worth replacing. On Samsung: Samsung Members > Support > Phone diagnostics > Battery status. On other Android phones, Settings > Battery may show “Health” or “Status”. A worn battery can't be fixed with settings.",
        },
        simple: {
          es: "Fijate en la configuración cuánta «salud» le queda a la batería.",
          en: "Check in the settings how much “health” the battery has left.",
        },
      },
      {
        text: {
          es: "Si se queda en 80%, revisá la «carga optimizada» o «protección de batería»: es una función, no una falla.",
          en: "If it stops at 80%, check “optimised charging” or “battery protection”: it's a feature, not a fault.",
        },
        help: {
          es: "En iPhone: Ajustes > Batería > Carga o Salud y carga (carga optimizada o límite de 80%). En Samsung: Ajustes > Batería > Protección de batería (en modelos viejos, dentro de Mantenimiento del dispositivo). Frenan la carga para cuidar la batería: desactivalas si necesitás el 100%.",
          en: "On iPhone: Settings > Battery > Charging or Battery Health & Charging (optimised charging or an 80% limit). On Samsung: Settings > Battery > Battery protection (on older models, under Device care). They pause charging to protect the battery: turn them off if you need 100%.",
        },
        simple: {
          es: "Si nunca pasa de 80%, puede ser una opción que cuida la batería.",
          en: "If it never goes past 80%, it may be a setting that protects the battery.",
        },
      },
    ],
    safety: {
      es: "Si la pantalla se levanta, la tapa se abulta o se calienta mucho cargando, no lo cargues más: la batería puede estar hinchada. Traelo.",
      en: "If the screen lifts, the back bulges or it gets very hot while charging, stop charging it: the battery may be swollen. Bring it in.",
    },
  },
];
