import type { KbEntry } from "../types";

/** Peripherals (mouse, keyboard, headset, speakers, webcam...): not working, won't turn on, sound. */
export const PERIPHERALS: readonly KbEntry[] = [
  {
    device: "peripheral",
    problem: "peripheral",
    title: {
      es: "Mouse, teclado u otro accesorio que no funciona",
      en: "Mouse, keyboard or other accessory not working",
    },
    quick: [
      {
        text: {
          es: "Desconectalo y conectalo en otro puerto USB, directo a la computadora, sin hub ni alargue.",
          en: "Unplug it and plug it into another USB port, directly on the computer, without a hub or extension.",
        },
        help: {
          es: "Esperá unos segundos: Windows suena al reconocer un dispositivo. En una PC de escritorio, usá los puertos de atrás, que son los más confiables. Si tenés un hub o alargue, sacalo para la prueba: muchos no dan suficiente energía.",
          en: "Wait a few seconds: Windows plays a sound when it detects a device. On a desktop PC, use the ports at the back, which are the most reliable. If you use a hub or extension, remove it for the test: many don't supply enough power.",
        },
        simple: {
          es: "Enchufalo en otro agujero USB de la computadora.",
          en: "Plug it into a different USB socket on the computer.",
        },
      },
      {
        text: {
          es: "Si es inalámbrico, cambiá las pilas o cargalo, y fijate que el interruptor esté en «ON».",
          en: "If it's wireless, replace the batteries or charge it, and check the switch is set to “ON”.",
        },
        help: {
          es: "El interruptor suele estar abajo (mouse) o en un costado o atrás (teclado). Con pilas gastadas, el mouse salta o el teclado pierde letras antes de dejar de andar. Si usa receptor USB, conectalo en un puerto cercano al accesorio.",
          en: "The switch is usually underneath (mouse) or on the side or back (keyboard). With weak batteries, a mouse jumps or a keyboard drops letters before it stops working. If it uses a USB receiver, plug it into a port near the accessory.",
        },
        simple: {
          es: "Ponele pilas nuevas y fijate que esté prendido.",
          en: "Put in new batteries and check it's switched on.",
        },
      },
      {
        text: {
          es: "Probalo en otra computadora, celular o tablet para saber si falla el accesorio o el equipo.",
          en: "Try it on another computer, phone or tablet to find out whether the accessory or the device is at fault.",
        },
        help: {
          es: "Muchos mouse y teclados USB o Bluetooth funcionan también en celulares y tablets. Si en otro equipo anda, el problema está en la computadora original (puerto, driver o configuración). Si tampoco anda, el accesorio está dañado.",
          en: "Many USB or Bluetooth mice and keyboards also work on phones and tablets. If it works elsewhere, the problem is the original computer (port, driver or settings). If it doesn't work anywhere, the accessory is broken.",
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
          es: "Si es Bluetooth, quitalo de la lista y volvé a emparejarlo en modo vinculación.",
          en: "If it's Bluetooth, remove it from the list and pair it again in pairing mode.",
        },
        help: {
          es: "En Windows: Configuración > Bluetooth y dispositivos > tres puntos junto al accesorio > Quitar dispositivo. Poné el accesorio en modo vinculación (suele ser mantener el botón «Connect» o de Bluetooth hasta que la luz parpadee rápido) y elegí «Agregar dispositivo». Algunos teclados piden escribir un código numérico.",
          en: "On Windows: Settings > Bluetooth & devices > three dots next to the accessory > Remove device. Put the accessory in pairing mode (usually holding the “Connect” or Bluetooth button until the light blinks fast) and choose “Add device”. Some keyboards ask you to type a numeric code.",
        },
        simple: {
          es: "Borrá el accesorio de la lista de Bluetooth y volvé a conectarlo.",
          en: "Delete the accessory from the Bluetooth list and connect it again.",
        },
      },
      {
        text: {
          es: "Instalá el programa oficial del fabricante (Logitech, Razer, HyperX...) y revisá la cámara en Privacidad.",
          en: "Install the maker's official software (Logitech, Razer, HyperX...) and check the camera under Privacy.",
        },
        help: {
          es: "Los programas oficiales permiten volver a vincular receptores, actualizar firmware y configurar botones. Si lo que no anda es una cámara web, revisá Configuración > Privacidad y seguridad > Cámara y activá el acceso para las apps. Algunas cámaras tienen una tapa o un botón de privacidad.",
          en: "Official software lets you re-pair receivers, update firmware and set up buttons. If a webcam is what's not working, check Settings > Privacy & security > Camera and allow access for apps. Some webcams have a privacy shutter or button.",
        },
        simple: {
          es: "Bajá el programa del accesorio desde la página oficial de la marca.",
          en: "Download the accessory's program from the brand's official website.",
        },
      },
    ],
    safety: {
      es: "Si se derramó líquido sobre el teclado, desconectalo, ponelo boca abajo para que escurra y dejalo secar 24 horas antes de probarlo.",
      en: "If liquid was spilled on the keyboard, unplug it, turn it upside down to drain and let it dry for 24 hours before testing.",
    },
  },
  {
    device: "peripheral",
    problem: "no_power",
    title: { es: "Accesorio inalámbrico que no enciende", en: "Wireless accessory that won't turn on" },
    quick: [
      {
        text: {
          es: "Cargalo 30 minutos con otro cable, o poné pilas nuevas respetando la polaridad (+ y −).",
          en: "Charge it for 30 minutes with another cable, or fit new batteries the right way round (+ and −).",
        },
        help: {
          es: "Los auriculares, joysticks y mouse con batería interna pueden tardar varios minutos en mostrar la luz de carga si se descargaron del todo. Muchos cables USB baratos solo cargan mal. Con pilas, fijate que el lado plano (−) apoye en el resorte.",
          en: "Headsets, game controllers and mice with a built-in battery can take several minutes to show the charging light if fully drained. Many cheap USB cables charge poorly. With batteries, make sure the flat end (−) rests against the spring.",
        },
        simple: {
          es: "Cargalo media hora con otro cable, o ponele pilas nuevas.",
          en: "Charge it for half an hour with another cable, or put in new batteries.",
        },
      },
      {
        text: {
          es: "Buscá el interruptor de encendido (abajo o al costado) y mantené el botón de encendido unos 5 segundos.",
          en: "Find the power switch (underneath or on the side) and hold the power button for about 5 seconds.",
        },
        help: {
          es: "Muchos accesorios tienen un interruptor deslizante y además un botón que hay que mantener. Los auriculares suelen necesitar 3 a 5 segundos hasta que suena un tono o se prende la luz. Fijate en el manual o en la página del modelo.",
          en: "Many accessories have a slide switch plus a button you need to hold. Headsets usually need 3 to 5 seconds until a tone sounds or the light comes on. Check the manual or the model's web page.",
        },
        simple: {
          es: "Buscá la teclita de prender y mantené apretado el botón unos segundos.",
          en: "Find the on switch and hold the button down for a few seconds.",
        },
      },
      {
        text: {
          es: "Revisá el compartimento de pilas: si hay polvo blanco o verde, limpialo con un hisopo seco.",
          en: "Check the battery compartment: if there's white or green powder, clean it with a dry cotton swab.",
        },
        help: {
          es: "Las pilas viejas se sulfatan y los contactos dejan de conducir. Sacá las pilas, limpiá los contactos con un hisopo seco (o apenas humedecido en alcohol isopropílico), dejá secar y poné pilas nuevas. Lavate las manos después y no toques el polvo.",
          en: "Old batteries leak and corrode the contacts so they stop conducting. Remove the batteries, clean the contacts with a dry swab (or one barely damp with isopropyl alcohol), let it dry and fit new batteries. Wash your hands afterwards and don't touch the powder.",
        },
        simple: {
          es: "Si las pilas viejas dejaron polvo, limpialo con un hisopo y poné pilas nuevas.",
          en: "If old batteries left powder behind, wipe it with a cotton swab and put in new batteries.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Si tiene botón o agujerito de reset, mantenelo apretado 5 a 10 segundos con un palillo y volvé a cargarlo.",
          en: "If it has a reset button or pinhole, hold it for 5 to 10 seconds with a toothpick, then charge it again.",
        },
        help: {
          es: "Algunos joysticks y auriculares se traban y no responden aunque tengan carga. El reset suele estar atrás o cerca del puerto de carga. Usá un palillo o un clip desplegado, sin forzar. Después vas a tener que vincularlo de nuevo.",
          en: "Some controllers and headsets lock up and won't respond even when charged. The reset is usually at the back or near the charging port. Use a toothpick or an unfolded paper clip, without forcing it. You'll need to pair it again afterwards.",
        },
        simple: {
          es: "Si tiene un agujerito de reset, apretalo con un palillo unos segundos.",
          en: "If it has a tiny reset hole, press it with a toothpick for a few seconds.",
        },
      },
      {
        text: {
          es: "Si la batería interna está hinchada o el accesorio se calienta al cargar, dejá de usarlo.",
          en: "If the built-in battery is swollen or the accessory gets hot while charging, stop using it.",
        },
        help: {
          es: "Una carcasa que se abre, se deforma o se infla es señal de batería hinchada. Desconectalo y no lo cargues más. Las baterías de algunos auriculares y joysticks se pueden reemplazar en el taller.",
          en: "A case that is splitting, warping or puffing up is a sign of a swollen battery. Disconnect it and don't charge it again. Batteries in some headsets and controllers can be replaced at the shop.",
        },
        simple: {
          es: "Si está inflado o se calienta al cargarlo, no lo uses más y traelo.",
          en: "If it's puffed up or hot when charging, stop using it and bring it in.",
        },
      },
    ],
    safety: {
      es: "No mezcles pilas nuevas con usadas ni intentes cargar pilas comunes. Si una batería está hinchada, no la perfores ni la tires a la basura común.",
      en: "Don't mix new and used batteries or try to charge regular ones. If a battery is swollen, don't puncture it or throw it in household rubbish.",
    },
  },
  {
    device: "peripheral",
    problem: "audio",
    title: {
      es: "Auriculares, parlantes o micrófono sin sonido",
      en: "Headset, speakers or microphone with no sound",
    },
    quick: [
      {
        text: {
          es: "En el ícono del parlante junto al reloj, elegí tus auriculares o parlantes como salida.",
          en: "In the speaker icon by the clock, choose your headset or speakers as the output.",
        },
        help: {
          es: "En Windows 11, tocá el parlante y la flecha «>» junto al volumen. Windows a veces sigue mandando el sonido a los parlantes de la notebook o al monitor. Para el micrófono: Configuración > Sistema > Sonido > Entrada, elegí el micrófono correcto y hablá para ver si se mueve la barra.",
          en: "On Windows 11, click the speaker and the “>” arrow next to the volume. Windows sometimes keeps sending sound to the laptop speakers or the monitor. For the microphone: Settings > System > Sound > Input, choose the right mic and speak to see if the bar moves.",
        },
        simple: {
          es: "Tocá el parlantito de abajo a la derecha y elegí tus auriculares.",
          en: "Click the little speaker at the bottom right and choose your headset.",
        },
      },
      {
        text: {
          es: "Revisá el volumen y el silencio en el propio accesorio: ruedita, botón de mute del micrófono o del cable.",
          en: "Check the volume and mute on the accessory itself: wheel, mic mute button or in-line control.",
        },
        help: {
          es: "Muchos auriculares tienen una rueda de volumen y un botón o brazo de micrófono que silencia al levantarlo. Los controles en el cable también tienen silencio. Los parlantes suelen tener su perilla y su propia fuente de alimentación.",
          en: "Many headsets have a volume wheel and a mic button or boom that mutes when raised. In-line cable controls also have a mute switch. Speakers usually have their own knob and power supply.",
        },
        simple: {
          es: "Fijate que los auriculares no tengan el volumen bajo ni el micrófono silenciado.",
          en: "Make sure the headset's volume isn't low and the mic isn't muted.",
        },
      },
      {
        text: {
          es: "Si es de ficha, enchufala hasta el fondo en el conector correcto (verde salida, rosa micrófono).",
          en: "If it uses a jack, push it fully into the right socket (green for output, pink for mic).",
        },
        help: {
          es: "Las notebooks suelen tener un solo conector combinado: los auriculares con dos fichas necesitan un adaptador. Una ficha a medio entrar suena de un solo lado o con ruido. Probá en otro equipo (por ejemplo el celular) para saber si el cable está cortado.",
          en: "Laptops usually have a single combo jack: headsets with two plugs need an adapter. A half-inserted plug sounds on one side only or crackles. Try another device (a phone, for example) to find out if the cable is broken.",
        },
        simple: {
          es: "Enchufá la ficha bien hasta el fondo, en el agujerito correcto.",
          en: "Push the plug all the way in, into the right hole.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Si el micrófono no anda, habilitalo en Configuración > Privacidad y seguridad > Micrófono.",
          en: "If the microphone doesn't work, allow it in Settings > Privacy & security > Microphone.",
        },
        help: {
          es: "Activá «Acceso al micrófono» y el permiso para la app que usás (Zoom, Teams, Discord o el navegador). En la app, elegí el micrófono correcto en su configuración de audio. En Mac: Ajustes del Sistema > Privacidad y seguridad > Micrófono.",
          en: "Turn on “Microphone access” and the permission for the app you use (Zoom, Teams, Discord or the browser). In the app, pick the right microphone in its audio settings. On a Mac: System Settings > Privacy & Security > Microphone.",
        },
        simple: {
          es: "Dale permiso a la aplicación para usar el micrófono en la configuración de privacidad.",
          en: "Give the app permission to use the microphone in the privacy settings.",
        },
      },
      {
        text: {
          es: "Con auriculares Bluetooth, si el sonido empeora al usar el micrófono, elegí la salida «Estéreo» para escuchar.",
          en: "With Bluetooth headphones, if the sound gets worse when the mic is used, choose the “Stereo” output for listening.",
        },
        help: {
          es: "Al activar el micrófono, el Bluetooth pasa al modo «Manos libres», que suena como teléfono viejo. Para música o videos, elegí la salida que dice «Estéreo» y no «Manos libres». Para llamadas de calidad, conviene usar un micrófono aparte o auriculares con receptor USB.",
          en: "When the mic turns on, Bluetooth switches to “Hands-Free” mode, which sounds like an old phone. For music or videos, choose the output marked “Stereo”, not “Hands-Free”. For good-quality calls, use a separate microphone or a headset with a USB receiver.",
        },
        simple: {
          es: "Si los auriculares suenan feo en videollamadas, es normal en Bluetooth; para música elegí «Estéreo».",
          en: "If the headphones sound poor on video calls, that's normal with Bluetooth; for music choose “Stereo”.",
        },
      },
    ],
  },
];
