import type { KbEntry } from "../types";

/** TV: won't turn on, picture problems. */
export const TV_POWER_DISPLAY: readonly KbEntry[] = [
  {
    device: "tv",
    problem: "no_power",
    title: { es: "Televisor que no enciende", en: "TV that won't turn on" },
    quick: [
      {
        text: {
          es: "Probá encenderlo con el botón del propio televisor (abajo del logo, al costado o atrás), no con el control.",
          en: "Try turning it on with the button on the TV itself (under the logo, on the side or back), not the remote.",
        },
        help: {
          es: "Muchos televisores tienen un único botón o una palanquita debajo del logo frontal o en el borde trasero. Si así enciende, el problema es el control remoto. Fijate también si la luz de reposo (una lucecita roja o blanca) está prendida.",
          en: "Many TVs have a single button or a small joystick under the front logo or on the back edge. If it turns on that way, the remote is the problem. Also check whether the standby light (a small red or white light) is on.",
        },
        simple: {
          es: "Buscá el botón en el mismo televisor y apretalo.",
          en: "Find the button on the TV itself and press it.",
        },
      },
      {
        text: {
          es: "Revisá el control: cambiá las pilas y mirá el LED del control con la cámara del celular al apretar un botón.",
          en: "Check the remote: replace the batteries and look at its LED through your phone camera while pressing a button.",
        },
        help: {
          es: "La luz infrarroja del control no se ve a simple vista, pero sí con la cámara del celular: apuntá el control a la cámara y apretá cualquier botón. Si en la pantalla del celular ves una lucecita que parpadea, el control emite. Si no, cambiá las pilas o el control.",
          en: "The remote's infrared light is invisible to the eye but shows up on a phone camera: point the remote at the camera and press any button. If you see a blinking light on the phone screen, the remote is sending. If not, replace the batteries or the remote.",
        },
        simple: {
          es: "Cambiale las pilas al control remoto.",
          en: "Put new batteries in the remote.",
        },
      },
      {
        text: {
          es: "Desenchufá el televisor de la pared 60 segundos, volvé a enchufarlo y encendelo.",
          en: "Unplug the TV from the wall for 60 seconds, plug it back in and turn it on.",
        },
        help: {
          es: "Los Smart TV nunca se apagan del todo: quedan en reposo y a veces se traban. Desenchufarlo un minuto los reinicia por completo. Enchufalo directo a la pared (sin zapatilla ni estabilizador) y revisá que el cable esté firme atrás del televisor.",
          en: "Smart TVs never fully switch off: they sit in standby and sometimes freeze. Unplugging for a minute resets them completely. Plug it straight into the wall (without a power strip or regulator) and check the cable is firmly in at the back of the TV.",
        },
        simple: {
          es: "Desenchufá la tele un minuto y volvé a enchufarla.",
          en: "Unplug the TV for a minute and plug it back in.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Si la luz de reposo parpadea al intentar encenderlo, contá los parpadeos: es un código de error.",
          en: "If the standby light blinks when you try to turn it on, count the blinks: it's an error code.",
        },
        help: {
          es: "Muchas marcas (Sony, Philips, LG, Samsung) indican la falla con una cantidad fija de parpadeos que se repite. Anotá cuántos y la marca y modelo (están en la etiqueta de atrás). Con eso el técnico sabe qué placa revisar.",
          en: "Many brands (Sony, Philips, LG, Samsung) signal the fault with a fixed number of blinks that repeats. Note how many, plus the brand and model (on the label at the back). With that, the technician knows which board to check.",
        },
        simple: {
          es: "Si la lucecita titila, contá cuántas veces y anotalo con la marca del televisor.",
          en: "If the little light blinks, count how many times and write it down with the TV's brand.",
        },
      },
      {
        text: {
          es: "Si se escucha el sonido pero la pantalla queda negra, probá la prueba de la linterna.",
          en: "If you hear sound but the screen stays black, try the flashlight test.",
        },
        help: {
          es: "Con el televisor encendido y la pantalla negra, acercá la linterna del celular a la pantalla. Si distinguís la imagen muy tenue, falla la iluminación (tiras LED), una reparación común en el taller. Si no se ve nada, puede ser la placa o el panel.",
          en: "With the TV on and the screen black, hold your phone's flashlight close to the screen. If you can make out a faint picture, the backlight (LED strips) has failed, a common shop repair. If you see nothing, it may be the board or the panel.",
        },
        simple: {
          es: "Si se escucha pero no se ve, alumbrá la pantalla con la linterna del celular y fijate si hay imagen.",
          en: "If there's sound but no picture, shine your phone's flashlight on the screen and look for an image.",
        },
      },
    ],
    safety: {
      es: "No abras la tapa trasera: adentro hay partes con alta tensión aun desenchufado. Si hubo olor a quemado o chispazo, desenchufalo.",
      en: "Don't open the back cover: there are high-voltage parts inside even when unplugged. If there was a burning smell or a spark, unplug it.",
    },
  },
  {
    device: "tv",
    problem: "display",
    title: { es: "Televisor sin imagen o con la imagen mal", en: "TV with no picture or a bad picture" },
    quick: [
      {
        text: {
          es: "Apretá «Source» o «Input» en el control y elegí la entrada donde está conectado el equipo (HDMI 1, HDMI 2...).",
          en: "Press “Source” or “Input” on the remote and pick the input the device is connected to (HDMI 1, HDMI 2...).",
        },
        help: {
          es: "Si aparece «Sin señal», el televisor anda pero está mirando otra entrada. Fijate en qué número de HDMI está enchufado el decodificador, la consola o la compu (está escrito al lado del conector atrás) y elegí ese. Prendé también el equipo conectado.",
          en: "If it says “No signal”, the TV works but is looking at another input. Check which HDMI number the set-top box, console or computer is plugged into (it's printed next to the socket at the back) and choose that one. Also turn on the connected device.",
        },
        simple: {
          es: "Apretá el botón «Source» o «Input» del control y elegí la entrada correcta.",
          en: "Press the “Source” or “Input” button on the remote and choose the right input.",
        },
      },
      {
        text: {
          es: "Desconectá y volvé a conectar el cable HDMI de los dos lados, o probá otro cable u otra entrada.",
          en: "Unplug and replug the HDMI cable at both ends, or try another cable or input.",
        },
        help: {
          es: "Los cables HDMI fallan seguido, sobre todo si están doblados o tirantes. Si la imagen corta, parpadea o sale en verde o rosa, cambiá el cable. Probá también otra entrada HDMI del televisor: a veces se daña una sola.",
          en: "HDMI cables fail quite often, especially if bent or stretched. If the picture drops out, flickers or turns green or pink, swap the cable. Also try another HDMI input on the TV: sometimes only one is damaged.",
        },
        simple: {
          es: "Sacá y volvé a poner el cable HDMI, o probá con otro cable.",
          en: "Unplug and replug the HDMI cable, or try a different one.",
        },
      },
      {
        text: {
          es: "Desenchufá el televisor 60 segundos y volvé a encenderlo.",
          en: "Unplug the TV for 60 seconds and turn it on again.",
        },
        help: {
          es: "Un Smart TV en reposo puede trabarse y mostrar la imagen congelada, cortada o en negro con las apps. Desenchufarlo un minuto lo reinicia por completo, algo que el botón del control no hace.",
          en: "A Smart TV in standby can freeze and show a stuck, broken or black picture in apps. Unplugging for a minute fully restarts it, which the remote's power button doesn't do.",
        },
        simple: {
          es: "Desenchufá la tele un minuto y volvé a prenderla.",
          en: "Unplug the TV for a minute and turn it back on.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Hacé la prueba de imagen del menú Soporte o Ayuda del televisor para saber si falla el panel.",
          en: "Run the picture test in the TV's Support or Help menu to find out whether the panel is failing.",
        },
        help: {
          es: "Samsung: Configuración > Soporte > Cuidado del dispositivo > Autodiagnóstico > Prueba de imagen. LG: Configuración > Soporte > Prueba de imagen (o Autodiagnóstico). Si en la prueba aparecen las mismas rayas o manchas, es el panel; si se ve bien, el problema es la fuente de la señal o el cable.",
          en: "Samsung: Settings > Support > Device Care > Self Diagnosis > Picture Test. LG: Settings > Support > Picture Test (or Self Diagnosis). If the test shows the same lines or blotches, it's the panel; if it looks fine, the problem is the signal source or the cable.",
        },
        simple: {
          es: "El televisor trae una prueba de imagen en el menú de ayuda; te dice si el problema es la pantalla.",
          en: "The TV has a picture test in its help menu; it tells you if the screen is the problem.",
        },
      },
      {
        text: {
          es: "Restablecé la configuración de imagen desde Configuración > Imagen > Restablecer.",
          en: "Reset the picture settings from Settings > Picture > Reset.",
        },
        help: {
          es: "Colores exagerados, imagen oscura o movimiento raro suelen ser ajustes cambiados (modo de imagen, brillo, suavizado de movimiento). Elegí el modo «Estándar» o «Cine» y restablecé la imagen. No borra tus apps ni canales.",
          en: "Exaggerated colours, a dark picture or odd motion are usually changed settings (picture mode, brightness, motion smoothing). Choose “Standard” or “Movie” mode and reset the picture. It doesn't remove your apps or channels.",
        },
        simple: {
          es: "Volvé la imagen a como venía de fábrica desde el menú de imagen.",
          en: "Put the picture settings back to factory defaults from the picture menu.",
        },
      },
      {
        text: {
          es: "Si hay rayas fijas, manchas, una zona negra o la pantalla está golpeada, traelo para presupuestar.",
          en: "If there are fixed lines, blotches, a black area or the screen was hit, bring it in for a quote.",
        },
        help: {
          es: "Son fallas del panel o de sus conexiones. En algunos casos se reparan los conectores; si el panel está roto, su costo suele acercarse al de un televisor nuevo, y te lo vamos a decir antes de reparar. Trasladalo en posición vertical, sin apoyar peso sobre la pantalla.",
          en: "These are faults in the panel or its connections. Sometimes the connectors can be repaired; if the panel itself is broken, it often costs close to a new TV, and we'll tell you before any repair. Carry it upright, without putting weight on the screen.",
        },
        simple: {
          es: "Si la pantalla tiene rayas o manchas que no se van, traela para ver si conviene arreglarla.",
          en: "If the screen has lines or marks that won't go, bring it in to see if it's worth fixing.",
        },
      },
    ],
    safety: {
      es: "No limpies la pantalla con alcohol ni la presiones. Para trasladarlo, llevalo siempre parado, nunca acostado.",
      en: "Don't clean the screen with alcohol or press on it. Always carry it upright, never lying flat.",
    },
  },
];
