import type { KbEntry } from "../types";

/** Desktop PC: won't turn on, won't start. */
export const DESKTOP_POWER: readonly KbEntry[] = [
  {
    device: "desktop",
    problem: "no_power",
    title: { es: "PC de escritorio que no enciende", en: "Desktop PC that won't turn on" },
    quick: [
      {
        text: {
          es: "Revisá la zapatilla o estabilizador y el interruptor de la fuente atrás del gabinete (en posición «I»).",
          en: "Check the power strip or voltage regulator and the power supply switch at the back of the case (set to “I”).",
        },
        help: {
          es: "Atrás del gabinete, donde entra el cable de 220 V, suele haber una tecla con «I» (encendido) y «O» (apagado): tiene que estar en «I». Fijate también que la zapatilla tenga la luz prendida. Probá enchufar la PC directo a la pared.",
          en: "At the back of the case, where the power cable goes in, there's usually a switch marked “I” (on) and “O” (off): it must be on “I”. Also check that the power strip's light is on. Try plugging the PC straight into the wall.",
        },
        simple: {
          es: "Atrás de la PC hay una teclita: fijate que esté del lado de la rayita «I».",
          en: "At the back of the PC there's a small switch: make sure it's on the “I” side.",
        },
      },
      {
        text: {
          es: "Cambiá el cable de corriente de la PC por el del monitor, que suele ser igual.",
          en: "Swap the PC's power cable with the monitor's, which is usually the same type.",
        },
        help: {
          es: "El cable de tres patas que va a la fuente es el mismo que usan muchos monitores e impresoras. Con todo apagado, intercambialo y probá encender. Si así prende, el cable original estaba dañado.",
          en: "The three-pin cable that goes into the power supply is the same kind many monitors and printers use. With everything off, swap it and try powering on. If it starts, the original cable was faulty.",
        },
        simple: {
          es: "Probá con otro cable de corriente, por ejemplo el del monitor.",
          en: "Try a different power cable, for example the monitor's.",
        },
      },
      {
        text: {
          es: "Desenchufala, mantené apretado el botón de encendido 15 segundos, volvé a enchufarla y encendela.",
          en: "Unplug it, hold the power button for 15 seconds, plug it back in and turn it on.",
        },
        help: {
          es: "Después de un corte de luz, la fuente puede quedar en protección. Con el cable desenchufado, apretar el botón descarga la energía que queda. Desconectá también los USB que no uses (pendrives, cargadores, discos) antes de volver a probar.",
          en: "After a power cut, the power supply can stay in protection mode. With the cable unplugged, holding the button drains the remaining charge. Also disconnect USB devices you don't need (sticks, chargers, drives) before trying again.",
        },
        simple: {
          es: "Desenchufala, apretá el botón de prender un rato, y volvé a enchufarla.",
          en: "Unplug it, hold the power button for a while, then plug it back in.",
        },
      },
      {
        text: {
          es: "Fijate si en realidad prende (ventiladores, luces) y lo que falla es el monitor.",
          en: "Check whether it actually powers on (fans, lights) and the monitor is what's failing.",
        },
        help: {
          es: "Si escuchás ventiladores o ves luces en el gabinete o el teclado, la PC prende y el problema es de imagen: revisá que el monitor esté encendido, en la entrada correcta, y que el cable esté conectado a la placa de video si tenés una.",
          en: "If you hear fans or see lights on the case or keyboard, the PC is powering on and the problem is the picture: check the monitor is on, set to the right input, and that the cable goes into the graphics card if you have one.",
        },
        simple: {
          es: "Escuchá si la PC hace ruido de ventilador aunque la pantalla siga negra.",
          en: "Listen for fan noise from the PC even though the screen stays black.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Si prende un segundo y se apaga, o hace pitidos, anotá la secuencia y traela.",
          en: "If it starts for a second and shuts off, or beeps, note the pattern and bring it in.",
        },
        help: {
          es: "Los pitidos (por ejemplo uno largo y dos cortos) y las luces de diagnóstico de la placa madre (CPU, DRAM, VGA, BOOT) indican qué componente falla. Anotalo o filmalo con el celular. No abras la PC ni toques la fuente.",
          en: "Beeps (for example one long and two short) and the motherboard's diagnostic lights (CPU, DRAM, VGA, BOOT) show which component is failing. Note it down or film it with your phone. Don't open the PC or touch the power supply.",
        },
        simple: {
          es: "Si hace pitidos, filmalo con el celular: le sirve al técnico.",
          en: "If it beeps, film it with your phone: it helps the technician.",
        },
      },
      {
        text: {
          es: "Si dejó de andar después de una tormenta o un corte, no insistas: puede estar dañada la fuente.",
          en: "If it stopped working after a storm or power cut, stop trying: the power supply may be damaged.",
        },
        help: {
          es: "Las subas de tensión suelen quemar la fuente de alimentación, y seguir probando puede dañar otros componentes. Traé la PC (solo el gabinete alcanza). Para el futuro, conviene un estabilizador o una UPS de buena calidad.",
          en: "Power surges often burn out the power supply, and repeated attempts can damage other components. Bring the PC in (just the tower is enough). For the future, a good voltage regulator or UPS is worth having.",
        },
        simple: {
          es: "Si dejó de andar después de una tormenta, no la sigas probando y traela.",
          en: "If it stopped after a storm, don't keep trying: bring it in.",
        },
      },
    ],
    safety: {
      es: "Nunca abras la fuente de alimentación: guarda electricidad peligrosa aun desenchufada. Si hay olor a quemado, desenchufala y traela.",
      en: "Never open the power supply: it holds dangerous charge even when unplugged. If it smells burnt, unplug it and bring it in.",
    },
  },
  {
    device: "desktop",
    problem: "no_boot",
    title: { es: "PC que enciende pero no arranca", en: "PC that turns on but won't start" },
    quick: [
      {
        text: {
          es: "Desconectá pendrives, discos externos e impresoras, dejá solo teclado, mouse y monitor, y reiniciala.",
          en: "Disconnect USB sticks, external drives and printers, leave only keyboard, mouse and monitor, and restart.",
        },
        help: {
          es: "La PC puede intentar arrancar desde un pendrive o un disco externo y quedarse en «No bootable device», «Reboot and select proper boot device» o una pantalla negra con cursor. Sin esos dispositivos, reiniciala con el botón del gabinete.",
          en: "The PC may try to start from a USB stick or external drive and get stuck on “No bootable device”, “Reboot and select proper boot device” or a black screen with a cursor. Without those devices, restart it with the case button.",
        },
        simple: {
          es: "Sacá todo lo que tenga enchufado menos teclado, mouse y pantalla, y volvé a prenderla.",
          en: "Unplug everything except keyboard, mouse and screen, and turn it on again.",
        },
      },
      {
        text: {
          es: "Sacale una foto al mensaje de error o a la pantalla azul con su código.",
          en: "Take a photo of the error message or the blue screen with its code.",
        },
        help: {
          es: "Textos como «INACCESSIBLE_BOOT_DEVICE», «CRITICAL_PROCESS_DIED», «CMOS checksum error» o «No bootable device» indican la causa. Si la pantalla dice «Press F1 to continue», apretá F1: suele indicar que se agotó la pila de la placa madre (arreglo simple en el taller).",
          en: "Text such as “INACCESSIBLE_BOOT_DEVICE”, “CRITICAL_PROCESS_DIED”, “CMOS checksum error” or “No bootable device” points to the cause. If the screen says “Press F1 to continue”, press F1: it usually means the motherboard's coin battery is flat (a simple fix at the shop).",
        },
        simple: {
          es: "Sacale una foto a lo que dice la pantalla.",
          en: "Take a photo of what the screen says.",
        },
      },
      {
        text: {
          es: "Si está actualizando o reparando, no la apagues: esperá hasta una hora.",
          en: "If it's updating or repairing, don't turn it off: wait up to an hour.",
        },
        help: {
          es: "Cortar la luz durante «Trabajando en las actualizaciones» o «Reparando el disco» puede dejar Windows sin arrancar. Si en una hora el porcentaje no cambia, recién ahí apagala con el botón mantenido.",
          en: "Cutting power during “Working on updates” or “Repairing disk” can leave Windows unable to start. Only if the percentage hasn't moved after an hour should you hold the button to turn it off.",
        },
        simple: {
          es: "Si dice que se está actualizando, esperá sin apagarla.",
          en: "If it says it's updating, wait without turning it off.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Entrá a Reparación automática (forzá el apagado tres veces en el logo) y probá «Reparación de inicio».",
          en: "Open Automatic Repair (force it off three times at the logo) and try “Startup Repair”.",
        },
        help: {
          es: "En la pantalla azul de opciones: Solucionar problemas > Opciones avanzadas. Probá en este orden: Reparación de inicio, Desinstalar actualizaciones, Restaurar sistema. No elijas «Restablecer este PC» sin copia de tus archivos: borra programas y puede borrar datos.",
          en: "On the blue options screen: Troubleshoot > Advanced options. Try in this order: Startup Repair, Uninstall Updates, System Restore. Don't choose “Reset this PC” without a backup: it removes programs and can erase data.",
        },
        simple: {
          es: "Windows tiene un modo para repararse solo; te guiamos para entrar.",
          en: "Windows has a mode to repair itself; we can guide you into it.",
        },
      },
      {
        text: {
          es: "Entrá a la BIOS (Supr o F2 al encender) y fijate si aparece el disco y si es el primero en el orden de arranque.",
          en: "Enter the BIOS (Del or F2 at power-on) and check the drive is listed and first in the boot order.",
        },
        help: {
          es: "Apretá Supr o F2 repetidamente al encender. En «Boot» o «Boot Priority» tiene que figurar el disco con Windows (a veces como «Windows Boot Manager») en primer lugar. Si el disco no aparece en ningún lado, falló o se desconectó: traela. Salí sin guardar si no cambiaste nada.",
          en: "Tap Del or F2 repeatedly at power-on. Under “Boot” or “Boot Priority” the Windows drive (sometimes shown as “Windows Boot Manager”) should be first. If the drive isn't listed anywhere, it has failed or come loose: bring it in. Exit without saving if you changed nothing.",
        },
        simple: {
          es: "Hay una pantalla especial al encender que muestra si la PC ve el disco; te guiamos.",
          en: "A special screen at startup shows whether the PC sees its drive; we can guide you.",
        },
      },
    ],
    safety: {
      es: "No reinstales Windows ni formatees sin copia de tus archivos. Si el disco hace clics, apagala y traela.",
      en: "Don't reinstall Windows or format without a backup of your files. If the drive clicks, turn it off and bring it in.",
    },
  },
];
