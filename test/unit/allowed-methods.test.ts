import { expect, it } from "vitest";
import { allowedMethods } from "../../src/lib/allowed-methods";

it("lists the methods a path accepts, matching params but not wildcard middleware", () => {
  const routes = [
    { method: "ALL", path: "/api/*" },
    { method: "POST", path: "/api/chat" },
    { method: "GET", path: "/api/ticket/:id" },
    { method: "DELETE", path: "/api/ticket/:id" },
  ];
  expect(allowedMethods(routes, "/api/chat")).toEqual(["POST"]);
  expect(allowedMethods(routes, "/api/ticket/STI-1")).toEqual(["DELETE", "GET"]);
  expect(allowedMethods(routes, "/api/ticket/a/b")).toEqual([]);
  expect(allowedMethods(routes, "/api/nothing")).toEqual([]);
});
