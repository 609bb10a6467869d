import type { KbEntry } from "../types";

/** Tablet: won't turn on, battery. */
export const TABLET_POWER: readonly KbEntry[] = [
  {
    device: "tablet",
    problem: "no_power",
    title: { es: "Tablet que no enciende", en: "Tablet that won't turn on" },
    quick: [
      {
        text: {
          es: "Cargala al menos una hora con un cargador de pared de buena potencia, no desde la compu.",
          en: "Charge it for at least an hour with a decent wall charger, not from a computer.",
        },
        help: {
          es: "Las tablets tienen baterías grandes: si quedaron semanas sin usar, pueden tardar mucho en mostrar señales. Usá el cargador original o uno de al menos 10 W; los de celulares viejos o el USB de una compu casi no la cargan. Después de una hora, intentá prenderla.",
          en: "Tablets have large batteries: after weeks unused they can take a long time to show any sign of life. Use the original charger or one of at least 10 W; old phone chargers or a computer's USB barely charge it. After an hour, try turning it on.",
        },
        simple: {
          es: "Dejala cargando una hora con su cargador, enchufado a la pared.",
          en: "Leave it charging for an hour with its charger, plugged into the wall.",
        },
      },
      {
        text: {
          es: "Forzá el reinicio: mantené encendido + bajar volumen 15 a 20 segundos (en iPad, subir, bajar y mantené el botón superior).",
          en: "Force a restart: hold power + volume down for 15 to 20 seconds (on iPad, volume up, volume down, then hold the top button).",
        },
        help: {
          es: "Muchas tablets quedan colgadas con la pantalla negra y parecen apagadas. En iPad sin botón de inicio: apretá y soltá subir volumen, apretá y soltá bajar volumen, y mantené el botón superior hasta ver la manzana. Con botón de inicio: mantené inicio + superior.",
          en: "Many tablets freeze with a black screen and look switched off. On an iPad without a Home button: press and release volume up, press and release volume down, then hold the top button until the Apple logo appears. With a Home button: hold Home + top button.",
        },
        simple: {
          es: "Apretá a la vez el botón de prender y el de bajar volumen un buen rato.",
          en: "Hold the power button and the volume-down button together for a good while.",
        },
      },
      {
        text: {
          es: "Probá otro cable y revisá que el conector no tenga pelusa ni esté flojo.",
          en: "Try another cable and check the port for lint or looseness.",
        },
        help: {
          es: "En tablets de uso familiar, el cable y el conector sufren mucho. Con la tablet apagada, mirá el conector con una linterna y sacá la pelusa con un palillo de madera. Si el cable entra flojo o hay que sostenerlo para que cargue, el conector necesita reparación.",
          en: "On family tablets, the cable and port take a lot of abuse. With the tablet off, look into the port with a flashlight and remove lint with a wooden toothpick. If the cable is loose or must be held at an angle to charge, the port needs repair.",
        },
        simple: {
          es: "Probá con otro cable y fijate que el agujero de carga esté limpio.",
          en: "Try another cable and check the charging hole is clean.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Fijate si al enchufarla aparece el logo o un ícono de batería aunque sea un instante.",
          en: "Watch whether the logo or a battery icon appears, even briefly, when you plug it in.",
        },
        help: {
          es: "Si aparece el ícono de batería y se apaga, la batería está muy baja o gastada: dejala cargando más tiempo. Si no aparece nada con distintos cargadores, puede fallar el conector, la batería o la placa. Anotá lo que ves: ayuda al diagnóstico.",
          en: "If the battery icon shows and then disappears, the battery is very low or worn: leave it charging longer. If nothing appears with different chargers, the port, battery or board may be failing. Note what you see: it helps the diagnosis.",
        },
        simple: {
          es: "Mirá si se prende algo en la pantalla al enchufarla, aunque sea un segundo.",
          en: "See if anything lights up on the screen when you plug it in, even for a second.",
        },
      },
      {
        text: {
          es: "Si se cayó o se mojó, no sigas probando: traela para revisarla.",
          en: "If it was dropped or got wet, stop trying: bring it in for a check.",
        },
        help: {
          es: "Un golpe puede desconectar la batería o dañar la pantalla, y la humedad puede hacer un corto al cargarla. Dejala apagada y desenchufada. En el taller vemos si conviene repararla y, si hace falta, recuperamos fotos y archivos.",
          en: "A drop can disconnect the battery or damage the screen, and moisture can short it when charging. Keep it off and unplugged. At the shop we'll see whether it's worth repairing and, if needed, recover photos and files.",
        },
        simple: {
          es: "Si se cayó o se mojó, no la cargues más y traela.",
          en: "If it fell or got wet, don't charge it again: bring it in.",
        },
      },
    ],
    safety: {
      es: "Si la pantalla se despega o la tablet se abulta, la batería está hinchada: no la cargues y traela.",
      en: "If the screen is lifting or the tablet bulges, the battery is swollen: don't charge it, bring it in.",
    },
  },
  {
    device: "tablet",
    problem: "battery",
    title: {
      es: "Tablet con batería que dura poco o carga lento",
      en: "Tablet battery that drains fast or charges slowly",
    },
    quick: [
      {
        text: {
          es: "Usá el cargador original o uno de al menos 10 W: con cargadores de celular tarda horas o no carga.",
          en: "Use the original charger or one of at least 10 W: phone chargers take hours or don't charge at all.",
        },
        help: {
          es: "Si al usarla mientras carga el porcentaje no sube, el cargador no da la potencia necesaria. Mirá la etiqueta: «5V 2A» son 10 W. Los iPad más nuevos y muchas tablets Android cargan bien con 18 a 20 W por USB-C.",
          en: "If the percentage doesn't rise while you use it on the charger, the charger isn't powerful enough. Check the label: “5V 2A” is 10 W. Newer iPads and many Android tablets charge well at 18 to 20 W over USB-C.",
        },
        simple: {
          es: "Cargala con su propio cargador; los de celular son muy débiles para una tablet.",
          en: "Charge it with its own charger; phone chargers are too weak for a tablet.",
        },
      },
      {
        text: {
          es: "En Ajustes > Batería, revisá qué apps gastan más y cerrá los juegos y videos que queden abiertos.",
          en: "In Settings > Battery, see which apps use the most and close games and videos left running.",
        },
        help: {
          es: "Los juegos y las apps de video siguen gastando en segundo plano. En Android, desde Ajustes > Aplicaciones > la app > Batería podés restringir el uso en segundo plano. En iPad: Ajustes > Batería muestra el consumo de las últimas 24 horas y 10 días.",
          en: "Games and video apps keep draining in the background. On Android, Settings > Apps > the app > Battery lets you restrict background use. On iPad: Settings > Battery shows usage over the last 24 hours and 10 days.",
        },
        simple: {
          es: "Fijate qué juego o aplicación gasta más batería y cerralo cuando no lo uses.",
          en: "See which game or app uses the most battery and close it when not in use.",
        },
      },
      {
        text: {
          es: "Bajá el brillo y apagá el wifi y el Bluetooth cuando la tablet quede guardada.",
          en: "Lower the brightness and turn off Wi-Fi and Bluetooth when the tablet is put away.",
        },
        help: {
          es: "La pantalla grande es lo que más consume. Activá el brillo automático y el ahorro de energía. Si la guardás varios días, apagala del todo: en reposo con wifi sigue sincronizando y puede llegar a cero, y las baterías sufren si quedan descargadas mucho tiempo.",
          en: "The large screen uses the most power. Turn on auto-brightness and power saving. If you put it away for several days, switch it off completely: on standby with Wi-Fi it keeps syncing and can hit zero, and batteries suffer when left flat for long.",
        },
        simple: {
          es: "Bajá el brillo y apagala del todo si no la vas a usar por varios días.",
          en: "Turn down the brightness and switch it off fully if you won't use it for days.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Consultá la salud de la batería, si tu tablet lo muestra (algunos iPad en Ajustes > Batería; Samsung en Samsung Members).",
          en: "Check the battery health if your tablet shows it (some iPads in Settings > Battery; Samsung in Samsung Members).",
        },
        help: {
          es: "Algunos iPad muestran «Salud de la batería» en Ajustes > Batería, y en Samsung la app Samsung Members > Diagnóstico. Si la tablet tiene varios años y pasa de 100% a 20% en poco tiempo o se apaga con carga, la batería está gastada y conviene reemplazarla en el taller.",
          en: "Some iPads show “Battery Health” in Settings > Battery, and on Samsung the Samsung Members app > Diagnostics. If the tablet is several years old and drops from 100% to 20% quickly or dies with charge left, the battery is worn and worth replacing at the shop.",
        },
        simple: {
          es: "Si la tablet es vieja y se descarga enseguida, la batería está gastada y se puede cambiar.",
          en: "If the tablet is old and runs down quickly, the battery is worn and can be replaced.",
        },
      },
      {
        text: {
          es: "Actualizá el sistema y las apps: muchas actualizaciones corrigen consumos excesivos.",
          en: "Update the system and apps: many updates fix excessive battery drain.",
        },
        help: {
          es: "En Android: Ajustes > Actualización de software. En iPad: Ajustes > General > Actualización de software. Después, actualizá todas las apps desde la tienda. Si la tablet ya no recibe actualizaciones del sistema, desinstalá las apps que no uses.",
          en: "On Android: Settings > Software update. On iPad: Settings > General > Software Update. Then update all apps from the store. If the tablet no longer gets system updates, uninstall the apps you don't use.",
        },
        simple: {
          es: "Actualizá la tablet y sus aplicaciones.",
          en: "Update the tablet and its apps.",
        },
      },
    ],
    safety: {
      es: "Si la tablet se calienta mucho al cargar, se abulta o la pantalla se separa del marco, desenchufala y traela.",
      en: "If the tablet gets very hot while charging, bulges or the screen separates from the frame, unplug it and bring it in.",
    },
  },
];
