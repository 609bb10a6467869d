import type { KbEntry } from "../types";

/** Printer: won't turn on, not connecting over Wi-Fi. */
export const PRINTER_POWER_NETWORK: readonly KbEntry[] = [
  {
    device: "printer",
    problem: "no_power",
    title: { es: "Impresora que no enciende", en: "Printer that won't turn on" },
    quick: [
      {
        text: {
          es: "Revisá que el cable de corriente esté firme atrás de la impresora y en la pared, sin zapatilla apagada.",
          en: "Check the power cable is firmly in at the back of the printer and the wall, with no switched-off power strip.",
        },
        help: {
          es: "El cable de las impresoras suele salirse apenas de su conector trasero. Sacalo y volvé a meterlo a fondo. Probá enchufarla directo a la pared y con otro aparato en ese enchufe para confirmar que hay corriente.",
          en: "Printer power cables often work slightly loose at the back. Pull it out and push it all the way back in. Try plugging it straight into the wall, and test that outlet with another device to confirm there's power.",
        },
        simple: {
          es: "Sacá y volvé a poner el cable de la impresora, de los dos lados.",
          en: "Unplug and replug the printer's cable at both ends.",
        },
      },
      {
        text: {
          es: "Si tiene fuente o transformador externo, fijate que su luz esté prendida.",
          en: "If it has an external power adapter, check that its light is on.",
        },
        help: {
          es: "Algunas impresoras (muchas HP, por ejemplo) usan una fuente aparte entre el cable y la impresora. Si tiene luz y está apagada, la fuente puede estar dañada. Conectá bien los dos cables de la fuente. No uses fuentes de otros aparatos aunque el conector entre.",
          en: "Some printers (many HP models, for example) use a separate power brick between the cable and the printer. If it has a light and the light is off, the brick may be faulty. Firmly connect both of its cables. Don't use adapters from other devices even if the plug fits.",
        },
        simple: {
          es: "Si el cable tiene una cajita en el medio, fijate que tenga la luz prendida.",
          en: "If the cable has a box in the middle, check its light is on.",
        },
      },
      {
        text: {
          es: "Desenchufala un minuto, volvé a enchufarla y mantené apretado el botón de encendido 3 segundos.",
          en: "Unplug it for a minute, plug it back in and hold the power button for 3 seconds.",
        },
        help: {
          es: "Después de un corte de luz, la impresora puede quedar trabada. Con un minuto desenchufada se reinicia la electrónica. Algunos botones necesitan una pulsación firme de un par de segundos: si el botón está hundido o trabado, no lo fuerces.",
          en: "After a power cut, the printer can get stuck. A minute unplugged resets its electronics. Some buttons need a firm press for a couple of seconds: if the button is sunken or stuck, don't force it.",
        },
        simple: {
          es: "Desenchufala un minuto, enchufala y apretá el botón de prender unos segundos.",
          en: "Unplug it for a minute, plug it in and hold the power button for a few seconds.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Si prende y se apaga sola o muestra un error general, anotá el código o la combinación de luces.",
          en: "If it turns on and then off, or shows a general error, write down the code or the light pattern.",
        },
        help: {
          es: "Errores como «Error de impresora», «E-xx», «Llame al servicio técnico» o todas las luces parpadeando a la vez suelen indicar una pieza trabada (carro, rodillos) o el contador de la almohadilla de tinta lleno. Apagala, revisá que no haya papel ni objetos adentro, y si vuelve, traela.",
          en: "Errors such as “Printer error”, “E-xx”, “Service required” or all lights flashing together usually mean a stuck part (carriage, rollers) or the ink pad counter being full. Turn it off, check there's no paper or object inside, and if the error returns, bring it in.",
        },
        simple: {
          es: "Si muestra un error o titilan todas las luces, anotalo o sacale una foto.",
          en: "If it shows an error or all lights blink, write it down or take a photo.",
        },
      },
      {
        text: {
          es: "Si dejó de andar después de una tormenta o un corte, no insistas y traela.",
          en: "If it stopped working after a storm or power cut, stop trying and bring it in.",
        },
        help: {
          es: "Las subas de tensión suelen dañar la fuente interna de la impresora. Seguir probando puede empeorarlo. Traé la impresora con su cable y, si tiene, la fuente externa. Para el futuro conviene un estabilizador o una zapatilla con protección.",
          en: "Power surges often damage the printer's internal power supply. Repeated attempts can make it worse. Bring the printer with its cable and, if it has one, the external adapter. For the future, a voltage regulator or surge-protected strip is worth having.",
        },
        simple: {
          es: "Si dejó de andar después de una tormenta, traela sin seguir probando.",
          en: "If it stopped after a storm, bring it in without trying any more.",
        },
      },
    ],
    safety: {
      es: "No abras la impresora ni su fuente, y si hay olor a quemado desenchufala enseguida.",
      en: "Don't open the printer or its power supply, and if it smells burnt unplug it right away.",
    },
  },
  {
    device: "printer",
    problem: "no_internet",
    title: { es: "Impresora wifi que no se conecta", en: "Wi-Fi printer that won't connect" },
    quick: [
      {
        text: {
          es: "Fijate la luz de wifi de la impresora: si parpadea o está apagada, no está conectada a la red.",
          en: "Check the printer's Wi-Fi light: if it's blinking or off, it isn't connected to the network.",
        },
        help: {
          es: "Luz fija suele significar conectada; parpadeando, buscando o en modo configuración; apagada, wifi desactivado. En impresoras con pantalla, mirá el ícono de wifi o el menú Red. Si cambiaste el router o la contraseña del wifi, hay que volver a configurarla.",
          en: "A steady light usually means connected; blinking means searching or in setup mode; off means Wi-Fi is disabled. On printers with a screen, check the Wi-Fi icon or the Network menu. If you changed the router or the Wi-Fi password, it needs setting up again.",
        },
        simple: {
          es: "Mirá la lucecita de wifi de la impresora: tiene que estar fija, no titilando.",
          en: "Look at the printer's Wi-Fi light: it should be steady, not blinking.",
        },
      },
      {
        text: {
          es: "Reiniciá el router y la impresora, y conectá la compu o el celular al mismo wifi que la impresora.",
          en: "Restart the router and the printer, and connect the computer or phone to the same Wi-Fi as the printer.",
        },
        help: {
          es: "Apagá la impresora, reiniciá el router (30 segundos desenchufado), esperá a que vuelva internet y prendé la impresora. El equipo desde donde imprimís tiene que estar en la misma red: si el router tiene dos nombres (por ejemplo «Casa» y «Casa-5G»), probá en el que no dice 5G.",
          en: "Turn the printer off, restart the router (30 seconds unplugged), wait for the internet to come back, then turn the printer on. The device you print from must be on the same network: if the router has two names (for example “Home” and “Home-5G”), try the one without 5G.",
        },
        simple: {
          es: "Reiniciá el router y la impresora, y usá el mismo wifi en la compu.",
          en: "Restart the router and the printer, and use the same Wi-Fi on the computer.",
        },
      },
      {
        text: {
          es: "Imprimí la página de configuración de red para ver si tiene señal y qué dirección IP tiene.",
          en: "Print the network configuration page to see its signal and IP address.",
        },
        help: {
          es: "Suele estar en el menú Red > Imprimir informe, o manteniendo un botón (wifi o información) unos segundos; el manual de tu modelo lo indica. Fijate el nombre de la red (SSID), la intensidad de señal y la IP. Si la señal es baja, acercá la impresora al router.",
          en: "It's usually under the Network menu > Print report, or by holding a button (Wi-Fi or info) for a few seconds; your model's manual explains how. Check the network name (SSID), the signal strength and the IP address. If the signal is weak, move the printer closer to the router.",
        },
        simple: {
          es: "La impresora puede imprimir una hoja con los datos de su conexión; fijate si tiene señal.",
          en: "The printer can print a page showing its connection; check whether it has signal.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Volvé a conectarla al wifi con el asistente de la impresora o con la app del fabricante.",
          en: "Reconnect it to the Wi-Fi with the printer's setup wizard or the maker's app.",
        },
        help: {
          es: "En el panel: Configuración > Red > Asistente de configuración Wi-Fi, elegí tu red y escribí la contraseña. Sin pantalla, usá HP Smart, Epson Smart Panel o Canon PRINT desde el celular, o el botón WPS (apretá WPS en el router y después el de wifi en la impresora). Las impresoras suelen necesitar la red de 2,4 GHz.",
          en: "On the panel: Setup > Network > Wi-Fi Setup Wizard, pick your network and enter the password. Without a screen, use HP Smart, Epson Smart Panel or Canon PRINT on your phone, or WPS (press WPS on the router, then the Wi-Fi button on the printer). Printers usually need the 2.4 GHz network.",
        },
        simple: {
          es: "Hay que volver a poner la clave del wifi en la impresora, desde su menú o la app de la marca.",
          en: "The Wi-Fi password needs entering again on the printer, from its menu or the brand's app.",
        },
      },
      {
        text: {
          es: "En la computadora, quitá la impresora y agregala de nuevo para que encuentre su nueva dirección.",
          en: "On the computer, remove the printer and add it again so it finds its new address.",
        },
        help: {
          es: "Si el router le asignó otra IP, la compu la busca en la dirección vieja y la marca «Sin conexión». En Windows: Impresoras y escáneres > tu impresora > Quitar, y después «Agregar dispositivo». Si aparece dos veces, usá la que diga «Lista». Probá también con un cable USB para descartar la red.",
          en: "If the router gave it a new IP address, the computer looks at the old one and shows it “Offline”. On Windows: Printers & scanners > your printer > Remove, then “Add device”. If it shows up twice, use the one marked “Ready”. Also try a USB cable to rule out the network.",
        },
        simple: {
          es: "Borrá la impresora de la compu y agregala de nuevo para que la vuelva a encontrar.",
          en: "Remove the printer from the computer and add it again so it finds it.",
        },
      },
    ],
  },
];
