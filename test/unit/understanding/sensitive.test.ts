import { describe, expect, it } from "vitest";
import { detectSensitive } from "../../../src/lib/understanding";

describe("detectSensitive flags shared or offered secrets", () => {
  it.each([
    "mi contraseña es Gato123",
    "mi clave es perro99",
    "mi clave es girasol",
    "password: hunter2",
    "my password is sunshine",
    "mi pin es 4589",
    "pin 4589",
    "el cvv es 123",
    "la clave del wifi es casa2020",
    "usuario juanp clave 1234",
    "homebanking usuario: juan clave: perro99",
    "4509 9535 6623 3704",
    "mi numero de tarjeta es 4509953566233704",
    "mi CBU es 0110599520000001234567",
    "mi alias es perro.casa.sol",
    "te paso mi clave",
    "te paso los datos de la tarjeta",
    "here is my password",
    "¿necesitás mi contraseña?",
  ])("%s", (message) => {
    expect(detectSensitive(message)).toBe(true);
  });
});

describe("detectSensitive leaves ordinary messages alone", () => {
  it.each([
    "olvidé mi contraseña",
    "no me acuerdo la clave",
    "cambié la contraseña y sigue igual",
    "la contraseña es incorrecta",
    "mi contraseña es muy larga",
    "forgot my password",
    "I can't log into my email",
    "mi celular es 11 2345 6789",
    "el paso 1 dice cambiar la contraseña",
    "el pin del celu",
    "mi notebook no prende",
    "",
  ])("%j", (message) => {
    expect(detectSensitive(message)).toBe(false);
  });
});
