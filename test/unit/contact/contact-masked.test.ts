import { afterEach, describe, expect, it, vi } from "vitest";
import { normalisePhone } from "../../../src/lib/contact/phone";
import { maskContactText, readContact } from "../../../src/lib/contact/read-contact";
import { maskPersonalData } from "../../../src/lib/masking";
import { logEvent } from "../../../src/observability/log";

/** Every form the contact question accepts with a country or area code, as typed. */
const PHONES = [
  "+54 9 341 555-1234",
  "+549 341 5551234",
  "+54 0341 4555555",
  "+54 341 15 555 1234",
  "54 9 341 555 1234",
  "5493415551234",
  "0054 9 341 555 1234",
  "0341 15 555-1234",
  "(011) 15 2345-6789",
  "011 4555-1234",
  "341 555 1234",
  "3415551234",
  "11 2345-6789",
  "4555-1234",
  "15 5555-1234",
  "+44 20 7946 0958",
  "0044 20 7946 0958",
  "+1 (415) 555-2671",
  "＋５４ ９ ３４１ ５５５ １２３４",
];
const EMAILS = [
  "ana@correo.com",
  "Ana.Lopez@Correo.COM.ar",
  "juan_p+soporte@mail.example.org",
  "ana＠correo.com",
];

const digitRuns = (text: string) => text.normalize("NFKC").match(/\d{3,}/g) ?? [];

describe("a contact is masked wherever text is masked", () => {
  afterEach(() => vi.restoreAllMocks());

  it("every accepted phone, as typed and as stored, is masked by the shared rules (src/lib/masking.ts)", () => {
    for (const typed of PHONES) {
      const reading = normalisePhone(typed);
      expect(reading.ok, typed).toBe(true);
      expect(digitRuns(maskPersonalData(`mi cel es ${typed}`)), typed).toEqual([]);
      // A local number without an area code is stored as bare digits (45551234), which the shared
      // rules keep on purpose (error codes such as 80070005): the contact's own masking covers it.
      if (reading.ok && reading.phone.length > 10) {
        expect(maskPersonalData(reading.phone), reading.phone).toBe("[phone]");
      }
    }
  });

  it("every accepted email, as typed and as stored, is masked by the shared rules", () => {
    for (const typed of EMAILS) {
      const reading = readContact(typed);
      expect(reading.ok && reading.contact.email, typed).toBeTruthy();
      expect(maskPersonalData(`mi mail es ${typed}`)).toBe("mi mail es [email]");
      if (reading.ok && reading.contact.email)
        expect(maskPersonalData(reading.contact.email)).toBe("[email]");
    }
  });

  it("a message typed at the contact question is masked whole, even a number too short to call a phone", () => {
    expect(maskContactText("mi cel es 4555 1234")).toBe("mi cel es [phone]");
    expect(maskContactText("45551234")).toBe("[phone]");
    expect(maskContactText("perdón, era 555 12")).toBe("perdón, era [phone]");
    expect(maskContactText("ana@correo y 341-555-1234")).toBe("[email] y [phone]");
    expect(maskContactText("ana arroba gmail punto com")).toBe("[email]");
    expect(maskContactText("por el ticket STI-20261128-ABC234")).toBe("por el ticket STI-20261128-ABC234");
    expect(maskContactText("no, gracias")).toBe("no, gracias");
    for (const typed of [...PHONES, ...EMAILS]) {
      const masked = maskContactText(`te dejo ${typed}, gracias`);
      expect(digitRuns(masked), typed).toEqual([]);
      expect(masked, typed).not.toMatch(/@|＠/);
    }
  });

  it("a log line carrying a contact by mistake shows it masked", () => {
    const lines: string[] = [];
    vi.spyOn(console, "log").mockImplementation((line: string) => lines.push(line));
    for (const phone of PHONES.filter((p) => /^\+|^0|^\(/.test(p))) {
      const reading = normalisePhone(phone);
      logEvent("info", "contact_test", { typed: phone, stored: reading.ok ? reading.phone : "" });
    }
    for (const email of EMAILS) logEvent("info", "contact_test", { typed: email });
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const { typed, stored } = JSON.parse(line) as { typed: string; stored?: string };
      expect(digitRuns(typed), line).toEqual([]);
      expect(typed, line).not.toMatch(/@|＠/);
      if (stored) expect(stored, line).toBe("[phone]");
    }
  });
});
