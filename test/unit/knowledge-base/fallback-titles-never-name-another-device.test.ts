import { expect, it } from "vitest";
import { lookupSteps, problemsForDevice } from "../../../src/lib/knowledge-base";
import type { DeviceId } from "../../../src/protocol";

/** How Spanish and English titles name each device that has family siblings. */
const NAMES: Partial<Record<DeviceId, RegExp>> = {
  notebook: /notebook|laptop/i,
  desktop: /escritorio|desktop/i,
  phone: /celular|phone/i,
  tablet: /tablet/i,
  tv: /televisor|smart tv|\bTV\b/i,
  monitor: /monitor/i,
};

it("never shows a user a title about a sibling device (e.g. 'Celular...' for a tablet) for offered problems", () => {
  const wrong: string[] = [];
  for (const [device, own] of Object.entries(NAMES) as [DeviceId, RegExp][]) {
    for (const problem of problemsForDevice(device)) {
      const entry = lookupSteps(device, problem);
      if (entry.device === device || entry.device === null) continue;
      const other = NAMES[entry.device];
      for (const title of [entry.title.es, entry.title.en]) {
        if (other?.test(title) && !own.test(title)) wrong.push(`${device}/${problem}: ${title}`);
      }
    }
  }
  expect(wrong).toEqual([]);
});
