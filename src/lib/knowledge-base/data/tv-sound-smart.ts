import type { KbEntry } from "../types";

/** TV: sound, Smart TV internet and slowness. */
export const TV_SOUND_SMART: readonly KbEntry[] = [
  {
    device: "tv",
    problem: "audio",
    title: { es: "Televisor sin sonido", en: "TV with no sound" },
    quick: [
      {
        text: {
          es: "Apretá «Mute» y subí el volumen con el control; si usás barra de sonido o decodificador, revisá su volumen también.",
          en: "Press “Mute” and turn the volume up on the remote; if you use a soundbar or set-top box, check its volume too.",
        },
        help: {
          es: "Cuando hay un decodificador de cable o un TV box, el volumen puede estar bajado en ese equipo y no en el televisor. Lo mismo con la barra de sonido, que tiene su propio control. Probá subir el volumen en cada uno.",
          en: "With a cable box or TV box, the volume may be turned down on that device rather than on the TV. The same goes for a soundbar, which has its own control. Try turning up the volume on each one.",
        },
        simple: {
          es: "Sacá el silencio y subí el volumen, en la tele y en el decodificador.",
          en: "Turn off mute and raise the volume, on the TV and on the cable box.",
        },
      },
      {
        text: {
          es: "En Configuración > Sonido > Salida de sonido, elegí «Altavoces del TV».",
          en: "In Settings > Sound > Sound output, choose “TV speakers”.",
        },
        help: {
          es: "Si alguna vez conectaste auriculares, una barra por HDMI ARC u óptico o un parlante Bluetooth, el televisor puede seguir mandando el audio ahí. El nombre exacto cambia según la marca («Altavoz del TV», «Parlantes internos»). Desconectá también los auriculares de la entrada de 3,5 mm.",
          en: "If you ever connected headphones, a soundbar over HDMI ARC or optical, or a Bluetooth speaker, the TV may still send audio there. The exact name varies by brand (“TV Speaker”, “Internal speakers”). Also unplug any headphones from the 3.5 mm jack.",
        },
        simple: {
          es: "En el menú de sonido de la tele, elegí que suene por sus propios parlantes.",
          en: "In the TV's sound menu, choose its own speakers.",
        },
      },
      {
        text: {
          es: "Cambiá de canal o de app para ver si falta sonido en todo o solo en una fuente.",
          en: "Switch channel or app to see whether sound is missing everywhere or just from one source.",
        },
        help: {
          es: "Si solo falla una app (por ejemplo Netflix), cerrala y volvé a abrirla, o revisá el idioma de audio del contenido. Si solo falla una entrada HDMI, el problema está en el equipo conectado o en su configuración de audio (por ejemplo, en la consola o el decodificador).",
          en: "If only one app fails (for example Netflix), close and reopen it, or check the content's audio language. If only one HDMI input fails, the issue is the connected device or its audio settings (for example, on the console or set-top box).",
        },
        simple: {
          es: "Probá otro canal o aplicación para ver si en todos falta el sonido.",
          en: "Try another channel or app to see if the sound is missing everywhere.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Hacé la prueba de sonido del menú Soporte: si ahí no suena, fallan los parlantes o la placa.",
          en: "Run the sound test in the Support menu: if it's silent there, the speakers or board are failing.",
        },
        help: {
          es: "Samsung: Configuración > Soporte > Cuidado del dispositivo > Autodiagnóstico > Prueba de sonido. LG y otras marcas la tienen en Soporte o Ayuda. Si la prueba suena bien, el problema es la fuente (app, canal o equipo conectado); si no suena, es hardware.",
          en: "Samsung: Settings > Support > Device Care > Self Diagnosis > Sound Test. LG and other brands have it under Support or Help. If the test sounds fine, the problem is the source (app, channel or connected device); if it's silent, it's hardware.",
        },
        simple: {
          es: "El televisor tiene una prueba de sonido en el menú de ayuda; usala para saber si fallan los parlantes.",
          en: "The TV has a sound test in its help menu; use it to see if the speakers are failing.",
        },
      },
      {
        text: {
          es: "Restablecé la configuración de sonido y actualizá el software del televisor.",
          en: "Reset the sound settings and update the TV's software.",
        },
        help: {
          es: "En Configuración > Sonido buscá «Restablecer sonido». Después, en Configuración > Soporte (o General) > Actualización de software, buscá actualizaciones. Si el sonido se desfasa de la imagen, buscá «Sincronización de audio» o «AV Sync».",
          en: "In Settings > Sound look for “Reset Sound”. Then, in Settings > Support (or General) > Software Update, check for updates. If the sound is out of sync with the picture, look for “Audio sync” or “AV Sync”.",
        },
        simple: {
          es: "Volvé el sonido a como venía de fábrica y actualizá la tele.",
          en: "Reset the sound to factory settings and update the TV.",
        },
      },
    ],
  },
  {
    device: "tv",
    problem: "no_internet",
    title: { es: "Smart TV sin internet", en: "Smart TV with no internet" },
    quick: [
      {
        text: {
          es: "Fijate si el celular navega con el mismo wifi; si tampoco, reiniciá el router.",
          en: "Check whether your phone gets online on the same Wi-Fi; if not, restart the router.",
        },
        help: {
          es: "Si ningún equipo tiene internet, desenchufá el router 30 segundos y esperá 3 a 5 minutos. Si el celular navega bien y solo falla el televisor, el problema es la conexión del televisor: seguí con los otros pasos.",
          en: "If no device has internet, unplug the router for 30 seconds and wait 3 to 5 minutes. If the phone works and only the TV fails, the problem is the TV's connection: carry on with the other steps.",
        },
        simple: {
          es: "Fijate si en el celular anda el wifi de la casa.",
          en: "See if the home Wi-Fi works on your phone.",
        },
      },
      {
        text: {
          es: "Desenchufá el televisor de la pared 60 segundos y volvé a conectarlo al wifi.",
          en: "Unplug the TV from the wall for 60 seconds and reconnect it to the Wi-Fi.",
        },
        help: {
          es: "El televisor en reposo puede quedar con la conexión trabada. Después de desenchufarlo, andá a Configuración > General (o Conexión) > Red > Configuración de red > Inalámbrica, elegí tu red y escribí la clave con cuidado: distingue mayúsculas.",
          en: "In standby the TV can keep a stuck connection. After unplugging it, go to Settings > General (or Connection) > Network > Network settings > Wireless, pick your network and type the password carefully: it's case-sensitive.",
        },
        simple: {
          es: "Desenchufá la tele un minuto y volvé a conectarla al wifi con la clave.",
          en: "Unplug the TV for a minute, then reconnect it to the Wi-Fi with the password.",
        },
      },
      {
        text: {
          es: "Revisá que la fecha y la hora del televisor sean correctas.",
          en: "Check that the TV's date and time are correct.",
        },
        help: {
          es: "Con la fecha mal, las apps (YouTube, Netflix) no se conectan aunque haya wifi, porque fallan los certificados de seguridad. En Configuración > General > Hora (o Fecha y hora), activá la hora automática o cargala a mano.",
          en: "With the wrong date, apps (YouTube, Netflix) won't connect even with Wi-Fi, because the security certificates fail. In Settings > General > Time (or Date & time), turn on automatic time or set it manually.",
        },
        simple: {
          es: "Fijate que la tele tenga bien la fecha y la hora.",
          en: "Check that the TV shows the right date and time.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Hacé la prueba de red del televisor y, si la señal es débil, acercá el router o conectalo por cable.",
          en: "Run the TV's network test and, if the signal is weak, move the router closer or use a cable.",
        },
        help: {
          es: "En Configuración > Red > Estado de red (o Prueba de conexión) el televisor muestra si llega al router y a internet. Un cable de red desde el router al televisor es la conexión más estable. Muchos televisores viejos solo usan la red de 2,4 GHz.",
          en: "In Settings > Network > Network status (or Connection test) the TV shows whether it reaches the router and the internet. A network cable from the router to the TV is the most stable connection. Many older TVs only use the 2.4 GHz network.",
        },
        simple: {
          es: "Si el wifi llega débil, probá conectar la tele al router con un cable.",
          en: "If the Wi-Fi is weak, try connecting the TV to the router with a cable.",
        },
      },
      {
        text: {
          es: "Restablecé la red del televisor y dejá el DNS en automático.",
          en: "Reset the TV's network settings and set DNS to automatic.",
        },
        help: {
          es: "En Configuración > General > Red buscá «Restablecer red». Si alguien cargó un DNS o una IP manual, volvé ambos a «Automático». Después conectate de nuevo al wifi. Si sigue sin andar, actualizá el software del televisor por cable o con un pendrive desde la web del fabricante.",
          en: "In Settings > General > Network look for “Reset Network”. If someone set a manual DNS or IP, switch both back to “Automatic”. Then reconnect to the Wi-Fi. If it still fails, update the TV's software over cable or with a USB stick from the maker's website.",
        },
        simple: {
          es: "Volvé la configuración de internet de la tele a como venía de fábrica; te guiamos.",
          en: "Reset the TV's internet settings to factory defaults; we can guide you.",
        },
      },
    ],
  },
  {
    device: "tv",
    problem: "slow",
    title: { es: "Smart TV lento o con apps que se cierran", en: "Slow Smart TV or apps that crash" },
    quick: [
      {
        text: {
          es: "Desenchufá el televisor 60 segundos: el botón del control solo lo pone en reposo.",
          en: "Unplug the TV for 60 seconds: the remote's power button only puts it in standby.",
        },
        help: {
          es: "Un Smart TV puede pasar meses sin reiniciarse de verdad y acumula memoria ocupada. Desenchufarlo un minuto es el equivalente a reiniciar una computadora. Muchos también permiten mantener el botón de encendido del control hasta que se reinicie.",
          en: "A Smart TV can go months without a real restart and builds up used memory. Unplugging it for a minute is like restarting a computer. Many also restart if you hold the remote's power button until it reboots.",
        },
        simple: {
          es: "Desenchufá la tele de la pared un minuto y volvé a enchufarla.",
          en: "Unplug the TV from the wall for a minute and plug it back in.",
        },
      },
      {
        text: {
          es: "Desinstalá las apps que no usás y borrá la caché de las que fallan.",
          en: "Uninstall apps you don't use and clear the cache of the ones that fail.",
        },
        help: {
          es: "Los televisores tienen poco almacenamiento. En Android TV o Google TV: Configuración > Aplicaciones > la app > Borrar caché. En Samsung: Configuración > Soporte > Cuidado del dispositivo > Administrar almacenamiento. En LG, mantené apretada la app en el inicio para borrarla.",
          en: "TVs have little storage. On Android TV or Google TV: Settings > Apps > the app > Clear cache. On Samsung: Settings > Support > Device Care > Manage Storage. On LG, press and hold the app on the home screen to delete it.",
        },
        simple: {
          es: "Borrá las aplicaciones de la tele que no uses.",
          en: "Remove the TV apps you don't use.",
        },
      },
      {
        text: {
          es: "Actualizá el software del televisor y de las apps desde Configuración > Soporte o General.",
          en: "Update the TV's software and apps from Settings > Support or General.",
        },
        help: {
          es: "Buscá «Actualización de software» y activá la actualización automática. Las apps se actualizan desde la tienda del televisor. Si el televisor ya no recibe actualizaciones, algunas apps pueden dejar de funcionar o andar lentas.",
          en: "Look for “Software Update” and turn on automatic updates. Apps update from the TV's store. If the TV no longer gets updates, some apps may stop working or run slowly.",
        },
        simple: {
          es: "Buscá en el menú la opción de actualizar la tele.",
          en: "Find the update option in the TV's menu.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Como último recurso, restablecé el televisor de fábrica (vas a tener que volver a iniciar sesión en las apps).",
          en: "As a last resort, factory reset the TV (you'll need to sign in to your apps again).",
        },
        help: {
          es: "Está en Configuración > General (o Soporte) > Restablecer. Eso borra apps, cuentas y ajustes, y puede pedir un PIN (en Samsung suele ser 0000). Antes anotá los usuarios y contraseñas de Netflix, YouTube y otras apps, sin escribirlos en este chat.",
          en: "It's under Settings > General (or Support) > Reset. It erases apps, accounts and settings, and may ask for a PIN (on Samsung it's usually 0000). Beforehand, make sure you know your Netflix, YouTube and other app logins, without typing them in this chat.",
        },
        simple: {
          es: "Se puede dejar la tele como nueva, pero después hay que volver a entrar a Netflix y las demás apps.",
          en: "The TV can be reset like new, but afterwards you'll sign in to Netflix and other apps again.",
        },
      },
      {
        text: {
          es: "Si el televisor tiene varios años, considerá un dispositivo de streaming (Chromecast, Fire TV, Roku).",
          en: "If the TV is several years old, consider a streaming device (Chromecast, Fire TV, Roku).",
        },
        help: {
          es: "El hardware de los Smart TV envejece rápido y las apps nuevas le exigen más. Un dispositivo de streaming conectado por HDMI le da apps rápidas y actualizadas a un televisor que todavía tiene buena imagen. Consultanos qué modelo conviene.",
          en: "Smart TV hardware ages quickly and new apps demand more of it. A streaming device plugged into HDMI gives fast, up-to-date apps to a TV that still has a good picture. Ask us which model suits you.",
        },
        simple: {
          es: "Si la tele es vieja, un aparatito que se enchufa por HDMI la hace rápida de nuevo.",
          en: "If the TV is old, a small plug-in HDMI device can make it fast again.",
        },
      },
    ],
  },
];
