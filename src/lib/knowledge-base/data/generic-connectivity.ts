import type { KbEntry } from "../types";

/** Generic entries (any device): internet, accessories. */
export const GENERIC_CONNECTIVITY: readonly KbEntry[] = [
  {
    device: null,
    problem: "no_internet",
    title: { es: "Sin internet o sin wifi", en: "No internet or no Wi-Fi" },
    quick: [
      {
        text: {
          es: "Fijate si otros equipos de la casa tienen internet: así sabés si falla el equipo o la conexión.",
          en: "Check whether other devices at home have internet: that tells you if it's the device or the connection.",
        },
        help: {
          es: "Si ningún equipo navega, el problema está en el router o en el proveedor, y conviene reiniciar el router. Si los demás andan bien y solo falla uno, el problema está en ese equipo y hay que revisar su wifi.",
          en: "If no device can get online, the problem is the router or the provider, and restarting the router is the next move. If the others work and only one fails, the problem is that device and its Wi-Fi needs checking.",
        },
        simple: {
          es: "Fijate si en otro celular o compu de la casa anda internet.",
          en: "See if internet works on another phone or computer at home.",
        },
      },
      {
        text: {
          es: "Desenchufá el router (y el módem o equipo de fibra si está aparte) 30 segundos y volvé a enchufarlo.",
          en: "Unplug the router (and the modem or fibre box if separate) for 30 seconds, then plug it back in.",
        },
        help: {
          es: "Esperá 30 segundos con todo desenchufado. Enchufá primero el módem o equipo de fibra, esperá a que se estabilicen las luces, y después el router. En total puede tardar 3 a 5 minutos en volver internet.",
          en: "Wait 30 seconds with everything unplugged. Plug in the modem or fibre box first, wait for its lights to settle, then the router. The internet can take 3 to 5 minutes to come back.",
        },
        simple: {
          es: "Desenchufá el aparato de internet, esperá medio minuto y volvé a enchufarlo.",
          en: "Unplug the internet box, wait half a minute and plug it back in.",
        },
      },
      {
        text: {
          es: "En el equipo, apagá y prendé el wifi, y revisá que el modo avión esté desactivado.",
          en: "On the device, turn Wi-Fi off and on again, and make sure airplane mode is off.",
        },
        help: {
          es: "El modo avión corta todas las conexiones. Desactivalo desde el panel de ajustes rápidos (en celulares, deslizando desde arriba; en Windows, el ícono de red junto al reloj). Después apagá y volvé a prender el wifi y elegí tu red.",
          en: "Airplane mode cuts every connection. Turn it off from the quick settings (on phones, swipe down from the top; on Windows, the network icon next to the clock). Then switch Wi-Fi off and on and pick your network.",
        },
        simple: {
          es: "Sacá el modo avión y volvé a conectar el wifi.",
          en: "Turn off airplane mode and reconnect to the Wi-Fi.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Olvidá la red wifi en el equipo y volvé a conectarte escribiendo la contraseña.",
          en: "Forget the Wi-Fi network on the device and reconnect by typing the password.",
        },
        help: {
          es: "Si cambió la contraseña o quedó una configuración vieja, el equipo no logra conectarse. En la lista de redes, tocá o hacé clic derecho en tu red > Olvidar. Después volvé a elegirla y escribí la clave, que suele estar en la etiqueta del router.",
          en: "If the password changed or an old setting is stuck, the device can't connect. In the network list, tap or right-click your network > Forget. Then select it again and type the password, usually printed on the router's label.",
        },
        simple: {
          es: "Borrá tu red wifi del equipo y volvé a conectarte con la clave.",
          en: "Remove your Wi-Fi network from the device and reconnect with the password.",
        },
      },
      {
        text: {
          es: "Si no anda en ningún equipo, consultá en la app o la línea de tu proveedor si hay un corte en tu zona.",
          en: "If nothing works on any device, check your provider's app or helpline for an outage in your area.",
        },
        help: {
          es: "Personal, Movistar, Claro, Telecentro y otros proveedores informan cortes en su app o por teléfono. Tené a mano tu número de cliente. Si hay un corte, no hace falta tocar nada: solo esperar a que lo resuelvan.",
          en: "Internet providers report outages in their apps or by phone. Have your customer number ready. If there's an outage, there's nothing to fix at home: just wait for them to solve it.",
        },
        simple: {
          es: "Llamá a tu compañía de internet y preguntá si hay un corte en tu barrio.",
          en: "Call your internet company and ask if there's an outage in your area.",
        },
      },
    ],
  },
  {
    device: null,
    problem: "peripheral",
    title: { es: "Accesorio que no funciona", en: "Accessory that isn't working" },
    quick: [
      {
        text: {
          es: "Desconectalo y conectalo en otro puerto USB, sin alargues ni adaptadores.",
          en: "Unplug it and plug it into a different USB port, without extension cables or adapters.",
        },
        help: {
          es: "Los puertos pueden fallar o no dar suficiente energía, sobre todo los frontales de una PC y los hubs. Probá un puerto trasero o del otro lado de la notebook y esperá unos segundos a que el sistema lo reconozca.",
          en: "Ports can fail or not supply enough power, especially a PC's front ports and hubs. Try a port on the back, or on the other side of the laptop, and wait a few seconds for the system to detect it.",
        },
        simple: {
          es: "Enchufalo en otro agujero USB del equipo.",
          en: "Plug it into a different USB socket on the device.",
        },
      },
      {
        text: {
          es: "Si es inalámbrico, cargalo o cambiale las pilas, y fijate que su interruptor esté encendido.",
          en: "If it's wireless, charge it or replace the batteries, and check its power switch is on.",
        },
        help: {
          es: "Muchos mouse, teclados y auriculares tienen un interruptor chiquito abajo o al costado. Con pilas gastadas a veces prende la luz pero no responde. Probá con pilas nuevas o cargalo media hora.",
          en: "Many mice, keyboards and headsets have a small switch underneath or on the side. With weak batteries the light may come on but it won't respond. Try fresh batteries or charge it for half an hour.",
        },
        simple: {
          es: "Ponele pilas nuevas o cargalo, y fijate que esté prendido.",
          en: "Put in new batteries or charge it, and check it's switched on.",
        },
      },
      {
        text: {
          es: "Probalo en otro equipo para saber si falla el accesorio o la computadora.",
          en: "Try it on another device to find out whether the accessory or the computer is at fault.",
        },
        help: {
          es: "Si en otro equipo funciona, el problema está en la computadora original (puerto, driver o configuración). Si tampoco funciona, lo más probable es que el accesorio esté dañado.",
          en: "If it works on another device, the problem is the original computer (port, driver or settings). If it fails there too, the accessory itself is most likely broken.",
        },
        simple: {
          es: "Conectalo en otra compu para ver si anda.",
          en: "Connect it to another computer to see if it works.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Si es Bluetooth, quitalo de la lista de dispositivos y volvé a emparejarlo.",
          en: "If it's Bluetooth, remove it from the device list and pair it again.",
        },
        help: {
          es: "En Windows: Configuración > Bluetooth y dispositivos > tocá los tres puntos del accesorio > Quitar dispositivo. Después poné el accesorio en modo emparejamiento (suele ser mantener un botón hasta que parpadee) y elegí «Agregar dispositivo».",
          en: "On Windows: Settings > Bluetooth & devices > click the three dots next to it > Remove device. Then put the accessory in pairing mode (usually holding a button until it blinks) and choose “Add device”.",
        },
        simple: {
          es: "Borrá el accesorio de la lista de Bluetooth y volvé a conectarlo.",
          en: "Delete the accessory from the Bluetooth list and connect it again.",
        },
      },
      {
        text: {
          es: "Instalá el programa o driver del fabricante desde su página oficial.",
          en: "Install the maker's software or driver from its official website.",
        },
        help: {
          es: "Impresoras, tabletas gráficas, joysticks y algunos auriculares necesitan su propio programa para funcionar completos. Buscá el modelo exacto (está en la etiqueta) en la página del fabricante, sección Soporte o Descargas. Evitá sitios de descargas de terceros.",
          en: "Printers, drawing tablets, game controllers and some headsets need their own software to work fully. Look up the exact model (on its label) on the maker's website, under Support or Downloads. Avoid third-party download sites.",
        },
        simple: {
          es: "Bajá el programa del accesorio desde la página oficial de la marca.",
          en: "Download the accessory's program from the brand's official website.",
        },
      },
    ],
  },
];
