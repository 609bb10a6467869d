/** Human labels for device and problem ids (buttons, tickets) and the areas of the clarifying question. */
import type { DeviceId, ProblemId } from "../../protocol";
import type { Area, LocalizedText } from "./types";

export const DEVICE_LABELS: Record<DeviceId, LocalizedText> = {
  notebook: { es: "Notebook", en: "Laptop" },
  desktop: { es: "PC de escritorio", en: "Desktop PC" },
  printer: { es: "Impresora", en: "Printer" },
  phone: { es: "Celular", en: "Phone" },
  tablet: { es: "Tablet", en: "Tablet" },
  router: { es: "Router o módem", en: "Router or modem" },
  tv: { es: "Televisor", en: "TV" },
  monitor: { es: "Monitor", en: "Monitor" },
  peripheral: { es: "Mouse, teclado o accesorio", en: "Mouse, keyboard or accessory" },
  storage: { es: "Disco, pendrive o memoria", en: "Drive, USB stick or memory card" },
  console: { es: "Consola de juegos", en: "Game console" },
  other: { es: "Otro equipo", en: "Other device" },
};

/** Worded so they still read well lowercased inside a sentence ("Entiendo: no enciende."). */
export const PROBLEM_LABELS: Record<ProblemId, LocalizedText> = {
  no_power: { es: "No enciende", en: "Won't turn on" },
  no_boot: { es: "Enciende pero no arranca", en: "Turns on but won't start" },
  slow: { es: "Anda lento o se traba", en: "Slow or freezing" },
  no_internet: { es: "Sin internet o wifi", en: "No internet or Wi-Fi" },
  display: { es: "Problema de pantalla o imagen", en: "Screen or picture problem" },
  audio: { es: "Sin sonido o sonido raro", en: "No sound or bad sound" },
  battery: { es: "Batería o carga", en: "Battery or charging" },
  malware: { es: "Virus o publicidad rara", en: "Virus or strange pop-ups" },
  printing: { es: "No imprime o imprime mal", en: "Won't print or prints badly" },
  data: { es: "Archivos perdidos o copias de seguridad", en: "Lost files or backups" },
  peripheral: { es: "Un accesorio no funciona", en: "An accessory isn't working" },
  account: { es: "Cuenta o contraseña", en: "Account or password" },
  other: { es: "Otro problema", en: "Something else" },
};

/** The clarifying question for a vague problem: pick an area, then one of its problems. */
export const AREAS: readonly Area[] = [
  {
    id: "hardware",
    label: { es: "El equipo en sí (hardware)", en: "The device itself (hardware)" },
    problems: ["no_power", "no_boot", "display", "audio", "battery", "peripheral", "other"],
  },
  {
    id: "software",
    label: { es: "Programas o sistema", en: "Software or system" },
    problems: ["slow", "malware", "no_boot", "data", "other"],
  },
  {
    id: "network",
    label: { es: "Internet o wifi", en: "Internet or Wi-Fi" },
    problems: ["no_internet", "other"],
  },
  {
    id: "account",
    label: { es: "Cuentas y contraseñas", en: "Accounts and passwords" },
    problems: ["account", "malware", "data", "other"],
  },
  {
    id: "printer",
    label: { es: "Impresora", en: "Printer" },
    problems: ["printing", "no_power", "no_internet", "other"],
  },
];
