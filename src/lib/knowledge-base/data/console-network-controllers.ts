import type { KbEntry } from "../types";

/** Game console: no internet, controllers. */
export const CONSOLE_NETWORK_CONTROLLERS: readonly KbEntry[] = [
  {
    device: "console",
    problem: "no_internet",
    title: {
      es: "Consola sin internet o sin conexión online",
      en: "Console with no internet or online connection",
    },
    quick: [
      {
        text: {
          es: "Hacé la prueba de conexión de la consola para ver en qué paso falla.",
          en: "Run the console's connection test to see which step fails.",
        },
        help: {
          es: "PS5: Ajustes > Red > Estado de la conexión > Probar la conexión a Internet. Xbox: Configuración > General > Configuración de red > Probar conexión de red. Switch: Configuración de la consola > Internet > Probar conexión. Si falla «obtener dirección IP», es el wifi; si falla el inicio de sesión, puede ser el servicio online.",
          en: "PS5: Settings > Network > Connection Status > Test Internet Connection. Xbox: Settings > General > Network settings > Test network connection. Switch: System Settings > Internet > Test Connection. If “obtain IP address” fails, it's the Wi-Fi; if sign-in fails, it may be the online service.",
        },
        simple: {
          es: "En el menú de red de la consola hay una prueba de conexión; usala para ver qué falla.",
          en: "The console's network menu has a connection test; use it to see what's failing.",
        },
      },
      {
        text: {
          es: "Revisá si PlayStation Network, Xbox Live o Nintendo Online tienen una caída en su página de estado.",
          en: "Check whether PlayStation Network, Xbox Live or Nintendo Online is down on its status page.",
        },
        help: {
          es: "Desde el celular, buscá «estado de PlayStation Network», «Xbox status» o «Nintendo estado de la red». Si el servicio está caído, no hay nada que arreglar en casa: solo esperar. Algunos juegos también tienen caídas propias en sus servidores.",
          en: "From your phone, search for “PlayStation Network status”, “Xbox status” or “Nintendo network status”. If the service is down, there's nothing to fix at home: just wait. Some games also have their own server outages.",
        },
        simple: {
          es: "Fijate desde el celular si el servicio online de la consola está caído.",
          en: "Check from your phone whether the console's online service is down.",
        },
      },
      {
        text: {
          es: "Reiniciá el router (30 segundos desenchufado) y apagá la consola del todo, sin modo reposo.",
          en: "Restart the router (30 seconds unplugged) and turn the console fully off, not in rest mode.",
        },
        help: {
          es: "En PlayStation, elegí «Apagar» en vez de «Modo de reposo». En Xbox, mantené el botón de la consola 10 segundos hasta que se apague y desenchufala 10 segundos. Después encendé primero el router, esperá que vuelva internet y luego la consola.",
          en: "On PlayStation, choose “Turn Off” instead of “Rest Mode”. On Xbox, hold the console's button for 10 seconds until it shuts down, and unplug it for 10 seconds. Then power up the router first, wait for the internet to return, and then the console.",
        },
        simple: {
          es: "Reiniciá el router y apagá la consola del todo, no en reposo.",
          en: "Restart the router and switch the console completely off, not to rest mode.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Conectá la consola por cable de red al router: es más estable para jugar online.",
          en: "Connect the console to the router with a network cable: it's more stable for online play.",
        },
        help: {
          es: "El wifi agrega cortes y demora (lag), sobre todo si la consola está lejos del router o detrás de paredes. Con cable, la consola lo detecta solo. La Switch necesita un adaptador LAN en el dock (la versión OLED lo trae incorporado).",
          en: "Wi-Fi adds dropouts and delay (lag), especially if the console is far from the router or behind walls. With a cable, the console detects it automatically. The Switch needs a LAN adapter on the dock (the OLED model has one built in).",
        },
        simple: {
          es: "Usá un cable de internet del router a la consola: anda mejor que el wifi para jugar.",
          en: "Use an internet cable from the router to the console: it works better than Wi-Fi for gaming.",
        },
      },
      {
        text: {
          es: "Volvé la configuración de red a automática (IP y DNS) y configurá la conexión de nuevo.",
          en: "Set the network configuration back to automatic (IP and DNS) and set up the connection again.",
        },
        help: {
          es: "Si alguien cargó un DNS o una IP manual, puede haber dejado de funcionar. En la configuración de red de la consola, elegí configurar la conexión otra vez con los ajustes automáticos o «Fácil». Revisá también que la fecha y hora de la consola sean correctas.",
          en: "If someone entered a manual DNS or IP, it may have stopped working. In the console's network settings, set up the connection again using automatic or “Easy” settings. Also check the console's date and time are correct.",
        },
        simple: {
          es: "Volvé a configurar el wifi de la consola eligiendo las opciones automáticas.",
          en: "Set up the console's Wi-Fi again, choosing the automatic options.",
        },
      },
    ],
  },
  {
    device: "console",
    problem: "peripheral",
    title: { es: "Joystick o control de consola que no funciona", en: "Console controller not working" },
    quick: [
      {
        text: {
          es: "Cargá el joystick con el cable USB conectado a la consola y apretá el botón central (PS, Xbox o Home).",
          en: "Charge the controller with the USB cable plugged into the console, and press the centre button (PS, Xbox or Home).",
        },
        help: {
          es: "Conectarlo por cable también lo vuelve a vincular con la consola (PlayStation y Xbox). Dejalo cargando 15 minutos. Si la luz no prende con el cable, probá otro cable: muchos solo cargan o están dañados. El control de Xbox suele usar pilas AA: cambialas.",
          en: "Connecting it by cable also re-pairs it with the console (PlayStation and Xbox). Leave it charging for 15 minutes. If the light doesn't come on with the cable, try another one: many are charge-only or damaged. Xbox controllers often use AA batteries: replace them.",
        },
        simple: {
          es: "Enchufá el joystick a la consola con el cable y apretá el botón del medio.",
          en: "Plug the controller into the console with the cable and press the middle button.",
        },
      },
      {
        text: {
          es: "Resetealo: en PlayStation, apretá 5 segundos el agujerito de atrás con un palillo; en Xbox, volvé a emparejarlo.",
          en: "Reset it: on PlayStation, press the pinhole on the back for 5 seconds with a toothpick; on Xbox, pair it again.",
        },
        help: {
          es: "En DualSense y DualShock 4 el botón de reset está en un agujerito atrás, cerca de L2. Después conectalo por cable y apretá PS. En Xbox, apretá el botón de emparejar de la consola y después mantené el del control (arriba) hasta que el logo parpadee rápido.",
          en: "On DualSense and DualShock 4 controllers, the reset button is in a pinhole on the back near L2. Then connect it by cable and press PS. On Xbox, press the console's pair button, then hold the controller's pair button (on top) until the logo flashes quickly.",
        },
        simple: {
          es: "El joystick tiene un botón escondido para reiniciarlo; se aprieta con un palillo.",
          en: "The controller has a hidden reset button; you press it with a toothpick.",
        },
      },
      {
        text: {
          es: "En Switch, encastrá los Joy-Con en la consola para vincularlos y revisá Configuración > Mandos y sensores.",
          en: "On Switch, slide the Joy-Con onto the console to pair them, and check System Settings > Controllers and Sensors.",
        },
        help: {
          es: "Encastrarlos en los rieles de la consola los vuelve a vincular. Si el personaje se mueve solo (drift), en Configuración de la consola > Mandos y sensores > Calibrar palancas de control podés calibrarlas. Si después de calibrar sigue, hay que reparar o cambiar la palanca.",
          en: "Sliding them onto the console's rails re-pairs them. If your character moves by itself (drift), you can calibrate under System Settings > Controllers and Sensors > Calibrate Control Sticks. If it continues after calibrating, the stick needs repair or replacement.",
        },
        simple: {
          es: "Poné los controles de la Switch en los costados de la consola para volver a conectarlos.",
          en: "Slide the Switch controllers onto the sides of the console to reconnect them.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Actualizá el software del control y de la consola.",
          en: "Update the controller's and the console's software.",
        },
        help: {
          es: "PS5: Ajustes > Accesorios > Controles > Software del dispositivo del control inalámbrico. Xbox: Configuración > Dispositivos y conexiones > Accesorios > el control > Versión del firmware. También actualizá el sistema de la consola. Las actualizaciones corrigen desconexiones y fallas de vibración.",
          en: "PS5: Settings > Accessories > Controllers > Wireless Controller Device Software. Xbox: Settings > Devices & connections > Accessories > the controller > Firmware version. Also update the console system. Updates fix disconnections and vibration faults.",
        },
        simple: {
          es: "Actualizá la consola y el joystick desde el menú de accesorios.",
          en: "Update the console and the controller from the accessories menu.",
        },
      },
      {
        text: {
          es: "Si hay drift, botones que no responden o un gatillo trabado, traelo: se cambian palancas y botones.",
          en: "If there's stick drift, unresponsive buttons or a stuck trigger, bring it in: sticks and buttons can be replaced.",
        },
        help: {
          es: "El desgaste de las palancas analógicas es la falla más común de los joysticks y suele repararse por menos de lo que cuesta uno nuevo. No lo desarmes ni le pongas lubricantes o alcohol por las ranuras: empeora el problema.",
          en: "Worn analogue sticks are the most common controller fault and the repair usually costs less than a new controller. Don't take it apart or put lubricant or alcohol into the gaps: it makes things worse.",
        },
        simple: {
          es: "Si el personaje se mueve solo o un botón no anda, traelo: se puede arreglar.",
          en: "If the character moves on its own or a button doesn't work, bring it in: it can be fixed.",
        },
      },
    ],
  },
];
