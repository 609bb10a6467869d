import type { KbEntry } from "../types";

/** Monitor: picture problems, won't turn on. */
export const MONITOR: readonly KbEntry[] = [
  {
    device: "monitor",
    problem: "display",
    title: { es: "Monitor sin imagen o con la imagen mal", en: "Monitor with no picture or a bad picture" },
    quick: [
      {
        text: {
          es: "Apretá un botón del monitor para abrir su menú: si aparece, el monitor anda y el problema es el cable o la PC.",
          en: "Press a button on the monitor to open its menu: if it appears, the monitor works and the problem is the cable or PC.",
        },
        help: {
          es: "Los botones suelen estar abajo o atrás, en el borde derecho. Si el menú del monitor (OSD) se ve bien pero no hay imagen de la PC, descartás una falla del panel. Si el menú también se ve con rayas o manchas, el problema es del monitor.",
          en: "The buttons are usually underneath or on the back, near the right edge. If the monitor's on-screen menu looks fine but there's no picture from the PC, the panel isn't the problem. If the menu also shows lines or blotches, the monitor is at fault.",
        },
        simple: {
          es: "Tocá un botón del monitor: si aparece un menú, el monitor anda bien.",
          en: "Press a button on the monitor: if a menu appears, the monitor is fine.",
        },
      },
      {
        text: {
          es: "Elegí la entrada correcta con el botón «Input» o «Source» del monitor (HDMI, DisplayPort, VGA).",
          en: "Choose the right input with the monitor's “Input” or “Source” button (HDMI, DisplayPort, VGA).",
        },
        help: {
          es: "Si el monitor dice «Sin señal» o «No signal», está mirando otra entrada. Fijate en qué conector está enchufado el cable atrás del monitor y elegí esa entrada en el menú. Algunos monitores tienen la opción «Detección automática»: activala.",
          en: "If the monitor says “No signal”, it's looking at another input. Check which socket the cable is plugged into on the back of the monitor and pick that input in the menu. Some monitors have an “Auto detect” option: turn it on.",
        },
        simple: {
          es: "Con los botones del monitor, elegí la entrada donde está enchufado el cable.",
          en: "Use the monitor's buttons to pick the input the cable is plugged into.",
        },
      },
      {
        text: {
          es: "Desconectá y reconectá el cable de video en los dos extremos, o probá con otro cable.",
          en: "Unplug and replug the video cable at both ends, or try another cable.",
        },
        help: {
          es: "Un cable flojo o dañado provoca «Sin señal», parpadeos, colores raros o líneas que cambian al mover el cable. Los VGA y DVI tienen tornillos: ajustalos a mano. En una PC con placa de video, el cable tiene que ir a la placa (salidas de abajo), no a la placa madre.",
          en: "A loose or damaged cable causes “No signal”, flicker, odd colours or lines that change when the cable moves. VGA and DVI cables have screws: tighten them by hand. On a PC with a graphics card, the cable must go into the card (the lower outputs), not the motherboard.",
        },
        simple: {
          es: "Sacá y volvé a poner el cable de la imagen, bien firme, o probá con otro cable.",
          en: "Unplug and replug the picture cable firmly, or try a different cable.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Desde la PC, apretá Windows+P para elegir Duplicar o Extender, y revisá la resolución y la frecuencia.",
          en: "From the PC, press Windows+P to choose Duplicate or Extend, and check the resolution and refresh rate.",
        },
        help: {
          es: "En Configuración > Sistema > Pantalla elegí la resolución «(recomendado)». En Pantalla avanzada, bajá la frecuencia de actualización a 60 Hz si el monitor dice «Fuera de rango» o «Out of range». En Mac: Ajustes del Sistema > Pantallas.",
          en: "In Settings > System > Display pick the “(Recommended)” resolution. Under Advanced display, lower the refresh rate to 60 Hz if the monitor says “Out of range”. On a Mac: System Settings > Displays.",
        },
        simple: {
          es: "En la compu, apretá Windows y P juntas y elegí «Duplicar».",
          en: "On the computer, press Windows and P together and choose “Duplicate”.",
        },
      },
      {
        text: {
          es: "Restablecé el monitor a valores de fábrica desde su menú (Reset o Restablecer).",
          en: "Reset the monitor to factory settings from its menu (Reset).",
        },
        help: {
          es: "En el menú del monitor, buscá «Restablecer todo», «Factory Reset» o «Reset». Corrige colores raros, brillo al mínimo, modos de ahorro de energía o entradas mal configuradas. No afecta a la computadora.",
          en: "In the monitor's menu, look for “Reset all”, “Factory reset” or “Reset”. It fixes odd colours, brightness at minimum, power-saving modes or misconfigured inputs. It doesn't affect the computer.",
        },
        simple: {
          es: "En el menú del monitor hay una opción para dejarlo como venía de fábrica.",
          en: "The monitor's menu has an option to put it back to factory settings.",
        },
      },
      {
        text: {
          es: "Probá el monitor con otra computadora o notebook para saber si falla el monitor o la PC.",
          en: "Try the monitor with another computer or laptop to find out whether the monitor or the PC is failing.",
        },
        help: {
          es: "Si con otro equipo anda bien, el problema está en la PC (placa de video o configuración). Si sigue igual, es el monitor: rayas fijas, manchas o pantalla oscura con el menú apenas visible indican falla del panel o de la iluminación, que se revisan en el taller.",
          en: "If it works fine with another device, the problem is the PC (graphics card or settings). If it's the same, it's the monitor: fixed lines, blotches or a dark screen with a barely visible menu point to a panel or backlight fault, checked at the shop.",
        },
        simple: {
          es: "Conectá el monitor a otra compu para ver si el problema es el monitor.",
          en: "Connect the monitor to another computer to see if the monitor is the problem.",
        },
      },
    ],
  },
  {
    device: "monitor",
    problem: "no_power",
    title: { es: "Monitor que no enciende", en: "Monitor that won't turn on" },
    quick: [
      {
        text: {
          es: "Fijate el color de la luz del monitor: naranja o parpadeando significa que está prendido pero sin señal.",
          en: "Check the monitor's light colour: orange or blinking means it's on but getting no signal.",
        },
        help: {
          es: "Con luz naranja, ámbar o blanca parpadeando, el monitor está en ahorro de energía esperando imagen: el problema es el cable o la computadora. Mové el mouse o apretá una tecla. Si no hay ninguna luz, seguí con los pasos de alimentación.",
          en: "With an orange, amber or blinking white light, the monitor is in power-saving mode waiting for a picture: the problem is the cable or the computer. Move the mouse or press a key. If there's no light at all, carry on with the power steps.",
        },
        simple: {
          es: "Si el monitor tiene una luz naranja, está prendido: el problema es el cable o la compu.",
          en: "If the monitor shows an orange light, it's on: the problem is the cable or the computer.",
        },
      },
      {
        text: {
          es: "Revisá el cable de corriente del monitor, y probá con el cable de la PC, que suele ser igual.",
          en: "Check the monitor's power cable, and try the PC's power cable, which is usually the same type.",
        },
        help: {
          es: "El cable de tres patas se sale fácil atrás del monitor: metelo a fondo. Probá cambiarlo por el de la PC o la impresora. Si el monitor usa un transformador externo, fijate que tenga la luz prendida y que sea el original (mismo voltaje).",
          en: "The three-pin cable easily works loose at the back of the monitor: push it all the way in. Try swapping it with the PC's or printer's cable. If the monitor uses an external power brick, check its light is on and that it's the original (same voltage).",
        },
        simple: {
          es: "Probá el monitor con otro cable de corriente, por ejemplo el de la PC.",
          en: "Try the monitor with a different power cable, such as the PC's.",
        },
      },
      {
        text: {
          es: "Apretá bien el botón de encendido: en muchos monitores está abajo o atrás y es táctil o muy chico.",
          en: "Press the power button properly: on many monitors it's underneath or at the back, and small or touch-sensitive.",
        },
        help: {
          es: "Buscá un símbolo de encendido en el borde inferior o detrás, cerca de la esquina derecha. Algunos tienen una palanquita que se mueve en cruz y se aprieta en el centro para encender. Mantenelo un segundo.",
          en: "Look for a power symbol on the bottom edge or at the back, near the right corner. Some have a small joystick that you press in the middle to turn on. Hold it for a second.",
        },
        simple: {
          es: "Buscá el botón de prender debajo o atrás del monitor y apretalo un segundo.",
          en: "Find the power button under or behind the monitor and hold it for a second.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Probá otro enchufe sin zapatilla y desenchufá el monitor un minuto antes de volver a probar.",
          en: "Try another outlet without a power strip, and unplug the monitor for a minute before trying again.",
        },
        help: {
          es: "Después de un corte o una suba de tensión, el monitor puede quedar en protección. Un minuto desenchufado lo reinicia. Si dejó de andar justo después de una tormenta, la fuente interna puede estar dañada: no sigas insistiendo.",
          en: "After a power cut or surge, the monitor can stay in protection mode. A minute unplugged resets it. If it stopped working right after a storm, the internal power supply may be damaged: stop trying.",
        },
        simple: {
          es: "Enchufalo en otro lugar, directo a la pared, después de dejarlo desenchufado un minuto.",
          en: "Plug it somewhere else, straight into the wall, after leaving it unplugged for a minute.",
        },
      },
      {
        text: {
          es: "Si prende un instante y se apaga, o hace un zumbido o chasquido, desenchufalo y traelo.",
          en: "If it turns on for a moment and goes off, or buzzes or clicks, unplug it and bring it in.",
        },
        help: {
          es: "Son síntomas típicos de capacitores o fuente interna dañados. Es una reparación habitual en el taller, y suele convenir frente a un monitor nuevo. Traé también su cable o transformador.",
          en: "These are typical signs of failing capacitors or a damaged internal power supply. It's a common shop repair and often cheaper than a new monitor. Bring its cable or power brick too.",
        },
        simple: {
          es: "Si hace ruidos raros o se apaga solo, desenchufalo y traelo.",
          en: "If it makes odd noises or switches itself off, unplug it and bring it in.",
        },
      },
    ],
    safety: {
      es: "No abras el monitor: la fuente interna guarda electricidad peligrosa. Si huele a quemado, desenchufalo.",
      en: "Don't open the monitor: its internal power supply stores dangerous charge. If it smells burnt, unplug it.",
    },
  },
];
