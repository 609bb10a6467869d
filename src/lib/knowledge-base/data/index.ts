import type { KbEntry } from "../types";
import { CONSOLE_NETWORK_CONTROLLERS } from "./console-network-controllers";
import { CONSOLE_POWER_DISPLAY } from "./console-power-display";
import { DESKTOP_CONNECTIVITY } from "./desktop-connectivity";
import { DESKTOP_PERFORMANCE } from "./desktop-performance";
import { DESKTOP_POWER } from "./desktop-power";
import { GENERIC_CONNECTIVITY } from "./generic-connectivity";
import { GENERIC_MEDIA } from "./generic-media";
import { GENERIC_MISC } from "./generic-misc";
import { GENERIC_SECURITY } from "./generic-security";
import { GENERIC_STARTUP } from "./generic-startup";
import { MONITOR } from "./monitor";
import { NOTEBOOK_CONNECTIVITY } from "./notebook-connectivity";
import { NOTEBOOK_DATA_ACCOUNT } from "./notebook-data-account";
import { NOTEBOOK_PERFORMANCE } from "./notebook-performance";
import { NOTEBOOK_POWER } from "./notebook-power";
import { NOTEBOOK_SCREEN_SOUND } from "./notebook-screen-sound";
import { PERIPHERALS } from "./peripherals";
import { PHONE_CONNECTIVITY } from "./phone-connectivity";
import { PHONE_DATA_ACCOUNT } from "./phone-data-account";
import { PHONE_PERFORMANCE } from "./phone-performance";
import { PHONE_POWER } from "./phone-power";
import { PHONE_SCREEN } from "./phone-screen";
import { PHONE_SOUND_ACCESSORIES } from "./phone-sound-accessories";
import { PRINTER_POWER_NETWORK } from "./printer-power-network";
import { PRINTER_PRINTING } from "./printer-printing";
import { ROUTER } from "./router";
import { STORAGE } from "./storage";
import { TABLET_POWER } from "./tablet-power";
import { TABLET_SCREEN_PERFORMANCE } from "./tablet-screen-performance";
import { TV_POWER_DISPLAY } from "./tv-power-display";
import { TV_SOUND_SMART } from "./tv-sound-smart";

/** Every entry, generic ones first. Order doesn't matter otherwise: lookups go by (device, problem). */
export const ENTRIES: readonly KbEntry[] = [
  ...GENERIC_CONNECTIVITY,
  ...GENERIC_MEDIA,
  ...GENERIC_MISC,
  ...GENERIC_SECURITY,
  ...GENERIC_STARTUP,
  ...CONSOLE_NETWORK_CONTROLLERS,
  ...CONSOLE_POWER_DISPLAY,
  ...DESKTOP_CONNECTIVITY,
  ...DESKTOP_PERFORMANCE,
  ...DESKTOP_POWER,
  ...MONITOR,
  ...NOTEBOOK_CONNECTIVITY,
  ...NOTEBOOK_DATA_ACCOUNT,
  ...NOTEBOOK_PERFORMANCE,
  ...NOTEBOOK_POWER,
  ...NOTEBOOK_SCREEN_SOUND,
  ...PERIPHERALS,
  ...PHONE_CONNECTIVITY,
  ...PHONE_DATA_ACCOUNT,
  ...PHONE_PERFORMANCE,
  ...PHONE_POWER,
  ...PHONE_SCREEN,
  ...PHONE_SOUND_ACCESSORIES,
  ...PRINTER_POWER_NETWORK,
  ...PRINTER_PRINTING,
  ...ROUTER,
  ...STORAGE,
  ...TABLET_POWER,
  ...TABLET_SCREEN_PERFORMANCE,
  ...TV_POWER_DISPLAY,
  ...TV_SOUND_SMART,
];
