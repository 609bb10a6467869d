import { expect, it } from "vitest";
import { isCalendarDay, utcDayStart } from "../../src/lib/dates";

it("gives the UTC start of a real day written YYYY-MM-DD or YYYYMMDD", () => {
  expect(utcDayStart("2026-11-30")).toBe(Date.parse("2026-11-30T00:00:00Z"));
  expect(utcDayStart("20261130")).toBe(Date.parse("2026-11-30T00:00:00Z"));
  expect(utcDayStart("2028-02-29")).toBe(Date.parse("2028-02-29T00:00:00Z"));
});

it("refuses days that do not exist and anything not in one of the two forms", () => {
  for (const bad of [
    "2026-02-29",
    "20260229",
    "2026-02-30",
    "2026-13-01",
    "2026-00-10",
    "2026-04-31",
    "2026-1130",
    "202611-30",
    "2026-11-30T00:00:00Z",
    " 2026-11-30",
    "",
  ]) {
    expect(utcDayStart(bad), bad).toBeNull();
    expect(isCalendarDay(bad), bad).toBe(false);
  }
});
