import type { KbEntry } from "../types";

/** Game console: won't turn on, no picture. */
export const CONSOLE_POWER_DISPLAY: readonly KbEntry[] = [
  {
    device: "console",
    problem: "no_power",
    title: { es: "Consola que no enciende", en: "Game console that won't turn on" },
    quick: [
      {
        text: {
          es: "Desenchufá la consola de la pared 1 minuto, revisá el cable de corriente en los dos extremos y encendela con el botón de la consola.",
          en: "Unplug the console from the wall for 1 minute, check the power cable at both ends and turn it on with the console's button.",
        },
        help: {
          es: "PlayStation y Xbox usan un cable que se sale fácil de la parte trasera: metelo a fondo. Enchufala directo a la pared, sin zapatilla. Encendé con el botón de la consola, no con el joystick, por si el problema es el control.",
          en: "PlayStation and Xbox use a cable that easily works loose at the back: push it all the way in. Plug it straight into the wall, without a power strip. Turn it on with the console's button, not the controller, in case the controller is the problem.",
        },
        simple: {
          es: "Desenchufala un minuto, volvé a enchufarla bien y apretá el botón de la consola.",
          en: "Unplug it for a minute, plug it back in firmly and press the button on the console.",
        },
      },
      {
        text: {
          es: "En Nintendo Switch, cargala al menos 30 minutos con su cargador original y mantené el botón de encendido 12 segundos.",
          en: "On a Nintendo Switch, charge it for at least 30 minutes with its original charger, then hold the power button for 12 seconds.",
        },
        help: {
          es: "Si la batería se agotó del todo, la Switch puede tardar en mostrar señales. Usá el cargador oficial (los de celular muchas veces no alcanzan). Después de media hora, mantené apretado el botón de encendido 12 segundos para forzar el apagado y apretalo de nuevo para encenderla.",
          en: "If the battery is completely flat, the Switch can take a while to show signs of life. Use the official charger (phone chargers often aren't enough). After half an hour, hold the power button for 12 seconds to force it off, then press it again to turn it on.",
        },
        simple: {
          es: "Si es una Switch, cargala media hora con su cargador y mantené el botón de prender un rato largo.",
          en: "If it's a Switch, charge it for half an hour with its charger and hold the power button for a while.",
        },
      },
      {
        text: {
          es: "Fijate si en realidad prende (luz o ventilador) y el problema es que el televisor no muestra imagen.",
          en: "Check whether it actually turns on (light or fan) and the problem is that the TV shows no picture.",
        },
        help: {
          es: "Si la luz de la consola se prende blanca o suena el ventilador, la consola enciende: revisá la entrada HDMI del televisor y el cable. Si la luz queda naranja (PlayStation), está en modo reposo: mantené apretado el botón unos segundos hasta que pite.",
          en: "If the console's light turns white or the fan spins, it does turn on: check the TV's HDMI input and the cable. If the light stays orange (PlayStation), it's in rest mode: hold the button for a few seconds until it beeps.",
        },
        simple: {
          es: "Mirá si la consola prende alguna luz: si prende, el problema puede ser la tele o el cable.",
          en: "See if the console shows any light: if it does, the problem may be the TV or the cable.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Si se apaga sola durante el juego, revisá que tenga espacio para ventilar y que las rejillas no tengan polvo.",
          en: "If it shuts off by itself while playing, make sure it has room to breathe and the vents aren't dusty.",
        },
        help: {
          es: "Las consolas se apagan para protegerse del recalentamiento. Dejá al menos 10 cm libres alrededor, no la pongas dentro de un mueble cerrado ni sobre una alfombra. Podés limpiar las rejillas por fuera con un pincel, apagada y desenchufada. La limpieza interna se hace en el taller.",
          en: "Consoles shut down to protect themselves from overheating. Leave at least 10 cm of space around it, and don't put it inside a closed cabinet or on a rug. You can brush the outside vents with it off and unplugged. Internal cleaning is done at the shop.",
        },
        simple: {
          es: "Si se apaga sola, dejale espacio alrededor para que le entre aire.",
          en: "If it turns off by itself, leave space around it so air can get in.",
        },
      },
      {
        text: {
          es: "Si no hay ninguna luz ni ruido con distintos enchufes y cables, o hubo una tormenta, traela.",
          en: "If there's no light or sound with different outlets and cables, or there was a storm, bring it in.",
        },
        help: {
          es: "La fuente de PlayStation y Xbox está adentro de la consola y suele dañarse con subas de tensión. En Switch puede ser la batería o el chip de carga. No la abras: además de riesgo eléctrico, podés perder la garantía. Traé la consola con su cable.",
          en: "PlayStation and Xbox have their power supply inside the console, and surges often damage it. On a Switch it may be the battery or the charging chip. Don't open it: besides the electrical risk, you could void the warranty. Bring the console with its cable.",
        },
        simple: {
          es: "Si no prende con nada, o dejó de andar después de una tormenta, traela con su cable.",
          en: "If nothing makes it turn on, or it stopped after a storm, bring it in with its cable.",
        },
      },
    ],
    safety: {
      es: "No abras la consola ni su fuente. Si hubo olor a quemado o un chispazo, desenchufala y no la vuelvas a prender.",
      en: "Don't open the console or its power supply. If there was a burning smell or a spark, unplug it and don't turn it on again.",
    },
  },
  {
    device: "console",
    problem: "display",
    title: { es: "Consola sin imagen en el televisor", en: "Console with no picture on the TV" },
    quick: [
      {
        text: {
          es: "Elegí en el televisor la entrada HDMI donde está la consola (botón «Source» o «Input»).",
          en: "Select the HDMI input the console is plugged into on the TV (“Source” or “Input” button).",
        },
        help: {
          es: "Fijate el número escrito junto al conector HDMI atrás del televisor (HDMI 1, HDMI 2...) y elegí ese con el control. Si la consola se prende pero el televisor dice «Sin señal», casi siempre es la entrada o el cable.",
          en: "Check the number printed next to the HDMI socket on the back of the TV (HDMI 1, HDMI 2...) and choose that one with the remote. If the console is on but the TV says “No signal”, it's almost always the input or the cable.",
        },
        simple: {
          es: "Con el control de la tele, elegí la entrada HDMI donde está enchufada la consola.",
          en: "With the TV remote, choose the HDMI input the console is plugged into.",
        },
      },
      {
        text: {
          es: "Desconectá y volvé a conectar el HDMI en los dos extremos, o probá otro cable y otra entrada.",
          en: "Unplug and replug the HDMI at both ends, or try another cable and another input.",
        },
        help: {
          es: "Usá preferentemente el cable que vino con la consola: para 4K a 120 Hz hace falta un cable HDMI 2.1. Si el conector de la consola se mueve, está flojo o tiene pines torcidos, no lo fuerces: es una reparación habitual en el taller.",
          en: "Preferably use the cable that came with the console: 4K at 120 Hz needs an HDMI 2.1 cable. If the console's socket wobbles, is loose or has bent pins, don't force it: it's a common shop repair.",
        },
        simple: {
          es: "Sacá y volvé a poner el cable HDMI, o probá con otro cable.",
          en: "Unplug and replug the HDMI cable, or try a different one.",
        },
      },
      {
        text: {
          es: "En Switch con dock, conectá en orden: el cargador al dock, el HDMI al televisor y recién ahí la consola.",
          en: "On a Switch with the dock, connect in order: charger to the dock, HDMI to the TV, and only then the console.",
        },
        help: {
          es: "El dock necesita el cargador original para mandar imagen: otros cargadores USB-C suelen no funcionar. Desconectá todo del dock, esperá 30 segundos y conectá en ese orden. Si en modo portátil la pantalla anda bien, el problema es el dock, el cable o la entrada del televisor.",
          en: "The dock needs the original charger to output video: other USB-C chargers often don't work. Disconnect everything from the dock, wait 30 seconds and reconnect in that order. If the handheld screen works fine, the problem is the dock, the cable or the TV input.",
        },
        simple: {
          es: "Si es una Switch, desconectá todo del dock y volvé a conectarlo en orden.",
          en: "If it's a Switch, unplug everything from the dock and reconnect it in order.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "En PlayStation, arrancá en modo seguro y elegí «Cambiar la salida de video» o «Cambiar la resolución».",
          en: "On PlayStation, start in safe mode and choose “Change Video Output” or “Change Resolution”.",
        },
        help: {
          es: "Con la consola apagada, mantené el botón de encendido hasta escuchar el segundo pitido (unos 7 segundos). Conectá el control con el cable USB y apretá el botón PS. En el menú elegí la opción de salida de video o resolución. Evitá las opciones que inicializan la consola.",
          en: "With the console off, hold the power button until you hear the second beep (about 7 seconds). Connect the controller with the USB cable and press the PS button. In the menu, choose the video output or resolution option. Avoid the options that initialize the console.",
        },
        simple: {
          es: "La PlayStation tiene un modo seguro para arreglar la imagen; te guiamos paso a paso.",
          en: "PlayStation has a safe mode to fix the picture; we can walk you through it.",
        },
      },
      {
        text: {
          es: "En Xbox, iniciá en modo de baja resolución: apagada, mantené Emparejar + Expulsar y tocá el botón Xbox hasta oír dos tonos.",
          en: "On Xbox, start in low-resolution mode: with it off, hold Pair + Eject and press the Xbox button until you hear two tones.",
        },
        help: {
          es: "Mantené apretados los botones de emparejar y expulsar mientras tocás el botón Xbox de la consola, y soltalos después del segundo tono (10 a 20 segundos). En la Series S, que no tiene expulsar, usá solo emparejar + Xbox. Después ajustá la resolución en Configuración > General > Opciones de TV y pantalla.",
          en: "Hold the Pair and Eject buttons while pressing the console's Xbox button, and release them after the second tone (10 to 20 seconds). On the Series S, which has no Eject button, use just Pair + Xbox. Then set the resolution in Settings > General > TV & display options.",
        },
        simple: {
          es: "La Xbox tiene un modo de imagen básica para cuando la tele no muestra nada; te guiamos.",
          en: "Xbox has a basic picture mode for when the TV shows nothing; we can guide you.",
        },
      },
    ],
    safety: {
      es: "Si el conector HDMI de la consola está flojo o dañado, no lo fuerces con el cable: se rompe la placa.",
      en: "If the console's HDMI socket is loose or damaged, don't force the cable in: it can break the board.",
    },
  },
];
