import type { KbEntry } from "../types";

/** Phone: sound, accessories. Worded for phones and tablets: tablets fall back to these. */
export const PHONE_SOUND_ACCESSORIES: readonly KbEntry[] = [
  {
    device: "phone",
    problem: "audio",
    title: { es: "Celular o tablet sin sonido", en: "Phone or tablet with no sound" },
    quick: [
      {
        text: {
          es: "Subí el volumen multimedia mientras suena algo y revisá el modo silencio y «No molestar».",
          en: "Turn up the media volume while something plays, and check silent mode and Do Not Disturb.",
        },
        help: {
          es: "El timbre, las notificaciones y el multimedia tienen volúmenes distintos: apretá subir volumen con un video reproduciéndose. Deslizá desde arriba y desactivá «No molestar». En iPhone, fijate el interruptor lateral (naranja = silencio) o el botón de Acción.",
          en: "Ringer, notifications and media have separate volumes: press volume up while a video is playing. Swipe down from the top and turn off Do Not Disturb. On iPhone, check the side switch (orange means silent) or the Action button.",
        },
        simple: {
          es: "Poné un video y subí el volumen con el botón del costado.",
          en: "Play a video and turn up the volume with the side button.",
        },
      },
      {
        text: {
          es: "Apagá el Bluetooth: el audio puede estar yendo a auriculares, un parlante o el auto.",
          en: "Turn off Bluetooth: the audio may be going to earbuds, a speaker or the car.",
        },
        help: {
          es: "Es de lo más común: el celular se conecta solo a unos auriculares en la mochila o al estéreo del auto. Desactivá el Bluetooth desde los ajustes rápidos y probá de nuevo. Si tenía auriculares con cable, desconectalos.",
          en: "It's one of the most common causes: the phone connects by itself to earbuds in a bag or the car stereo. Turn Bluetooth off from quick settings and try again. If wired headphones were plugged in, unplug them.",
        },
        simple: {
          es: "Apagá el Bluetooth y probá de nuevo.",
          en: "Turn off Bluetooth and try again.",
        },
      },
      {
        text: {
          es: "Limpiá con un cepillo suave y seco la rejilla del parlante y del auricular.",
          en: "Clean the speaker and earpiece grilles with a soft, dry brush.",
        },
        help: {
          es: "El polvo y la pelusa tapan las rejillas y el sonido sale bajo o apagado. Usá un cepillo de dientes suave y seco, con movimientos cortos. No metas agujas ni soples fuerte, y no uses líquidos: pueden dañar la membrana del parlante.",
          en: "Dust and lint clog the grilles and make sound quiet or muffled. Use a soft, dry toothbrush with short strokes. Don't poke needles in or blow hard, and don't use liquids: they can damage the speaker membrane.",
        },
        simple: {
          es: "Cepillá suavemente los agujeritos del parlante con un cepillo de dientes seco.",
          en: "Gently brush the speaker holes with a dry toothbrush.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Distinguí el problema: probá altavoz en llamadas, video y auriculares para ver qué falla.",
          en: "Narrow it down: test speakerphone in a call, a video and headphones to see what fails.",
        },
        help: {
          es: "Si no se escucha solo en las llamadas con el celular en la oreja, falla el auricular superior. Si falla todo menos los auriculares, falla el parlante inferior. Si no suena nada ni con auriculares, es software: reiniciá y actualizá. Ese dato ayuda al presupuesto.",
          en: "If it's silent only on calls with the phone at your ear, the top earpiece is failing. If everything fails except headphones, the bottom speaker is failing. If nothing works even with headphones, it's software: restart and update. That detail helps with the quote.",
        },
        simple: {
          es: "Fijate si falla en llamadas, en videos o en todo: así sabemos qué pieza revisar.",
          en: "Check whether it fails on calls, videos or everything: that tells us which part to check.",
        },
      },
      {
        text: {
          es: "Actualizá el sistema y, en Android, probá en modo seguro por si una app tomó el control del audio.",
          en: "Update the system and, on Android, try safe mode in case an app has taken over the audio.",
        },
        help: {
          es: "Ecualizadores, apps de grabación de llamadas o «amplificadores de volumen» pueden bloquear el sonido. En modo seguro (mantené «Apagar» en el menú de encendido) esas apps no arrancan. Si ahí suena bien, desinstalalas y reiniciá.",
          en: "Equalisers, call-recording apps or “volume boosters” can block sound. In safe mode (press and hold “Power off” in the power menu) those apps don't run. If sound works there, uninstall them and restart.",
        },
        simple: {
          es: "Actualizá el equipo y borrá apps que cambian el sonido, como ecualizadores.",
          en: "Update the device and remove apps that change the sound, like equalisers.",
        },
      },
    ],
    safety: {
      es: "Si se mojó y el sonido sale apagado, no lo cargues ni le metas nada por las rejillas: traelo para revisarlo.",
      en: "If it got wet and sound is muffled, don't charge it or poke anything into the grilles: bring it in for a check.",
    },
  },
  {
    device: "phone",
    problem: "peripheral",
    title: {
      es: "Auriculares, Bluetooth o cable USB en celular o tablet",
      en: "Headphones, Bluetooth or USB cable on a phone or tablet",
    },
    quick: [
      {
        text: {
          es: "Apagá y prendé el Bluetooth, y fijate que el accesorio esté cargado y cerca.",
          en: "Turn Bluetooth off and on, and make sure the accessory is charged and nearby.",
        },
        help: {
          es: "Muchos auriculares se apagan solos con poca batería aunque prendan la luz. Cargalos 15 minutos. Para auriculares tipo «buds», metelos en el estuche, cerrá la tapa unos segundos y volvé a sacarlos: eso los reinicia.",
          en: "Many earbuds switch off with low battery even if their light comes on. Charge them for 15 minutes. For earbuds, put them back in the case, close the lid for a few seconds and take them out again: that resets them.",
        },
        simple: {
          es: "Cargá los auriculares y apagá y prendé el Bluetooth del celular.",
          en: "Charge the earbuds and switch the phone's Bluetooth off and on.",
        },
      },
      {
        text: {
          es: "Olvidá el dispositivo en Ajustes > Bluetooth y volvé a emparejarlo en modo vinculación.",
          en: "Forget the device in Settings > Bluetooth and pair it again in pairing mode.",
        },
        help: {
          es: "En la lista de Bluetooth tocá el engranaje o la «i» junto al accesorio > Olvidar o Desvincular. Poné el accesorio en modo vinculación (suele ser mantener un botón hasta que la luz parpadee) y elegilo en la lista. Si estaba conectado a otro celular o compu, desconectalo de ahí.",
          en: "In the Bluetooth list, tap the gear or “i” next to the accessory > Forget or Unpair. Put the accessory in pairing mode (usually holding a button until the light blinks) and pick it from the list. If it's connected to another phone or computer, disconnect it there.",
        },
        simple: {
          es: "Borrá los auriculares de la lista de Bluetooth y volvé a conectarlos.",
          en: "Delete the earbuds from the Bluetooth list and connect them again.",
        },
      },
      {
        text: {
          es: "Para pasar archivos por cable, desbloqueá el celular y elegí «Transferencia de archivos» en la notificación USB.",
          en: "To transfer files by cable, unlock the phone and choose “File transfer” in the USB notification.",
        },
        help: {
          es: "Por defecto, Android solo carga al conectarse. Deslizá desde arriba, tocá «Cargando este dispositivo por USB» y elegí «Transferencia de archivos». En iPhone, tocá «Confiar» en el aviso que aparece. Si no aparece nada, probá otro cable: muchos solo sirven para cargar.",
          en: "By default Android only charges when connected. Swipe down, tap “Charging this device via USB” and choose “File transfer”. On iPhone, tap “Trust” in the prompt that appears. If nothing appears, try another cable: many only work for charging.",
        },
        simple: {
          es: "Desbloqueá el celu al conectarlo y tocá el aviso para elegir «pasar archivos».",
          en: "Unlock the phone when you plug it in and tap the message to choose “transfer files”.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Restablecé el accesorio a fábrica siguiendo el manual del modelo y volvé a emparejarlo.",
          en: "Reset the accessory to factory settings using its model's manual and pair it again.",
        },
        help: {
          es: "La mayoría de los auriculares se resetean manteniendo uno o dos botones 10 a 15 segundos (o el botón del estuche) hasta que la luz cambia de color. Buscá «reset» y el modelo exacto en la página del fabricante. Antes, olvidalo en el Bluetooth del celular.",
          en: "Most earbuds reset by holding one or two buttons (or the case button) for 10 to 15 seconds until the light changes colour. Search “reset” plus the exact model on the maker's website. Forget it in the phone's Bluetooth list first.",
        },
        simple: {
          es: "Los auriculares tienen una forma de volver a cero; buscala en el manual de tu modelo.",
          en: "Earbuds have a way to reset; look it up in your model's manual.",
        },
      },
      {
        text: {
          es: "Restablecé la configuración de red del celular (borra redes wifi guardadas y vinculaciones Bluetooth).",
          en: "Reset the phone's network settings (it erases saved Wi-Fi networks and Bluetooth pairings).",
        },
        help: {
          es: "En Android: Ajustes > Sistema > Restablecer > Restablecer Wi-Fi, datos móviles y Bluetooth (en Samsung: Administración general > Restablecer > Restablecer configuración de red). En iPhone: Ajustes > General > Transferir o restablecer > Restablecer > Restablecer configuración de red. No borra fotos ni apps.",
          en: "On Android: Settings > System > Reset options > Reset Wi-Fi, mobile & Bluetooth (on Samsung: General management > Reset > Reset network settings). On iPhone: Settings > General > Transfer or Reset iPhone > Reset > Reset Network Settings. It doesn't erase photos or apps.",
        },
        simple: {
          es: "Se pueden reiniciar las conexiones del celular; vas a tener que volver a poner la clave del wifi.",
          en: "You can reset the phone's connections; you'll need to enter the Wi-Fi password again.",
        },
      },
    ],
  },
];
