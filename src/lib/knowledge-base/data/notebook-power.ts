import type { KbEntry } from "../types";

/** Notebook: won't turn on, battery, won't start. */
export const NOTEBOOK_POWER: readonly KbEntry[] = [
  {
    device: "notebook",
    problem: "no_power",
    title: { es: "Notebook que no enciende", en: "Laptop that won't turn on" },
    quick: [
      {
        text: {
          es: "Fijate si se prende la luz del cargador o de carga en la notebook al enchufarla.",
          en: "Check whether the charger light, or the laptop's charging light, comes on when plugged in.",
        },
        help: {
          es: "Muchos cargadores tienen una luz en la fuente, y casi todas las notebooks una luz de carga cerca del conector. Si no prende ninguna, probá otro enchufe y revisá que el cable que va a la pared esté bien metido en la fuente: se sale seguido.",
          en: "Many chargers have a light on the brick, and most laptops have a charging light near the power port. If none come on, try another outlet and check that the wall cable is pushed fully into the brick: it often works loose.",
        },
        simple: {
          es: "Enchufá el cargador y mirá si se prende alguna lucecita.",
          en: "Plug in the charger and see if any little light turns on.",
        },
      },
      {
        text: {
          es: "Desenchufá el cargador y mantené apretado el botón de encendido 30 segundos; después enchufalo y prendela.",
          en: "Unplug the charger and hold the power button for 30 seconds; then plug it in and turn it on.",
        },
        help: {
          es: "Esto descarga la energía residual que a veces deja la placa trabada después de un corte de luz o un apagado brusco. Si la batería se saca por abajo con una traba, sacala también antes de apretar el botón. Después conectá solo el cargador y encendé.",
          en: "This drains the leftover charge that sometimes leaves the board stuck after a power cut or a hard shutdown. If the battery comes out from underneath with a latch, remove it too before holding the button. Then connect just the charger and power on.",
        },
        simple: {
          es: "Sin el cargador, apretá el botón de prender medio minuto. Después enchufala y prendela.",
          en: "With the charger out, hold the power button for half a minute. Then plug it in and turn it on.",
        },
      },
      {
        text: {
          es: "Dejala cargando 30 minutos con la tapa abierta y probá de nuevo.",
          en: "Leave it charging for 30 minutes with the lid open and try again.",
        },
        help: {
          es: "Con la batería en cero, muchas notebooks no arrancan hasta juntar un mínimo de carga, aunque el cargador esté conectado. Si tiene conector USB-C, usá el cargador original o uno de al menos 45 W: los de celular no alcanzan.",
          en: "With a completely flat battery, many laptops won't start until they build up some charge, even with the charger connected. If it charges via USB-C, use the original charger or one rated at least 45 W: phone chargers aren't enough.",
        },
        simple: {
          es: "Dejala enchufada media hora y después intentá prenderla.",
          en: "Leave it plugged in for half an hour, then try to turn it on.",
        },
      },
      {
        text: {
          es: "Fijate si en realidad prende (luces, ventilador, teclas iluminadas) y solo la pantalla queda negra.",
          en: "Check whether it actually powers on (lights, fan, backlit keys) and only the screen stays black.",
        },
        help: {
          es: "Si ves la luz de encendido, sentís el ventilador o Bloq Mayús cambia de luz al apretarlo, la notebook sí prende y el problema es de imagen. Probá subir el brillo o conectarla a un televisor por HDMI para confirmarlo.",
          en: "If the power light is on, you can hear the fan, or the Caps Lock light toggles when pressed, the laptop does power on and the problem is the display. Try raising the brightness or connecting it to a TV over HDMI to confirm.",
        },
        simple: {
          es: "Mirá si se prende alguna luz o suena el ventilador aunque la pantalla siga negra.",
          en: "See if any light comes on or the fan makes noise even though the screen stays black.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Si la batería es extraíble, probá encenderla sin batería, solo con el cargador.",
          en: "If the battery is removable, try turning it on without the battery, using only the charger.",
        },
        help: {
          es: "Con la notebook apagada y desenchufada, destrabá la batería desde abajo y sacala. Enchufá el cargador y encendé. Si así prende, la batería probablemente esté agotada o en corto. No abras la carcasa para sacar baterías internas.",
          en: "With the laptop off and unplugged, release the battery latches underneath and remove it. Plug in the charger and power on. If it starts this way, the battery is probably dead or faulty. Don't open the case to remove internal batteries.",
        },
        simple: {
          es: "Si la batería se saca fácil por abajo, sacala y probá prenderla solo enchufada.",
          en: "If the battery pops out easily underneath, remove it and try with just the charger.",
        },
      },
      {
        text: {
          es: "Probá con otro cargador compatible (mismo voltaje y conector) antes de pensar en la placa.",
          en: "Try another compatible charger (same voltage and connector) before suspecting the motherboard.",
        },
        help: {
          es: "El cargador es lo que más falla. Fijate en la etiqueta el voltaje (por ejemplo 19 V) y la potencia (65 W). Uno con otro voltaje puede dañar la notebook. Si no tenés otro, traé el cargador junto con la notebook y lo probamos.",
          en: "The charger is what fails most often. Check its label for the voltage (for example 19 V) and the wattage (65 W). One with a different voltage can damage the laptop. If you don't have a spare, bring the charger along with the laptop and we'll test it.",
        },
        simple: {
          es: "Probá con otro cargador igual al tuyo, si tenés o te prestan uno.",
          en: "Try another charger just like yours, if you have or can borrow one.",
        },
      },
      {
        text: {
          es: "En Mac: mantené apretado el botón de encendido 10 segundos con el cargador puesto y volvé a apretarlo.",
          en: "On a Mac: hold the power button for 10 seconds with the charger connected, then press it again.",
        },
        help: {
          es: "En Mac con chip Apple, esto fuerza un reinicio completo. En Mac con Intel, probá además Shift + Control + Option + botón de encendido durante 10 segundos para reiniciar el controlador de energía (SMC), soltá todo y encendé normalmente.",
          en: "On Macs with Apple silicon, this forces a full restart. On Intel Macs, also try Shift + Control + Option + power button for 10 seconds to reset the power controller (SMC), release everything and power on as usual.",
        },
        simple: {
          es: "Si es una Mac, dejá apretado el botón de prender 10 segundos y volvé a apretarlo.",
          en: "If it's a Mac, hold the power button for 10 seconds, then press it again.",
        },
      },
    ],
    safety: {
      es: "Si la carcasa está abultada o el touchpad se levanta, la batería está hinchada: no la cargues ni la uses y traela.",
      en: "If the case bulges or the touchpad is lifting, the battery is swollen: don't charge or use it, bring it in.",
    },
  },
  {
    device: "notebook",
    problem: "battery",
    title: {
      es: "Batería de notebook que dura poco o no carga",
      en: "Laptop battery that drains fast or won't charge",
    },
    quick: [
      {
        text: {
          es: "Pasá el mouse por el ícono de batería: si dice «Conectado, no se está cargando», revisá la carga limitada.",
          en: "Hover over the battery icon: if it says “Plugged in, not charging”, check for a charge limit.",
        },
        help: {
          es: "Lenovo (Vantage, «Modo de conservación»), ASUS (MyASUS, «Carga para el cuidado de la batería»), Dell, HP y Samsung traen opciones que frenan la carga entre 55% y 80% para alargar la vida de la batería. Buscá la app del fabricante y desactivala si necesitás el 100%.",
          en: "Lenovo (Vantage, “Conservation mode”), ASUS (MyASUS, “Battery health charging”), Dell, HP and Samsung include options that stop charging between 55% and 80% to extend battery life. Open the maker's app and turn it off if you need 100%.",
        },
        simple: {
          es: "Puede que esté configurada para cargar solo hasta cierto punto; fijate en la app de la marca.",
          en: "It may be set to charge only up to a point; check the brand's app.",
        },
      },
      {
        text: {
          es: "Revisá el cargador: que sea el original o de la misma potencia, y que la ficha entre firme.",
          en: "Check the charger: it should be the original or the same wattage, and the plug should fit firmly.",
        },
        help: {
          es: "Un cargador de menos potencia hace que la batería cargue lentísimo o se descargue mientras usás la notebook. Si la ficha tiene juego o la carga se corta al mover el cable, puede estar fallando el cable o el conector de la notebook.",
          en: "A lower-wattage charger makes the battery charge very slowly or even drain while you use the laptop. If the plug wobbles or charging cuts out when the cable moves, the cable or the laptop's power socket may be failing.",
        },
        simple: {
          es: "Usá el cargador original y fijate que no se corte la carga al mover el cable.",
          en: "Use the original charger and check charging doesn't cut out when you move the cable.",
        },
      },
      {
        text: {
          es: "Bajá el brillo, cerrá programas pesados y usá el modo ahorro de energía.",
          en: "Lower the brightness, close heavy programs and use battery saver.",
        },
        help: {
          es: "En Windows 11: Configuración > Sistema > Energía y batería, activá el Ahorro de batería y mirá «Uso de la batería» para ver qué gasta más. En Mac: Ajustes del Sistema > Batería > Modo de bajo consumo. La pantalla y el navegador suelen ser lo que más consume.",
          en: "On Windows 11: Settings > System > Power & battery, turn on Battery saver and check “Battery usage” to see what drains most. On a Mac: System Settings > Battery > Low Power Mode. The screen and the browser usually drain the most.",
        },
        simple: {
          es: "Bajá el brillo de la pantalla y activá el ahorro de batería.",
          en: "Turn down the screen brightness and switch on battery saver.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Generá el informe de batería de Windows y compará la capacidad de diseño con la capacidad actual.",
          en: "Create the Windows battery report and compare the design capacity with the current full charge capacity.",
        },
        help: {
          es: "Clic derecho en Inicio > Terminal, escribí powercfg /batteryreport y Enter. Abrí el archivo battery-report.html que indica (en tu carpeta de usuario). Si «Full charge capacity» es menos del 70% de «Design capacity», la batería está gastada y conviene cambiarla.",
          en: "Right-click Start > Terminal, type powercfg /batteryreport and press Enter. Open the battery-report.html file it mentions (in your user folder). If “Full charge capacity” is under 70% of “Design capacity”, the battery is worn out and worth replacing.",
        },
        simple: {
          es: "Hay un informe de Windows que dice cuánto se gastó la batería; te ayudamos a sacarlo.",
          en: "Windows has a report showing how worn the battery is; we can help you get it.",
        },
      },
      {
        text: {
          es: "En Mac, mirá el estado en Ajustes del Sistema > Batería > Estado de la batería.",
          en: "On a Mac, check System Settings > Battery > Battery Health.",
        },
        help: {
          es: "Si dice «Se recomienda servicio» o la capacidad máxima está por debajo del 80%, la batería necesita reemplazo. Desde ahí también podés activar o desactivar la carga optimizada, que frena la carga en 80% algunos momentos del día.",
          en: "If it says “Service Recommended” or the maximum capacity is below 80%, the battery needs replacing. From there you can also turn optimised charging on or off, which pauses charging at 80% at certain times of day.",
        },
        simple: {
          es: "Si es Mac, en la configuración de batería te dice si hay que cambiarla.",
          en: "On a Mac, the battery settings tell you if it needs replacing.",
        },
      },
    ],
    safety: {
      es: "Si la notebook se abulta, el touchpad se levanta o la tapa no cierra bien, la batería está hinchada: desenchufala, no la cargues y traela.",
      en: "If the laptop bulges, the touchpad lifts or the lid won't close properly, the battery is swollen: unplug it, don't charge it and bring it in.",
    },
  },
  {
    device: "notebook",
    problem: "no_boot",
    title: { es: "Notebook que enciende pero no arranca", en: "Laptop that turns on but won't start" },
    quick: [
      {
        text: {
          es: "Sacá pendrives, discos externos y tarjetas SD, y reiniciala manteniendo apretado el botón 10 segundos.",
          en: "Remove USB sticks, external drives and SD cards, then restart by holding the power button for 10 seconds.",
        },
        help: {
          es: "Si quedó un pendrive conectado, la notebook puede intentar arrancar desde ahí y mostrar «No bootable device» o una pantalla negra con cursor. Sin nada conectado, mantené el botón hasta que se apague y volvé a encenderla.",
          en: "If a USB stick is left in, the laptop may try to start from it and show “No bootable device” or a black screen with a blinking cursor. With nothing connected, hold the button until it turns off and power it on again.",
        },
        simple: {
          es: "Sacale todo lo que tenga enchufado y volvé a prenderla.",
          en: "Unplug everything from it and turn it on again.",
        },
      },
      {
        text: {
          es: "Si aparece un mensaje de error o un código, sacale una foto antes de tocar nada.",
          en: "If an error message or code appears, take a photo before doing anything else.",
        },
        help: {
          es: "Mensajes como «No bootable device», «Boot device not found», «INACCESSIBLE_BOOT_DEVICE» o una pantalla azul con código indican qué falla: el disco o Windows. En HP, si Bloq Mayús parpadea una cantidad de veces, contá los parpadeos: es un código de error.",
          en: "Messages such as “No bootable device”, “Boot device not found”, “INACCESSIBLE_BOOT_DEVICE” or a blue screen with a code point to the cause: the drive or Windows. On HP, if Caps Lock blinks a number of times, count the blinks: it's an error code.",
        },
        simple: {
          es: "Sacale una foto al mensaje que aparece en la pantalla.",
          en: "Take a photo of the message on the screen.",
        },
      },
      {
        text: {
          es: "Si dice que está actualizando o reparando, dejala enchufada y esperá hasta una hora.",
          en: "If it says it's updating or repairing, keep it plugged in and wait up to an hour.",
        },
        help: {
          es: "Apagarla durante «Trabajando en las actualizaciones», «Preparando reparación automática» o «Diagnosticando tu PC» puede empeorar el problema. Conectá el cargador y esperá. Si en una hora la pantalla no cambia, recién ahí forzá el apagado.",
          en: "Turning it off during “Working on updates”, “Preparing Automatic Repair” or “Diagnosing your PC” can make things worse. Connect the charger and wait. Only if the screen hasn't changed after an hour should you force it off.",
        },
        simple: {
          es: "Si dice que se está actualizando, dejala enchufada y no la apagues.",
          en: "If it says it's updating, keep it plugged in and don't turn it off.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Entrá a la Reparación automática de Windows y probá «Reparación de inicio» o «Restaurar sistema».",
          en: "Open Windows Automatic Repair and try “Startup Repair” or “System Restore”.",
        },
        help: {
          es: "Si no aparece sola, forzá el apagado tres veces seguidas apenas ves el logo. Después elegí Opciones avanzadas > Solucionar problemas > Opciones avanzadas. Probá primero «Reparación de inicio», luego «Desinstalar actualizaciones» y «Restaurar sistema». No uses «Restablecer este PC» sin tener copia de tus archivos.",
          en: "If it doesn't appear by itself, force the laptop off three times in a row as soon as you see the logo. Then choose Advanced options > Troubleshoot > Advanced options. Try “Startup Repair” first, then “Uninstall Updates” and “System Restore”. Don't use “Reset this PC” without a backup of your files.",
        },
        simple: {
          es: "Windows tiene una opción para repararse solo al arrancar; te guiamos si querés.",
          en: "Windows has a built-in option to repair itself at startup; we can guide you.",
        },
      },
      {
        text: {
          es: "En Mac, arrancá en modo Recuperación y usá Utilidad de Discos > Primera ayuda.",
          en: "On a Mac, start in Recovery and use Disk Utility > First Aid.",
        },
        help: {
          es: "En Mac con chip Apple: con la Mac apagada, mantené el botón de encendido hasta ver «Cargando opciones de arranque» y elegí Opciones. En Mac con Intel: encendé manteniendo Cmd+R. Abrí Utilidad de Discos, elegí el disco Macintosh HD y tocá Primera ayuda.",
          en: "On Apple silicon Macs: with the Mac off, hold the power button until you see “Loading startup options” and choose Options. On Intel Macs: power on holding Cmd+R. Open Disk Utility, pick the Macintosh HD disk and click First Aid.",
        },
        simple: {
          es: "Si es Mac, tiene un modo para revisar el disco al arrancar; te guiamos si querés.",
          en: "If it's a Mac, it has a mode to check the disk at startup; we can guide you.",
        },
      },
      {
        text: {
          es: "Fijate en la BIOS (F2, F10 o Supr al encender) si la notebook detecta el disco.",
          en: "Check in the BIOS (F2, F10 or Del at power-on) whether the laptop detects the drive.",
        },
        help: {
          es: "Apretá repetidamente la tecla al encender (depende de la marca: F2, F10, F1 o Supr). En la pantalla principal o en «Boot» debería figurar el disco (SSD o HDD). Si no aparece, el disco falló o se desconectó: traela. No cambies otras opciones de la BIOS.",
          en: "Tap the key repeatedly at power-on (it depends on the brand: F2, F10, F1 or Del). The main screen or the “Boot” tab should list the drive (SSD or HDD). If it's missing, the drive has failed or come loose: bring it in. Don't change any other BIOS options.",
        },
        simple: {
          es: "Hay una pantalla especial al prender que muestra si la notebook ve el disco; te guiamos.",
          en: "A special screen at startup shows whether the laptop sees its drive; we can guide you.",
        },
      },
    ],
    safety: {
      es: "No restablezcas ni reinstales Windows sin copia de tus archivos: se pueden perder. Si el disco hace clics, apagala y traela.",
      en: "Don't reset or reinstall Windows without a backup of your files: they can be lost. If the drive clicks, turn it off and bring it in.",
    },
  },
];
