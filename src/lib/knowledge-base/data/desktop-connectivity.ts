import type { KbEntry } from "../types";

/** Desktop PC: internet, sound, accessories. */
export const DESKTOP_CONNECTIVITY: readonly KbEntry[] = [
  {
    device: "desktop",
    problem: "no_internet",
    title: { es: "PC de escritorio sin internet", en: "Desktop PC with no internet" },
    quick: [
      {
        text: {
          es: "Fijate si otros equipos de la casa navegan: si ninguno anda, reiniciá el router 30 segundos.",
          en: "Check whether other devices at home get online: if none do, restart the router for 30 seconds.",
        },
        help: {
          es: "Desenchufá el router (y el módem o equipo de fibra si está aparte), esperá 30 segundos y volvé a enchufarlo. Esperá 3 a 5 minutos a que las luces se estabilicen. Si los demás equipos andan y solo falla la PC, seguí con los pasos de la PC.",
          en: "Unplug the router (and the modem or fibre box if separate), wait 30 seconds and plug it back in. Give it 3 to 5 minutes for the lights to settle. If other devices work and only the PC fails, carry on with the PC steps.",
        },
        simple: {
          es: "Fijate si en el celular anda internet; si no anda en ninguno, reiniciá el router.",
          en: "See if internet works on your phone; if it works nowhere, restart the router.",
        },
      },
      {
        text: {
          es: "Si va por cable, revisá que el cable de red esté bien enchufado y que la lucecita del puerto titile.",
          en: "If it's wired, check the network cable is firmly plugged in and the port's little light is blinking.",
        },
        help: {
          es: "Atrás de la PC, el conector de red tiene luces verdes o naranjas que se prenden cuando hay conexión. Sacá el cable y volvé a ponerlo hasta que haga clic, en la PC y en el router. Si tenés otro cable o podés usar otro puerto del router, probalo.",
          en: "At the back of the PC, the network socket has green or orange lights that come on when connected. Unplug the cable and push it back in until it clicks, at the PC and at the router. If you have another cable or a free router port, try it.",
        },
        simple: {
          es: "Sacá y volvé a poner el cable de internet, en la PC y en el router, hasta que haga clic.",
          en: "Unplug and replug the internet cable at the PC and the router until it clicks.",
        },
      },
      {
        text: {
          es: "Si usa wifi, revisá el adaptador (USB o placa) y que el wifi esté activado junto al reloj.",
          en: "If it uses Wi-Fi, check the adapter (USB or card) and that Wi-Fi is turned on by the clock.",
        },
        help: {
          es: "Muchas PC de escritorio no traen wifi y usan un adaptador USB. Si se movió, probalo en un puerto trasero. Tocá el ícono de red junto al reloj, activá el Wi-Fi, desactivá el modo avión y elegí tu red. Con antena, que esté enroscada.",
          en: "Many desktops have no built-in Wi-Fi and use a USB adapter. If it was moved, try a rear port. Click the network icon by the clock, turn Wi-Fi on, turn airplane mode off and pick your network. If it has antennas, make sure they're screwed on.",
        },
        simple: {
          es: "Si la PC usa wifi, fijate que el aparatito de wifi esté bien enchufado.",
          en: "If the PC uses Wi-Fi, make sure the little Wi-Fi plug-in is firmly connected.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Ejecutá en Terminal: ipconfig /release, ipconfig /renew e ipconfig /flushdns.",
          en: "Run in Terminal: ipconfig /release, ipconfig /renew and ipconfig /flushdns.",
        },
        help: {
          es: "Clic derecho en Inicio > Terminal (o Símbolo del sistema). Escribí cada comando y apretá Enter. Renueva la dirección que el router le da a la PC y limpia la memoria de direcciones web. Ayuda cuando dice «Sin internet» aunque esté conectada.",
          en: "Right-click Start > Terminal (or Command Prompt). Type each command and press Enter. It renews the address the router gives the PC and clears the cache of web addresses. It helps when it says “No internet” despite being connected.",
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
          es: "Elegí «Restablecimiento de red» > Restablecer ahora. La PC se reinicia y reinstala los adaptadores de red. Si usás wifi, después vas a tener que elegir la red y escribir la contraseña de nuevo. Si sigue igual, revisá en el Administrador de dispositivos que el adaptador de red no tenga un triángulo amarillo.",
          en: "Choose “Network reset” > Reset now. The PC restarts and reinstalls its network adapters. On Wi-Fi, you'll need to pick the network and type the password again afterwards. If nothing changes, check in Device Manager that the network adapter has no yellow triangle.",
        },
        simple: {
          es: "Windows puede reiniciar toda su configuración de internet; te guiamos.",
          en: "Windows can reset all its internet settings; we can guide you.",
        },
      },
    ],
  },
  {
    device: "desktop",
    problem: "audio",
    title: { es: "PC de escritorio sin sonido", en: "Desktop PC with no sound" },
    quick: [
      {
        text: {
          es: "Revisá que los parlantes estén prendidos, con volumen, y enchufados en la salida verde de atrás.",
          en: "Check the speakers are on, turned up, and plugged into the green jack at the back.",
        },
        help: {
          es: "Los parlantes de PC suelen tener su propia perilla de encendido y volumen, y algunos un cable USB o una fuente aparte. El conector va en la salida verde (la rosa es para micrófono y la celeste es entrada). Si hay salida verde adelante, probá también ahí.",
          en: "PC speakers usually have their own power and volume knob, and some need a USB cable or separate power adapter. The plug goes into the green jack (pink is the microphone and light blue is line in). If there's a green jack at the front, try that too.",
        },
        simple: {
          es: "Fijate que los parlantes estén prendidos y enchufados en el agujerito verde de atrás.",
          en: "Make sure the speakers are on and plugged into the green hole at the back.",
        },
      },
      {
        text: {
          es: "Hacé clic en el ícono del parlante junto al reloj y elegí la salida correcta.",
          en: "Click the speaker icon by the clock and choose the right output.",
        },
        help: {
          es: "Si el monitor está conectado por HDMI o DisplayPort, Windows a veces manda el sonido al monitor, que puede no tener parlantes. En Windows 11 tocá la flecha «>» junto al volumen y elegí «Altavoces» o «Speakers» (Realtek) o tus auriculares.",
          en: "If the monitor is connected over HDMI or DisplayPort, Windows sometimes sends sound to the monitor, which may have no speakers. On Windows 11, click the “>” arrow next to the volume and pick “Speakers” (Realtek) or your headset.",
        },
        simple: {
          es: "Tocá el parlantito de abajo a la derecha y elegí tus parlantes.",
          en: "Click the little speaker at the bottom right and choose your speakers.",
        },
      },
      {
        text: {
          es: "Revisá en el Mezclador de volumen que la app que usás no esté silenciada.",
          en: "Check in the Volume mixer that the app you're using isn't muted.",
        },
        help: {
          es: "Clic derecho en el ícono del parlante > Abrir mezclador de volumen. Cada app (navegador, Discord, juegos) tiene su propio volumen. Si alguno está en cero o tachado, subilo. Probá también con un video de YouTube para comparar.",
          en: "Right-click the speaker icon > Open volume mixer. Each app (browser, Discord, games) has its own volume. If one is at zero or crossed out, turn it up. Also test with a YouTube video to compare.",
        },
        simple: {
          es: "Fijate que el programa que usás no tenga el volumen en cero.",
          en: "Make sure the program you're using doesn't have its volume at zero.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Ejecutá el solucionador de audio y, si sigue, reinstalá el driver Realtek desde el Administrador de dispositivos.",
          en: "Run the audio troubleshooter and, if it persists, reinstall the Realtek driver from Device Manager.",
        },
        help: {
          es: "Clic derecho en el parlante > Solucionar problemas de sonido. Si no alcanza: clic derecho en Inicio > Administrador de dispositivos > Controladoras de sonido y vídeo > clic derecho en el audio > Desinstalar el dispositivo, y reiniciá. Windows lo reinstala solo.",
          en: "Right-click the speaker > Troubleshoot sound problems. If that's not enough: right-click Start > Device Manager > Sound, video and game controllers > right-click the audio device > Uninstall device, then restart. Windows reinstalls it automatically.",
        },
        simple: {
          es: "Windows tiene una herramienta que arregla el sonido; hacé clic derecho en el parlante.",
          en: "Windows has a tool that fixes sound; right-click the speaker icon.",
        },
      },
      {
        text: {
          es: "Probá los parlantes en otro equipo (un celular con cable) para saber si fallan ellos o la PC.",
          en: "Test the speakers on another device (a phone with a cable) to find out if they or the PC are at fault.",
        },
        help: {
          es: "Si con el celular los parlantes suenan bien, el problema está en la PC (driver o conector). Si tampoco suenan, fallan los parlantes o su fuente. Probá también unos auriculares en la PC para confirmar.",
          en: "If the speakers work with the phone, the problem is the PC (driver or jack). If they're silent there too, the speakers or their power adapter have failed. Also try headphones on the PC to confirm.",
        },
        simple: {
          es: "Conectá los parlantes a un celular para ver si andan.",
          en: "Connect the speakers to a phone to see if they work.",
        },
      },
    ],
  },
  {
    device: "desktop",
    problem: "peripheral",
    title: {
      es: "Mouse, teclado o USB que no funciona en la PC",
      en: "Mouse, keyboard or USB not working on the PC",
    },
    quick: [
      {
        text: {
          es: "Conectalo en un puerto USB de atrás del gabinete, directo, sin hub ni alargue.",
          en: "Plug it into a USB port at the back of the case, directly, without a hub or extension.",
        },
        help: {
          es: "Los puertos de atrás van soldados a la placa madre y son más confiables que los frontales, que dependen de un cable interno. Esperá unos segundos a que Windows lo reconozca. Si funciona atrás pero no adelante, los frontales pueden estar desconectados.",
          en: "Rear ports are soldered to the motherboard and are more reliable than front ones, which rely on an internal cable. Wait a few seconds for Windows to detect it. If it works at the back but not the front, the front ports may be disconnected.",
        },
        simple: {
          es: "Enchufalo en uno de los agujeros USB de atrás de la PC.",
          en: "Plug it into one of the USB sockets at the back of the PC.",
        },
      },
      {
        text: {
          es: "Si es inalámbrico, cambiale las pilas y conectá el receptor en un puerto cercano, a la vista.",
          en: "If it's wireless, replace the batteries and plug the receiver into a nearby, visible port.",
        },
        help: {
          es: "El gabinete metálico bloquea la señal si el receptor queda atrás, contra la pared. Usá un puerto frontal o un alargue USB para acercarlo al mouse o teclado. Fijate también que el interruptor del accesorio esté en «ON».",
          en: "The metal case blocks the signal if the receiver is at the back against the wall. Use a front port or a USB extension to bring it closer to the mouse or keyboard. Also check the accessory's switch is set to “ON”.",
        },
        simple: {
          es: "Ponele pilas nuevas y acercá el aparatito USB al mouse o teclado.",
          en: "Put in new batteries and move the little USB plug closer to the mouse or keyboard.",
        },
      },
      {
        text: {
          es: "Probalo en otra computadora para saber si falla el accesorio o la PC.",
          en: "Try it on another computer to find out whether the accessory or the PC is at fault.",
        },
        help: {
          es: "Si en otra computadora anda, el problema está en la PC (puerto, driver o configuración) y conviene seguir con los pasos avanzados. Si tampoco anda, el accesorio está dañado: no vale la pena seguir configurando.",
          en: "If it works on another computer, the problem is the PC (port, driver or settings) and the advanced steps are worth trying. If it doesn't work there either, the accessory is broken: no point in more settings.",
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
          es: "En el Administrador de dispositivos, desinstalá lo que tenga triángulo amarillo y buscá cambios de hardware.",
          en: "In Device Manager, uninstall anything with a yellow triangle and scan for hardware changes.",
        },
        help: {
          es: "Clic derecho en Inicio > Administrador de dispositivos. Revisá «Teclados», «Mouse y otros dispositivos señaladores» y «Controladoras de bus serie universal». Clic derecho en lo que tenga triángulo > Desinstalar el dispositivo. Después, menú Acción > Buscar cambios de hardware.",
          en: "Right-click Start > Device Manager. Check “Keyboards”, “Mice and other pointing devices” and “Universal Serial Bus controllers”. Right-click anything with a triangle > Uninstall device. Then use the Action menu > Scan for hardware changes.",
        },
        simple: {
          es: "Windows puede volver a detectar el accesorio desde una pantalla especial; te guiamos.",
          en: "Windows can detect the accessory again from a special screen; we can guide you.",
        },
      },
      {
        text: {
          es: "Si el teclado no anda al encender (BIOS) pero sí en Windows, o al revés, probá otro puerto USB 2.0.",
          en: "If the keyboard fails at startup (BIOS) but works in Windows, or the other way round, try another USB 2.0 port.",
        },
        help: {
          es: "Algunas placas madre solo activan ciertos puertos al cargar Windows. Los puertos USB 2.0 suelen ser negros y los 3.0 azules. Si necesitás el teclado para entrar a la BIOS o elegir opciones de arranque, usá un puerto negro de atrás.",
          en: "Some motherboards only enable certain ports once Windows loads. USB 2.0 ports are usually black and 3.0 ports blue. If you need the keyboard to enter the BIOS or pick startup options, use a black port at the back.",
        },
        simple: {
          es: "Si el teclado no anda al prender la PC, probalo en un agujero USB negro de atrás.",
          en: "If the keyboard doesn't work when the PC starts, try a black USB socket at the back.",
        },
      },
    ],
  },
];
