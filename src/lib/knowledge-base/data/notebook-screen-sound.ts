import type { KbEntry } from "../types";

/** Notebook: screen, sound. */
export const NOTEBOOK_SCREEN_SOUND: readonly KbEntry[] = [
  {
    device: "notebook",
    problem: "display",
    title: { es: "Notebook con problemas de pantalla", en: "Laptop with screen problems" },
    quick: [
      {
        text: {
          es: "Subí el brillo con las teclas de brillo (suelen ser Fn + una tecla con un sol).",
          en: "Raise the brightness with the brightness keys (usually Fn plus a key with a sun icon).",
        },
        help: {
          es: "Las teclas de brillo están en la fila de F1 a F12, con el dibujo de un sol. En muchas notebooks hay que mantener Fn mientras las apretás. Si la pantalla se ve oscura pero algo se distingue, subiendo el brillo debería volver a la normalidad.",
          en: "The brightness keys are on the F1 to F12 row, with a sun icon. On many laptops you need to hold Fn while pressing them. If the screen is dark but you can make something out, raising the brightness should bring it back to normal.",
        },
        simple: {
          es: "Subí el brillo con las teclas que tienen dibujado un solcito.",
          en: "Turn the brightness up with the keys that have a little sun on them.",
        },
      },
      {
        text: {
          es: "Apretá Windows+Ctrl+Shift+B para reiniciar el controlador de video.",
          en: "Press Windows+Ctrl+Shift+B to restart the graphics driver.",
        },
        help: {
          es: "La pantalla parpadea un instante y se escucha un pitido corto: es normal. Soluciona pantallas negras, congeladas o con colores raros que aparecen después de suspender la notebook o de conectar un monitor. No cierra tus programas.",
          en: "The screen flickers for a moment and you hear a short beep: that's normal. It fixes black, frozen or oddly coloured screens that show up after sleep or after connecting a monitor. It doesn't close your programs.",
        },
        simple: {
          es: "Apretá juntas las teclas Windows, Ctrl, Shift y B.",
          en: "Press the Windows, Ctrl, Shift and B keys together.",
        },
      },
      {
        text: {
          es: "Conectala a un monitor o TV por HDMI y apretá Windows+P > Duplicar para ver si ahí se ve bien.",
          en: "Connect it to a monitor or TV over HDMI and press Windows+P > Duplicate to see if it looks fine there.",
        },
        help: {
          es: "Si en la pantalla externa la imagen se ve perfecta, el problema está en la pantalla de la notebook o en su cable interno (se repara cambiando la pieza). Si también se ve mal afuera, el problema es de video o de configuración.",
          en: "If the picture looks perfect on the external screen, the problem is the laptop's panel or its internal cable (fixed by replacing the part). If it also looks wrong externally, it's a graphics or settings problem.",
        },
        simple: {
          es: "Conectala a un televisor con un cable HDMI para ver si ahí se ve bien.",
          en: "Connect it to a TV with an HDMI cable to see if it looks fine there.",
        },
      },
      {
        text: {
          es: "Mové despacio la tapa: si la imagen parpadea o cambia al moverla, falla el cable de la pantalla.",
          en: "Slowly move the lid: if the picture flickers or changes as it moves, the screen cable is failing.",
        },
        help: {
          es: "El cable que une la pantalla con la placa pasa por las bisagras y se desgasta con el uso. Si al abrir o cerrar la tapa aparece o desaparece la imagen, no fuerces más la bisagra y traela: es un cambio de cable o de bisagra.",
          en: "The cable linking the screen to the board runs through the hinges and wears with use. If the picture comes and goes as you open or close the lid, stop forcing the hinge and bring it in: it's a cable or hinge replacement.",
        },
        simple: {
          es: "Abrí y cerrá la tapa despacio y fijate si la imagen falla al moverla.",
          en: "Open and close the lid slowly and see if the picture fails as it moves.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Actualizá o reinstalá el controlador de video desde el Administrador de dispositivos.",
          en: "Update or reinstall the graphics driver from Device Manager.",
        },
        help: {
          es: "Clic derecho en Inicio > Administrador de dispositivos > Adaptadores de pantalla. Clic derecho en la placa (Intel, AMD o NVIDIA) > Actualizar controlador. Si empezó tras una actualización, probá Propiedades > Controlador > Revertir al controlador anterior.",
          en: "Right-click Start > Device Manager > Display adapters. Right-click the adapter (Intel, AMD or NVIDIA) > Update driver. If it started after an update, try Properties > Driver > Roll Back Driver.",
        },
        simple: {
          es: "Hay que actualizar el programa que maneja la pantalla; te guiamos si querés.",
          en: "The program that runs the screen needs updating; we can guide you.",
        },
      },
      {
        text: {
          es: "Volvé la resolución y la escala a los valores «recomendados» en Configuración > Sistema > Pantalla.",
          en: "Set the resolution and scale back to the “recommended” values in Settings > System > Display.",
        },
        help: {
          es: "Una resolución distinta de la recomendada hace que todo se vea borroso, estirado o con bordes negros. Elegí la que dice «(recomendado)» en Resolución de pantalla y en Escala. Si la imagen sale girada, corregilo en Orientación de la pantalla > Horizontal.",
          en: "A resolution other than the recommended one makes everything look blurry, stretched or framed in black. Pick the one marked “(Recommended)” under Display resolution and Scale. If the picture is rotated, fix it under Display orientation > Landscape.",
        },
        simple: {
          es: "En la configuración de pantalla, elegí las opciones que dicen «recomendado».",
          en: "In the display settings, choose the options marked “recommended”.",
        },
      },
      {
        text: {
          es: "Con la pantalla negra, alumbrala con una linterna: si ves la imagen muy tenue, falla la luz de fondo.",
          en: "With the screen black, shine a flashlight on it: if you see a faint image, the backlight has failed.",
        },
        help: {
          es: "Acercá la linterna del celular en diagonal a la pantalla encendida. Si distinguís el escritorio muy oscuro, la pantalla funciona pero no tiene iluminación: se repara en el taller. Si hay manchas, rayas fijas o una zona negra tipo tinta, el panel está dañado.",
          en: "Hold your phone's flashlight at an angle close to the switched-on screen. If you can make out a very dark desktop, the panel works but has no lighting: that's a shop repair. If there are blotches, fixed lines or an ink-like black area, the panel is damaged.",
        },
        simple: {
          es: "Alumbrá la pantalla negra con la linterna del celular y fijate si se ve algo.",
          en: "Shine your phone's flashlight on the black screen and look for anything.",
        },
      },
    ],
    safety: {
      es: "Si la pantalla está rota o tiene una mancha que crece, no la presiones ni cierres la tapa con objetos encima.",
      en: "If the screen is cracked or has a spreading blotch, don't press on it or close the lid with anything on the keyboard.",
    },
  },
  {
    device: "notebook",
    problem: "audio",
    title: { es: "Notebook sin sonido", en: "Laptop with no sound" },
    quick: [
      {
        text: {
          es: "Hacé clic en el ícono del parlante junto al reloj y elegí los parlantes correctos como salida.",
          en: "Click the speaker icon by the clock and choose the right speakers as the output.",
        },
        help: {
          es: "En Windows 11, tocá el parlante y después la flecha «>» al lado del volumen para ver las salidas. El sonido puede estar yendo a un monitor por HDMI, a unos auriculares Bluetooth o a un dispositivo virtual. Elegí «Altavoces» o «Speakers» con el nombre de la notebook.",
          en: "On Windows 11, click the speaker and then the “>” arrow next to the volume to see the outputs. Sound may be going to an HDMI monitor, Bluetooth earbuds or a virtual device. Choose “Speakers” with the laptop's audio chip name.",
        },
        simple: {
          es: "Tocá el parlantito de abajo a la derecha y elegí los parlantes de la notebook.",
          en: "Click the little speaker at the bottom right and pick the laptop's speakers.",
        },
      },
      {
        text: {
          es: "Revisá que no esté silenciada: probá la tecla de silencio (Fn + un parlante tachado) y subí el volumen.",
          en: "Make sure it isn't muted: try the mute key (Fn plus a crossed-out speaker) and turn the volume up.",
        },
        help: {
          es: "Algunas notebooks tienen una lucecita en la tecla de silencio que indica si está activado. Además, en Windows abrí el Mezclador de volumen (clic derecho en el parlante) y fijate que la app que usás (navegador, Zoom) no esté en cero.",
          en: "Some laptops have a small light on the mute key showing when it's on. Also open the Volume mixer in Windows (right-click the speaker) and check that the app you're using (browser, Zoom) isn't set to zero.",
        },
        simple: {
          es: "Fijate que no esté en silencio y subí el volumen con las teclas.",
          en: "Make sure it's not on mute and turn the volume up with the keys.",
        },
      },
      {
        text: {
          es: "Desconectá auriculares y apagá el Bluetooth, y probá con un video.",
          en: "Unplug headphones, turn Bluetooth off and test with a video.",
        },
        help: {
          es: "Si quedaron unos auriculares Bluetooth vinculados o un parlante cerca, Windows les manda el audio apenas se conectan. Apagá el Bluetooth desde el centro de actividades (ícono de red o batería junto al reloj) y probá un video de YouTube.",
          en: "If Bluetooth earbuds or a speaker nearby are paired, Windows sends audio to them as soon as they connect. Turn Bluetooth off from the quick settings (network or battery icon by the clock) and try a YouTube video.",
        },
        simple: {
          es: "Sacá los auriculares y apagá el Bluetooth, y probá con un video.",
          en: "Unplug the headphones, turn off Bluetooth and try a video.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Ejecutá el solucionador de problemas de audio de Windows.",
          en: "Run the Windows audio troubleshooter.",
        },
        help: {
          es: "Clic derecho en el ícono del parlante > Solucionar problemas de sonido. También está en Configuración > Sistema > Solucionar problemas > Otros solucionadores > Audio. La herramienta revisa servicios y configuraciones, y corrige sola lo que encuentra.",
          en: "Right-click the speaker icon > Troubleshoot sound problems. It's also under Settings > System > Troubleshoot > Other troubleshooters > Audio. It checks services and settings and fixes what it finds automatically.",
        },
        simple: {
          es: "Windows tiene una herramienta que arregla el sonido sola: hacé clic derecho en el parlante.",
          en: "Windows has a tool that fixes sound by itself: right-click the speaker icon.",
        },
      },
      {
        text: {
          es: "Reinstalá el driver de audio desde el Administrador de dispositivos y reiniciá.",
          en: "Reinstall the audio driver from Device Manager and restart.",
        },
        help: {
          es: "Clic derecho en Inicio > Administrador de dispositivos > Controladoras de sonido y vídeo. Clic derecho en el dispositivo de audio (Realtek, Intel, Conexant) > Desinstalar el dispositivo (sin marcar borrar el controlador) y reiniciá: Windows lo reinstala. Si sigue, bajá el driver de la página del fabricante.",
          en: "Right-click Start > Device Manager > Sound, video and game controllers. Right-click the audio device (Realtek, Intel, Conexant) > Uninstall device (without ticking delete driver) and restart: Windows reinstalls it. If it persists, download the driver from the maker's website.",
        },
        simple: {
          es: "Hay que reinstalar el programa del sonido; te guiamos paso a paso si querés.",
          en: "The sound program needs reinstalling; we can walk you through it.",
        },
      },
      {
        text: {
          es: "Probá con auriculares: si se escuchan bien, el problema está en los parlantes internos.",
          en: "Try headphones: if they sound fine, the problem is the internal speakers.",
        },
        help: {
          es: "Si con auriculares suena perfecto pero los parlantes no suenan, suenan rotos o vibran, es una falla física (parlante o conector). Si tampoco suena con auriculares, el problema es de driver o configuración. Cualquiera de los dos datos nos sirve para el diagnóstico.",
          en: "If headphones sound perfect but the speakers are silent, distorted or buzzing, it's a physical fault (speaker or connector). If headphones are silent too, it's a driver or settings issue. Either result helps our diagnosis.",
        },
        simple: {
          es: "Enchufá auriculares: si por ahí se escucha, hay que revisar los parlantes.",
          en: "Plug in headphones: if you can hear through them, the speakers need checking.",
        },
      },
    ],
  },
];
