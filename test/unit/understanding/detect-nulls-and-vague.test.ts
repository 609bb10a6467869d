import { describe, expect, it } from "vitest";
import { detect } from "../../../src/lib/understanding";

describe("detect returns null for what the message does not state", () => {
  it.each([
    "no tengo sonido",
    "se corta internet",
    "Batery not chargng.",
    "Windows me muestra pantalla azul al iniciar",
    "El aparato no prende mas.",
    "cuenta bloqueada sola",
  ])("no device guessed from a problem alone: %s", (message) => {
    expect(detect(message).device).toBeNull();
    expect(detect(message).problem).not.toBeNull();
  });

  it.each(["Dell Inspiron 15", "mi notebook", "una impresora Epson", "Samsung Galaxy A52", "el mouse"])(
    "no problem guessed from a device alone: %s",
    (message) => {
      expect(detect(message).device).not.toBeNull();
      expect(detect(message).problem).toBeNull();
      expect(detect(message).vague).toBe(false);
    },
  );

  it.each([
    "",
    "   ",
    "hola",
    "si",
    "no",
    "ok",
    "gracias",
    "Ana",
    "Tina",
    "Lucas",
    "paso 2",
    "volver",
    "english",
    "😀👍",
  ])("nothing at all in %j", (message) => {
    expect(detect(message)).toEqual({
      device: null,
      deviceCandidates: [],
      problem: null,
      vague: false,
      deviceScore: 0,
      problemScore: 0,
    });
  });
});

describe("vague complaints", () => {
  it.each([
    "tengo un problema",
    "no anda",
    "se rompió",
    "something is wrong",
    "it's not working",
    "no funciona",
  ])("%s is vague, with no problem", (message) => {
    const found = detect(message);
    expect(found.vague).toBe(true);
    expect(found.problem).toBeNull();
  });

  it("stays vague when only the device is known", () => {
    expect(detect("mi notebook tiene un problema")).toMatchObject({
      device: "notebook",
      problem: null,
      vague: true,
    });
  });

  it("reads a generic complaint through a device that has a single job", () => {
    expect(detect("la impresora no anda")).toMatchObject({
      device: "printer",
      problem: "printing",
      vague: false,
    });
    expect(detect("el mouse no funciona")).toMatchObject({ device: "peripheral", problem: "peripheral" });
    expect(detect("el modem no funciona")).toMatchObject({ device: "router", problem: "no_internet" });
  });

  it("is not vague once a specific problem is found", () => {
    expect(detect("no anda, está re lenta").vague).toBe(false);
  });
});

describe("device candidates and scores", () => {
  it("offers notebook as the alternative of an unqualified 'compu'", () => {
    const found = detect("la compu no prende");
    expect(found.device).toBe("desktop");
    expect(found.deviceCandidates).toEqual(["desktop", "notebook"]);
  });

  it("lets a specific word refine an ambiguous one", () => {
    expect(detect("mi compu es una notebook").device).toBe("notebook");
    expect(detect("computadora portátil").device).toBe("notebook");
  });

  it("lists the device first among the candidates", () => {
    const found = detect("mi celular no carga");
    expect(found.deviceCandidates[0]).toBe(found.device);
  });

  it("keeps scores in 0..1, higher for explicit words than for makers' names", () => {
    const explicit = detect("la impresora no imprime");
    const brand = detect("mi lenovo");
    for (const found of [explicit, brand]) {
      for (const value of [found.deviceScore, found.problemScore]) {
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
      }
    }
    expect(explicit.deviceScore).toBeGreaterThan(brand.deviceScore);
    expect(explicit.problemScore).toBeGreaterThan(0);
  });
});
