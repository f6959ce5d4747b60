import { expect, test } from "vitest";
import { hrefOf, parseRoute, type Route } from "./route";

test("every route survives a round trip through its hash", () => {
  const routes: Route[] = [
    { screen: "login" },
    { screen: "signup" },
    { screen: "maps" },
    { screen: "templates" },
    { screen: "local" },
    { screen: "editor", mapId: "map:Ab_9-x" },
    { screen: "present", mapId: "map:Ab_9-x" },
  ];
  for (const r of routes) expect(parseRoute(hrefOf(r))).toEqual(r);
});

test("an empty hash is the map list and an unknown one is not found", () => {
  expect(parseRoute("")).toEqual({ screen: "maps" });
  expect(parseRoute("#/nowhere/else")).toEqual({ screen: "notFound" });
  expect(parseRoute("#/maps/map:x/edit")).toEqual({ screen: "notFound" });
});

test("a query after the route does not change the screen", () => {
  expect(parseRoute("#/local?lang=fa")).toEqual({ screen: "local" });
});
