import { describe, expect, it } from "vitest";
import { normalisePhone, whatsappNumberOf } from "../../../src/lib/contact/phone";

const stored = (raw: string) => {
  const reading = normalisePhone(raw);
  return reading.ok ? reading.phone : reading.reason;
};

describe("phone numbers as people in Argentina type them", () => {
  it.each([
    // International, Argentine mobile with its 9.
    ["+54 9 341 555-1234", "+5493415551234"],
    ["+54 9 11 2345-6789", "+5491123456789"],
    ["+549 341 5551234", "+5493415551234"],
    ["+54.9.11.2345.6789", "+5491123456789"],
    ["＋５４ ９ ３４１ ５５５ １２３４", "+5493415551234"],
    // International with the national 0 or 15 people keep out of habit.
    ["+54 0341 4555555", "+543414555555"],
    ["+54 341 15 555 1234", "+5493415551234"],
    // The country code without its +, or after 00.
    ["54 9 341 555 1234", "+5493415551234"],
    ["5493415551234", "+5493415551234"],
    ["0054 9 341 555 1234", "+5493415551234"],
    // National: 0, area code, 15 for a mobile.
    ["0341 15 555-1234", "+5493415551234"],
    ["(011) 15 2345-6789", "+5491123456789"],
    ["011 15 2345 6789", "+5491123456789"],
    ["02266 15 45 6789", "+5492266456789"],
    ["011 4555-1234", "+541145551234"],
    ["(0341) 455-5555", "+543414555555"],
    // Area code and number, no 0.
    ["341 555 1234", "+543415551234"],
    ["3415551234", "+543415551234"],
    ["11 2345-6789", "+541123456789"],
    ["341 15 555 1234", "+5493415551234"],
    // Local, without an area code: the digits, nothing invented.
    ["4555-1234", "45551234"],
    ["15 5555-1234", "1555551234"],
    // Other countries.
    ["+44 20 7946 0958", "+442079460958"],
    ["0044 20 7946 0958", "+442079460958"],
    ["+1 (415) 555-2671", "+14155552671"],
    ["+598 99 123 456", "+59899123456"],
  ])("%s is %s", (raw, phone) => {
    expect(stored(raw)).toBe(phone);
  });

  it("takes 8 to 15 digits once normalised, and no fewer or more", () => {
    expect(stored("1234-567")).toBe("length");
    expect(stored("1234-5678")).toBe("12345678");
    expect(stored("+1 234 567 890 123 45")).toBe("+123456789012345");
    expect(stored("+1 234 567 890 123 456")).toBe("length");
    expect(stored("12")).toBe("length");
  });

  it("refuses anything but digits and the separators people type", () => {
    for (const raw of ["341 555 12a4", "tel 3415551234", "341*555*1234", "+54+9 341 555 1234", "", "   "]) {
      expect(stored(raw), raw).toMatch(/^(format|length)$/);
    }
  });
});

describe("the number a WhatsApp link needs", () => {
  it("is the international digits, with the 9 an Argentine mobile needs", () => {
    expect(whatsappNumberOf("+5493415551234")).toBe("5493415551234");
    expect(whatsappNumberOf("+543415551234")).toBe("5493415551234");
    expect(whatsappNumberOf("+442079460958")).toBe("442079460958");
  });

  it("is none for a local number: its country (and area) are unknown", () => {
    expect(whatsappNumberOf("45551234")).toBeNull();
    expect(whatsappNumberOf("1555551234")).toBeNull();
  });
});
