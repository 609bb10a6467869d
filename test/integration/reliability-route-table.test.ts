import { describe, expect, it } from "vitest";
import { app } from "../../src/app";
import table from "../support/reliability/routes.json";

/** `METHOD /path` of every route the app serves; middleware (`ALL`) is not a route. */
const served = [...new Set(app.routes.filter((r) => r.method !== "ALL").map((r) => `${r.method} ${r.path}`))];
const listed = table.routes.map((r) => `${r.method} ${r.path}`);

describe("the reliability fuzz's route table (test/support/reliability/routes.json)", () => {
  it("lists every route of the app, and nothing else, once each", () => {
    expect(served.length).toBeGreaterThan(0);
    expect([...listed].sort()).toEqual([...served].sort());
    expect(new Set(listed).size).toBe(listed.length);
  });

  it("names a kind for every path parameter of every route", () => {
    for (const route of table.routes) {
      const names = [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1]);
      const params = "params" in route ? Object.keys(route.params ?? {}) : [];
      expect(params.sort(), route.path).toEqual(names.sort());
    }
  });
});
