import type { KbEntry } from "../types";

/** Phone: internet. Worded for phones and tablets: tablets fall back to it. */
export const PHONE_CONNECTIVITY: readonly KbEntry[] = [
  {
    device: "phone",
    problem: "no_internet",
    title: { es: "Celular o tablet sin internet", en: "Phone or tablet with no internet" },
    quick: [
      {
        text: {
          es: "Activá el modo avión 10 segundos y desactivalo, para que se reconecte a la red.",
          en: "Turn airplane mode on for 10 seconds and off again so it reconnects to the network.",
        },
        help: {
          es: "Deslizá desde arriba para abrir los ajustes rápidos y tocá el avión. Esperá 10 segundos y volvé a tocarlo. El equipo vuelve a buscar antena y wifi desde cero, lo que resuelve muchas conexiones trabadas.",
          en: "Swipe down from the top to open quick settings and tap the airplane. Wait 10 seconds and tap it again. The device searches for signal and Wi-Fi from scratch, which fixes many stuck connections.",
        },
        simple: {
          es: "Prendé el modo avión, esperá unos segundos y apagalo.",
          en: "Turn airplane mode on, wait a few seconds and turn it off.",
        },
      },
      {
        text: {
          es: "Fijate si falla solo con wifi o también con datos móviles, y si otros equipos navegan con tu wifi.",
          en: "Check whether it fails only on Wi-Fi or on mobile data too, and whether other devices work on your Wi-Fi.",
        },
        help: {
          es: "Si con datos anda pero con wifi no, y los demás equipos tampoco navegan, reiniciá el router (30 segundos desenchufado). Si el wifi anda en otros equipos, el problema es del celular. Si fallan los datos, revisá que estén activados y que tengas saldo o plan vigente.",
          en: "If mobile data works but Wi-Fi doesn't, and other devices can't get online either, restart the router (30 seconds unplugged). If the Wi-Fi works on other devices, the problem is the phone. If mobile data fails, check it's turned on and that you have credit or an active plan.",
        },
        simple: {
          es: "Probá si anda con el wifi y sin el wifi, y si a otros en la casa les anda internet.",
          en: "See if it works with and without Wi-Fi, and whether internet works for others at home.",
        },
      },
      {
        text: {
          es: "Olvidá la red wifi y volvé a conectarte escribiendo la contraseña.",
          en: "Forget the Wi-Fi network and reconnect by typing the password.",
        },
        help: {
          es: "En Android: Ajustes > Conexiones (o Redes) > Wi-Fi, tocá el engranaje de tu red > Olvidar. En iPhone: Ajustes > Wi-Fi > «i» junto a la red > Olvidar esta red. Después elegila y escribí la clave, respetando mayúsculas.",
          en: "On Android: Settings > Connections (or Network) > Wi-Fi, tap the gear next to your network > Forget. On iPhone: Settings > Wi-Fi > the “i” next to the network > Forget This Network. Then pick it again and type the password, minding capital letters.",
        },
        simple: {
          es: "Borrá tu wifi de la lista y volvé a conectarte poniendo la clave.",
          en: "Remove your Wi-Fi from the list and reconnect with the password.",
        },
      },
      {
        text: {
          es: "Si fallan los datos móviles, revisá saldo o plan en la app de tu compañía y que los datos estén activados.",
          en: "If mobile data fails, check your credit or plan in your carrier's app and that mobile data is on.",
        },
        help: {
          es: "Con el paquete de datos agotado, el celular muestra señal pero no navega. Fijate en Ajustes > Conexiones > Uso de datos (Android) o Ajustes > Datos celulares (iPhone) que estén activados y que no haya un límite alcanzado. Si estás fuera del país, revisá el roaming.",
          en: "With the data allowance used up, the phone shows signal but can't browse. Check Settings > Connections > Data usage (Android) or Settings > Mobile Data (iPhone) that data is on and no limit has been reached. If you're abroad, check roaming.",
        },
        simple: {
          es: "Fijate en la app de tu compañía si te quedan datos o saldo.",
          en: "Check in your carrier's app whether you have data or credit left.",
        },
      },
    ],
    advanced: [
      {
        text: {
          es: "Restablecé la configuración de red (borra redes wifi guardadas y Bluetooth, no tus fotos ni apps).",
          en: "Reset network settings (it erases saved Wi-Fi networks and Bluetooth, not your photos or apps).",
        },
        help: {
          es: "En Android: Ajustes > Sistema > Restablecer > Restablecer Wi-Fi, datos móviles y Bluetooth (Samsung: Administración general > Restablecer > Restablecer configuración de red). En iPhone: Ajustes > General > Transferir o restablecer > Restablecer > Restablecer configuración de red. Después volvé a poner la clave del wifi.",
          en: "On Android: Settings > System > Reset options > Reset Wi-Fi, mobile & Bluetooth (Samsung: General management > Reset > Reset network settings). On iPhone: Settings > General > Transfer or Reset iPhone > Reset > Reset Network Settings. Then enter the Wi-Fi password again.",
        },
        simple: {
          es: "Se pueden reiniciar las conexiones del celular; después hay que volver a poner la clave del wifi.",
          en: "You can reset the phone's connections; afterwards, enter the Wi-Fi password again.",
        },
      },
      {
        text: {
          es: "Con el equipo apagado, sacá la tarjeta SIM, revisala y volvé a colocarla.",
          en: "With the device off, take out the SIM card, check it and put it back.",
        },
        help: {
          es: "Usá la herramienta de la caja (o un clip desplegado) en el agujerito de la bandeja. Fijate que el chip no esté rayado ni doblado, limpialo con un paño seco y volvé a colocarlo en la posición correcta. Si dice «Sin SIM» o «Sin servicio», la compañía puede darte un chip nuevo con tu mismo número.",
          en: "Use the tool from the box (or an unfolded paper clip) in the tray's pinhole. Check the SIM isn't scratched or bent, wipe it with a dry cloth and put it back the right way round. If it says “No SIM” or “No service”, your carrier can give you a new SIM with the same number.",
        },
        simple: {
          es: "Con el celu apagado, sacá el chip, limpialo suavemente y volvé a ponerlo.",
          en: "With the phone off, take out the SIM, wipe it gently and put it back.",
        },
      },
      {
        text: {
          es: "Si los datos siguen sin andar, revisá el APN en Ajustes > Redes móviles > Nombres de puntos de acceso.",
          en: "If data still doesn't work, check the APN in Settings > Mobile networks > Access Point Names.",
        },
        help: {
          es: "El APN es la configuración de internet de tu compañía. En Android, dentro de Nombres de puntos de acceso tocá ⋮ > Restablecer valores predeterminados; el celular carga el correcto. Si no aparece ninguno, la compañía te lo envía por SMS o lo publica en su web.",
          en: "The APN is your carrier's internet setting. On Android, under Access Point Names tap ⋮ > Reset to default; the phone loads the right one. If none appears, your carrier can send it by text or lists it on its website.",
        },
        simple: {
          es: "Hay una configuración de la compañía que a veces se desarma; se puede volver a la original.",
          en: "There's a carrier setting that sometimes gets messed up; it can be reset to the original.",
        },
      },
    ],
  },
];
