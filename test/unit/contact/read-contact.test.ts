import { describe, expect, it } from "vitest";
import { readContact } from "../../../src/lib/contact/read-contact";

describe("a phone or an email inside what the person wrote", () => {
  it.each([
    ["341 555-1234", { phone: "+543415551234" }],
    ["mi cel es 0341 15 555-1234, gracias", { phone: "+5493415551234" }],
    ["Llamame al (011) 15 2345-6789 a la tarde", { phone: "+5491123456789" }],
    ["ana@correo.com", { email: "ana@correo.com" }],
    ["mi mail: Ana.Lopez@Correo.com.ar.", { email: "Ana.Lopez@correo.com.ar" }],
    ["<ana@correo.com>", { email: "ana@correo.com" }],
    ["te dejo 341-555-1234 y juan@mail.com", { phone: "+543415551234", email: "juan@mail.com" }],
    ["my number is +44 20 7946 0958", { phone: "+442079460958" }],
    // A date-bearing ticket id quoted back is no phone; the number after it is.
    ["por el ticket STI-20261128-ABC234, mi cel 3415551234", { phone: "+543415551234" }],
    // The first that reads wins.
    ["341 555 1234 o 11 2345 6789", { phone: "+543415551234" }],
    // Digits inside an address are the address's, not a phone.
    ["juan1234567890@mail.com", { email: "juan1234567890@mail.com" }],
  ])("%s", (text, contact) => {
    const reading = readContact(text);
    expect(reading.ok).toBe(true);
    if (reading.ok) expect(reading.contact).toEqual(contact);
  });

  it("says what to ask again: a number of the wrong length, an address that is not one, or neither", () => {
    const reason = (text: string) => {
      const reading = readContact(text);
      return reading.ok ? "ok" : reading.reason;
    };
    expect(reason("555 1234")).toBe("phone");
    expect(reason("mi cel es 12345")).toBe("phone");
    expect(reason("+54 9 341 555 1234 5678 90")).toBe("phone");
    expect(reason("ana@correo")).toBe("email");
    expect(reason("ana arroba gmail punto com")).toBe("email");
    expect(reason("no sé cuál es")).toBe("none");
    expect(reason("lo probé 2 veces")).toBe("none");
    expect(reason("STI-20261128-ABC234")).toBe("none");
    expect(reason("")).toBe("none");
  });

  it("leaves the rest of the message, without the contact, to be checked for secrets", () => {
    const reading = readContact("mi cel 341 555-1234 y la clave es gato123");
    expect(reading.ok && reading.rest).toBe("mi cel              y la clave es gato123");
  });
});
