import type { KbEntry } from "../types";

/** Router or modem: no internet, won't turn on, slow connection. */
export const ROUTER: readonly KbEntry[] = [
  {
    device: "router",
    problem: "no_internet",
    title: { es: "Router o módem sin internet", en: "Router or modem with no internet" },
    quick: [
      {
        text: {
          es: "Mirá las luces: si «PON» parpadea o «LOS» está en rojo, falla la señal de fibra y hay que llamar al proveedor.",
          en: "Check the lights: if “PON” is blinking or “LOS” is red, the fibre signal is down and you need to call your provider.",
        },
        help: {
          es: "En fibra óptica, una luz LOS roja o PON que no queda fija indica que no llega señal a tu casa: no se arregla desde adentro. Si tenés cable módem, fijate la luz «Online» o «Internet». Si la luz de internet está naranja o roja, el equipo no logra conectarse con el proveedor.",
          en: "On fibre, a red LOS light or a PON light that won't stay steady means no signal is reaching your home: it can't be fixed from inside. On a cable modem, check the “Online” or “Internet” light. If the internet light is orange or red, the box can't connect to the provider.",
        },
        simple: {
          es: "Si ves una luz roja que dice LOS, el problema es de la compañía: llamalos.",
          en: "If you see a red light marked LOS, it's the company's problem: call them.",
        },
      },
      {
        text: {
          es: "Desenchufá el módem o equipo de fibra y el router 30 segundos; enchufá primero el módem y después el router.",
          en: "Unplug the modem or fibre box and the router for 30 seconds; plug in the modem first, then the router.",
        },
        help: {
          es: "Si tenés dos equipos (uno de la compañía y un router aparte), el orden importa: enchufá el de la compañía, esperá 2 o 3 minutos a que las luces se estabilicen, y recién ahí el router. Si es un solo equipo, desenchufalo 30 segundos y esperá 5 minutos.",
          en: "If you have two boxes (one from the provider and a separate router), the order matters: plug in the provider's box, wait 2 or 3 minutes for its lights to settle, then the router. If it's a single box, unplug it for 30 seconds and wait 5 minutes.",
        },
        simple: {
          es: "Desenchufá los aparatos de internet medio minuto y volvé a enchufarlos de a uno.",
          en: "Unplug the internet boxes for half a minute and plug them back in one at a time.",
        },
      },
      {
        text: {
          es: "Revisá que los cables estén firmes: la fibra o coaxial, y el cable de red entre módem y router (puerto WAN).",
          en: "Check the cables are firm: the fibre or coax, and the network cable from modem to router (WAN port).",
        },
        help: {
          es: "El cable de red que une el equipo de la compañía con tu router va en el puerto WAN o Internet del router (suele ser de otro color). Presionalo hasta el clic. La fibra es un cable fino y delicado: no lo dobles ni lo desconectes; solo fijate que no esté aplastado o cortado.",
          en: "The network cable linking the provider's box to your router goes into the router's WAN or Internet port (often a different colour). Push it in until it clicks. Fibre is a thin, delicate cable: don't bend or unplug it; just check it isn't crushed or cut.",
        },
        simple: {
          es: "Fijate que los cables del router estén bien enchufados y que ninguno esté aplastado.",
          en: "Check the router's cables are plugged in properly and none is crushed.",
        },
      },
      {
        text: {
          es: "Consultá en la app o línea de tu proveedor si hay un corte en la zona o un problema con la cuenta.",
          en: "Check your provider's app or helpline for an outage in the area or a problem with your account.",
        },
        help: {
          es: "Personal/Fibertel, Movistar, Claro, Telecentro y otros informan cortes en su app, web o por teléfono, y pueden hacer pruebas remotas al equipo. Tené a mano el número de cliente o DNI del titular. Fijate también que no haya una factura impaga que haya suspendido el servicio.",
          en: "Providers report outages in their app, website or by phone, and can run remote tests on your equipment. Have the account number or the account holder's ID ready. Also check there's no unpaid bill that has suspended the service.",
        },
        simple: {
          es: "Llamá a tu compañía de internet y preguntá si hay un corte o un problema con tu cuenta.",
          en: "Call your internet company and ask if there's an outage or a problem with your account.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Conectá una computadora por cable directo al router para saber si falla internet o solo el wifi.",
          en: "Connect a computer by cable directly to the router to see whether the internet or just the Wi-Fi is failing.",
        },
        help: {
          es: "Si por cable navega bien, el problema es el wifi (señal, contraseña o configuración). Si por cable tampoco anda, el problema es la conexión con el proveedor. Ese dato te sirve para el reclamo y nos ayuda a nosotros.",
          en: "If it works over cable, the problem is the Wi-Fi (signal, password or settings). If cable fails too, the problem is the connection to the provider. That helps when you contact them, and it helps us too.",
        },
        simple: {
          es: "Probá internet con un cable directo al router: así sabés si falla el wifi o la conexión.",
          en: "Try internet with a cable straight to the router: that tells you if it's the Wi-Fi or the connection.",
        },
      },
      {
        text: {
          es: "El reset de fábrica (botón «Reset» 10 segundos) es el último recurso: borra el wifi y puede borrar la configuración del proveedor.",
          en: "A factory reset (holding “Reset” for 10 seconds) is a last resort: it erases the Wi-Fi and may erase the provider's settings.",
        },
        help: {
          es: "Después del reset, el wifi vuelve al nombre y la clave de la etiqueta, y todos tus equipos tienen que reconectarse. En algunos proveedores hay que volver a cargar un usuario y contraseña de conexión (PPPoE) que solo ellos te pueden dar. Si el equipo es de la compañía, consultales antes.",
          en: "After a reset, the Wi-Fi goes back to the name and password on the label, and every device has to reconnect. With some providers you must re-enter a connection username and password (PPPoE) that only they can give you. If the box belongs to the provider, ask them first.",
        },
        simple: {
          es: "Hay un botón para dejar el router de fábrica, pero borra todo: consultá antes de usarlo.",
          en: "There's a button to reset the router to factory settings, but it erases everything: ask first.",
        },
      },
    ],
  },
  {
    device: "router",
    problem: "no_power",
    title: { es: "Router o módem que no enciende", en: "Router or modem that won't turn on" },
    quick: [
      {
        text: {
          es: "Fijate que el transformador esté bien enchufado en la pared y en el router, y probá otro enchufe.",
          en: "Check the power adapter is firmly plugged into the wall and the router, and try another outlet.",
        },
        help: {
          es: "El conector redondo del transformador se sale fácil si el router se mueve. Metelo a fondo. Probá el enchufe con otro aparato y evitá zapatillas con interruptor. Algunos routers tienen un botón «Power» o «On/Off» atrás: fijate que esté presionado.",
          en: "The adapter's round plug comes out easily if the router gets moved. Push it all the way in. Test the outlet with another device and avoid switched power strips. Some routers have a “Power” or “On/Off” button at the back: make sure it's pressed in.",
        },
        simple: {
          es: "Fijate que el cable del router esté bien enchufado y que el botón de atrás esté prendido.",
          en: "Check the router's cable is plugged in properly and the button on the back is on.",
        },
      },
      {
        text: {
          es: "Verificá que el transformador sea el original: otro con el mismo conector puede tener distinto voltaje.",
          en: "Make sure the adapter is the original: another with the same plug may have a different voltage.",
        },
        help: {
          es: "En casa suele haber varios transformadores parecidos (router, módem, decodificador, teléfono). Compará la etiqueta del transformador con la del router: el voltaje (por ejemplo 12 V) tiene que coincidir. Uno equivocado puede no encenderlo o dañarlo.",
          en: "Homes often have several similar adapters (router, modem, TV box, phone). Compare the adapter's label with the router's: the voltage (for example 12 V) must match. The wrong one may not power it or may damage it.",
        },
        simple: {
          es: "Fijate que el cargador del router sea el suyo y no el de otro aparato parecido.",
          en: "Make sure the router's adapter is its own and not one from a similar device.",
        },
      },
      {
        text: {
          es: "Si tenés dos equipos (el de la compañía y un router aparte), fijate cuál es el que no prende.",
          en: "If you have two boxes (the provider's and a separate router), check which one won't turn on.",
        },
        help: {
          es: "El equipo de la compañía (módem o equipo de fibra) suele tener su logo y lo reemplazan ellos sin costo. El router aparte, si lo compraste vos, lo revisamos en el taller. Mientras tanto, podés conectar una computadora por cable directo al equipo de la compañía para tener internet.",
          en: "The provider's box (modem or fibre box) usually carries their logo, and they replace it free of charge. A separate router you bought yourself we can check at the shop. Meanwhile, you can connect a computer by cable straight to the provider's box to get online.",
        },
        simple: {
          es: "Si tenés dos aparatos de internet, fijate cuál de los dos está apagado.",
          en: "If you have two internet boxes, check which of them is off.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Si dejó de andar después de una tormenta, revisá también el cable de la compañía y pedí revisión técnica.",
          en: "If it stopped after a storm, also check the provider's cable and ask for a technical visit.",
        },
        help: {
          es: "Los rayos y las subas de tensión suelen quemar el transformador o el equipo. Si el router o módem es de la compañía (en comodato), te lo cambian sin costo: llamalos. Si es tuyo, traelo con su transformador y lo probamos.",
          en: "Lightning and power surges often burn out the adapter or the box itself. If the router or modem belongs to the provider (on loan), they'll replace it for free: call them. If it's yours, bring it in with its adapter and we'll test it.",
        },
        simple: {
          es: "Si se quemó con una tormenta y es de la compañía, ellos te lo cambian: llamalos.",
          en: "If a storm burnt it out and it belongs to the company, they'll replace it: call them.",
        },
      },
      {
        text: {
          es: "Si prende pero las luces quedan todas fijas o parpadean sin parar varios minutos, anotá cuáles y avisá.",
          en: "If it powers on but all lights stay solid or keep flashing for minutes, note which ones and report it.",
        },
        help: {
          es: "Un router que no termina de arrancar puede tener el firmware dañado o la fuente débil. Sacá una foto de las luces y mandásela al proveedor o traelo. No lo resetees si es de la compañía: pueden diagnosticarlo a distancia.",
          en: "A router that never finishes starting may have damaged firmware or a weak power supply. Take a photo of the lights and send it to your provider or bring it in. Don't reset it if it's the provider's: they can diagnose it remotely.",
        },
        simple: {
          es: "Sacale una foto a las luces del router y mandásela a tu compañía de internet.",
          en: "Take a photo of the router's lights and send it to your internet company.",
        },
      },
    ],
    safety: {
      es: "No abras el router ni el transformador. Si está muy caliente o huele a quemado, desenchufalo.",
      en: "Don't open the router or its adapter. If it's very hot or smells burnt, unplug it.",
    },
  },
  {
    device: "router",
    problem: "slow",
    title: { es: "Internet o wifi lento", en: "Slow internet or Wi-Fi" },
    quick: [
      {
        text: {
          es: "Medí la velocidad en fast.com cerca del router y lejos, y compará con tu plan.",
          en: "Measure the speed at fast.com near the router and far from it, and compare with your plan.",
        },
        help: {
          es: "Si cerca del router la velocidad es buena y lejos es mala, el problema es la cobertura del wifi. Si es mala en todos lados, puede ser el servicio o el router. Medí dos o tres veces, en distintos horarios, con pocos equipos usando internet.",
          en: "If the speed is good near the router and poor further away, the problem is Wi-Fi coverage. If it's poor everywhere, it may be the service or the router. Test two or three times, at different times of day, with few devices online.",
        },
        simple: {
          es: "Entrá a fast.com al lado del router y en la habitación donde anda lento, y compará.",
          en: "Open fast.com next to the router and in the room where it's slow, and compare.",
        },
      },
      {
        text: {
          es: "Ubicá el router en un lugar alto y central, lejos de paredes gruesas, espejos y del microondas.",
          en: "Place the router somewhere high and central, away from thick walls, mirrors and the microwave.",
        },
        help: {
          es: "El wifi pierde mucha fuerza con cada pared de ladrillo y con muebles de metal. Un router dentro de un mueble o en el piso de un rincón cubre mucho menos. Si tiene antenas, ponelas verticales. Para casas grandes conviene un sistema mesh o un repetidor.",
          en: "Wi-Fi loses a lot of strength with each brick wall and with metal furniture. A router inside a cabinet or on the floor in a corner covers much less. If it has antennas, point them straight up. For large homes, a mesh system or extender is worth it.",
        },
        simple: {
          es: "Poné el router alto y en el medio de la casa, no escondido en un mueble.",
          en: "Put the router up high in the middle of the home, not hidden in a cabinet.",
        },
      },
      {
        text: {
          es: "Conectate a la red de 5 GHz si estás cerca del router, y reinicialo si hace semanas que no se apaga.",
          en: "Use the 5 GHz network when you're near the router, and restart it if it hasn't been off for weeks.",
        },
        help: {
          es: "Muchos routers emiten dos redes: la de 2,4 GHz llega más lejos pero es más lenta; la de 5 GHz (suele terminar en «5G») es mucho más rápida a corta distancia. Desenchufar el router 30 segundos también ayuda cuando viene funcionando de forma irregular.",
          en: "Many routers broadcast two networks: 2.4 GHz reaches further but is slower; 5 GHz (often ending in “5G”) is much faster at short range. Unplugging the router for 30 seconds also helps when it's been acting up.",
        },
        simple: {
          es: "Si cerca del router ves una red que termina en «5G», usá esa: es más rápida.",
          en: "Near the router, if you see a network ending in “5G”, use that one: it's faster.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Fijate si alguien está descargando o viendo video en alta calidad en otros equipos, y pausalo para comparar.",
          en: "Check whether someone is downloading or streaming high-quality video on other devices, and pause it to compare.",
        },
        help: {
          es: "Actualizaciones de consolas y PC, copias a la nube, cámaras de seguridad y varios televisores en 4K pueden ocupar toda la conexión. Pausá las descargas y volvé a medir. Si mejora mucho, quizá te convenga un plan más rápido o programar las descargas de noche.",
          en: "Console and PC updates, cloud backups, security cameras and several 4K TVs can use the whole connection. Pause downloads and test again. If it improves a lot, a faster plan or scheduling downloads overnight may be worth it.",
        },
        simple: {
          es: "Fijate si otro equipo está bajando algo grande y pausalo para probar.",
          en: "See if another device is downloading something big and pause it to test.",
        },
      },
      {
        text: {
          es: "Si por cable la velocidad está muy por debajo de lo contratado, hacé el reclamo al proveedor con tus mediciones.",
          en: "If the wired speed is far below what you pay for, file a complaint with your provider using your measurements.",
        },
        help: {
          es: "Conectá una computadora por cable al router, cerrá todo lo demás y medí en fast.com o speedtest.net varias veces. Anotá fecha, hora y resultado. Con esos datos el proveedor puede revisar la línea o cambiarte el equipo. Si el router es muy viejo, quizá no soporte la velocidad de tu plan.",
          en: "Connect a computer by cable to the router, close everything else and test at fast.com or speedtest.net several times. Write down the date, time and result. With that, the provider can check the line or swap the equipment. If the router is very old, it may not support your plan's speed.",
        },
        simple: {
          es: "Medí la velocidad con un cable varias veces, anotalo y reclamale a tu compañía.",
          en: "Test the speed with a cable several times, write it down and complain to your company.",
        },
      },
    ],
  },
];
