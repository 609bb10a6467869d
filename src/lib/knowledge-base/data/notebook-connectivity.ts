import type { KbEntry } from "../types";

/** Notebook: internet, accessories. */
export const NOTEBOOK_CONNECTIVITY: readonly KbEntry[] = [
  {
    device: "notebook",
    problem: "no_internet",
    title: { es: "Notebook sin internet o sin wifi", en: "Laptop with no internet or Wi-Fi" },
    quick: [
      {
        text: {
          es: "Fijate si el celular u otro equipo navega con el mismo wifi: si tampoco, el problema es el router.",
          en: "Check whether your phone or another device gets online on the same Wi-Fi: if not, the router is the problem.",
        },
        help: {
          es: "Si ningún equipo tiene internet, reiniciá el router: desenchufalo 30 segundos, volvé a enchufarlo y esperá 3 a 5 minutos. Si el resto navega bien y solo falla la notebook, seguí con los pasos de la notebook.",
          en: "If no device has internet, restart the router: unplug it for 30 seconds, plug it back in and wait 3 to 5 minutes. If everything else works and only the laptop fails, carry on with the laptop steps.",
        },
        simple: {
          es: "Fijate si en el celular anda el wifi de la casa.",
          en: "Check whether the home Wi-Fi works on your phone.",
        },
      },
      {
        text: {
          es: "Revisá que el modo avión esté desactivado y el wifi encendido, desde el ícono de red junto al reloj.",
          en: "Make sure airplane mode is off and Wi-Fi is on, from the network icon next to the clock.",
        },
        help: {
          es: "Muchas notebooks tienen una tecla con un avión o una antena (a veces con Fn) que corta el wifi sin que te des cuenta. Tocá el ícono de red (o el globo terráqueo) junto al reloj, desactivá «Modo avión» y activá «Wi-Fi». Después elegí tu red.",
          en: "Many laptops have a key with an airplane or antenna icon (sometimes with Fn) that cuts Wi-Fi without you noticing. Click the network icon (or the globe) by the clock, turn “Airplane mode” off and “Wi-Fi” on. Then choose your network.",
        },
        simple: {
          es: "Tocá el ícono de internet abajo a la derecha y fijate que el wifi esté prendido.",
          en: "Click the internet icon at the bottom right and make sure Wi-Fi is on.",
        },
      },
      {
        text: {
          es: "Olvidá la red wifi y volvé a conectarte escribiendo la contraseña con cuidado.",
          en: "Forget the Wi-Fi network and reconnect, typing the password carefully.",
        },
        help: {
          es: "En Windows 11: Configuración > Red e Internet > Wi-Fi > Administrar redes conocidas > tu red > Olvidar. Después elegila de nuevo en la lista y escribí la contraseña (distingue mayúsculas). Suele estar impresa en la etiqueta del router.",
          en: "On Windows 11: Settings > Network & internet > Wi-Fi > Manage known networks > your network > Forget. Then select it again from the list and type the password (it's case-sensitive). It's usually printed on the router's label.",
        },
        simple: {
          es: "Borrá tu red wifi de la notebook y volvé a conectarte poniendo la clave.",
          en: "Remove your Wi-Fi network from the laptop and reconnect with the password.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Renová la conexión: en Terminal, ejecutá ipconfig /release, ipconfig /renew y ipconfig /flushdns.",
          en: "Renew the connection: in Terminal, run ipconfig /release, ipconfig /renew and ipconfig /flushdns.",
        },
        help: {
          es: "Clic derecho en Inicio > Terminal (o Símbolo del sistema). Escribí cada comando y apretá Enter, uno por vez. Esto pide una dirección nueva al router y borra la memoria de páginas. Si dice «conectado, sin internet» o no abre páginas, suele resolverlo.",
          en: "Right-click Start > Terminal (or Command Prompt). Type each command and press Enter, one at a time. This asks the router for a new address and clears the cache of web addresses. It often fixes “connected, no internet” or pages that won't load.",
        },
        simple: {
          es: "Hay unos comandos que renuevan la conexión; te los pasamos uno por uno.",
          en: "A few commands renew the connection; we can give them to you one by one.",
        },
      },
      {
        text: {
          es: "Hacé un restablecimiento de red en Configuración > Red e Internet > Configuración de red avanzada.",
          en: "Do a network reset in Settings > Network & internet > Advanced network settings.",
        },
        help: {
          es: "Dentro de Configuración de red avanzada, elegí «Restablecimiento de red» > Restablecer ahora. La notebook se reinicia en 5 minutos y reinstala los adaptadores de red. Después vas a tener que volver a elegir tu wifi y escribir la contraseña. Las VPN instaladas pueden necesitar reconfigurarse.",
          en: "Under Advanced network settings, choose “Network reset” > Reset now. The laptop restarts within 5 minutes and reinstalls its network adapters. Afterwards you'll need to pick your Wi-Fi and type the password again. Installed VPNs may need setting up again.",
        },
        simple: {
          es: "Windows puede reiniciar toda la configuración de internet; después hay que poner la clave del wifi otra vez.",
          en: "Windows can reset all its internet settings; afterwards you type the Wi-Fi password again.",
        },
      },
      {
        text: {
          es: "Actualizá o reinstalá el driver del adaptador inalámbrico desde el Administrador de dispositivos.",
          en: "Update or reinstall the wireless adapter driver from Device Manager.",
        },
        help: {
          es: "Clic derecho en Inicio > Administrador de dispositivos > Adaptadores de red. Si el wifi (Intel, Realtek, Qualcomm) tiene un triángulo amarillo o no aparece, bajá el driver desde otro equipo en la página del fabricante de la notebook y pasalo con un pendrive. También podés probar con un cable de red.",
          en: "Right-click Start > Device Manager > Network adapters. If the Wi-Fi adapter (Intel, Realtek, Qualcomm) has a yellow triangle or is missing, download the driver on another device from the laptop maker's website and copy it over with a USB stick. You can also try a network cable.",
        },
        simple: {
          es: "Puede faltar el programa del wifi; hay que bajarlo de la página de la marca.",
          en: "The Wi-Fi program may be missing; it needs downloading from the brand's website.",
        },
      },
    ],
  },
  {
    device: "notebook",
    problem: "peripheral",
    title: {
      es: "Mouse, teclado o USB que no funciona en la notebook",
      en: "Mouse, keyboard or USB not working on the laptop",
    },
    quick: [
      {
        text: {
          es: "Probá el accesorio en otro puerto USB de la notebook, conectado directo, sin hub ni alargue.",
          en: "Try the accessory in another USB port on the laptop, plugged in directly, without a hub or extension.",
        },
        help: {
          es: "Cada puerto puede fallar por separado, y los hubs baratos a veces no dan energía suficiente. Esperá unos segundos a que Windows lo reconozca (suena un aviso). Si tenés un puerto USB-C, probá también con un adaptador.",
          en: "Each port can fail on its own, and cheap hubs sometimes don't supply enough power. Wait a few seconds for Windows to detect it (you'll hear a chime). If you have a USB-C port, try an adapter there too.",
        },
        simple: {
          es: "Enchufalo en otro agujero USB de la notebook.",
          en: "Plug it into a different USB socket on the laptop.",
        },
      },
      {
        text: {
          es: "Si no anda el touchpad, buscá la tecla que lo desactiva (Fn + un dibujo de touchpad) o activalo en Configuración.",
          en: "If the touchpad doesn't work, look for the key that disables it (Fn plus a touchpad icon) or enable it in Settings.",
        },
        help: {
          es: "Es muy común desactivarlo sin querer. En Windows 11: Configuración > Bluetooth y dispositivos > Panel táctil, y activalo. Algunas notebooks lo apagan solo al conectar un mouse: revisá la opción «Dejar activado el panel táctil cuando haya un mouse conectado».",
          en: "It's very easy to switch off by accident. On Windows 11: Settings > Bluetooth & devices > Touchpad, and turn it on. Some laptops turn it off automatically when a mouse is connected: check the “Leave touchpad on when a mouse is connected” option.",
        },
        simple: {
          es: "Puede que el panel para el dedo esté apagado; hay una tecla que lo vuelve a prender.",
          en: "The finger pad may be switched off; there's a key that turns it back on.",
        },
      },
      {
        text: {
          es: "Si el teclado escribe números en vez de letras, apretá Bloq Num (o Fn + Bloq Num).",
          en: "If the keyboard types numbers instead of letters, press Num Lock (or Fn + Num Lock).",
        },
        help: {
          es: "En notebooks sin teclado numérico aparte, Bloq Num convierte algunas letras (U, I, O, J, K, L) en números. Si las teclas no responden en absoluto, fijate que no esté activado el filtro de teclas: Configuración > Accesibilidad > Teclado > Teclas filtro.",
          en: "On laptops without a separate number pad, Num Lock turns some letters (U, I, O, J, K, L) into numbers. If the keys don't respond at all, check that Filter Keys isn't on: Settings > Accessibility > Keyboard > Filter keys.",
        },
        simple: {
          es: "Si salen números en vez de letras, apretá la tecla que dice «Bloq Num».",
          en: "If numbers come out instead of letters, press the key marked “Num Lock”.",
        },
      },
      {
        text: {
          es: "Si es inalámbrico, cambiale las pilas o cargalo, y acercá el receptor USB.",
          en: "If it's wireless, replace the batteries or charge it, and move the USB receiver closer.",
        },
        help: {
          es: "Con pilas bajas, el mouse salta o se traba antes de dejar de andar. Fijate que el interruptor de abajo esté en «ON». Si usa Bluetooth, quitalo en Configuración > Bluetooth y dispositivos y volvé a emparejarlo.",
          en: "With low batteries, a mouse jumps or lags before it stops working. Check that the switch underneath is set to “ON”. If it uses Bluetooth, remove it in Settings > Bluetooth & devices and pair it again.",
        },
        simple: {
          es: "Ponele pilas nuevas y fijate que esté prendido.",
          en: "Put in new batteries and check it's switched on.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "En el Administrador de dispositivos, buscá dispositivos con triángulo amarillo y buscá cambios de hardware.",
          en: "In Device Manager, look for devices with a yellow triangle and scan for hardware changes.",
        },
        help: {
          es: "Clic derecho en Inicio > Administrador de dispositivos. Desplegá «Mouse y otros dispositivos señaladores», «Teclados» y «Controladoras de bus serie universal». Clic derecho en lo que tenga un triángulo > Desinstalar el dispositivo. Después, menú Acción > Buscar cambios de hardware.",
          en: "Right-click Start > Device Manager. Expand “Mice and other pointing devices”, “Keyboards” and “Universal Serial Bus controllers”. Right-click anything with a triangle > Uninstall device. Then use the Action menu > Scan for hardware changes.",
        },
        simple: {
          es: "Windows puede volver a detectar el accesorio desde una pantalla especial; te guiamos.",
          en: "Windows can detect the accessory again from a special screen; we can guide you.",
        },
      },
      {
        text: {
          es: "Si se derramó líquido sobre el teclado, apagala, desenchufala, ponela boca abajo abierta y traela.",
          en: "If liquid was spilled on the keyboard, turn it off, unplug it, stand it upside down open and bring it in.",
        },
        help: {
          es: "Apagala manteniendo el botón si hace falta, desenchufá el cargador y dejala abierta en forma de V invertida para que escurra. No la prendas para probar ni uses secador de pelo. Cuanto antes la limpiemos por dentro, más chances hay de salvar la placa.",
          en: "Force it off with the button if needed, unplug the charger and leave it open as an upside-down V so it drains. Don't turn it on to test it or use a hair dryer. The sooner we clean it inside, the better the chance of saving the motherboard.",
        },
        simple: {
          es: "Si se mojó el teclado, apagala, ponela boca abajo y traela sin prenderla.",
          en: "If the keyboard got wet, turn it off, turn it upside down and bring it in without switching it on.",
        },
      },
    ],
  },
];
