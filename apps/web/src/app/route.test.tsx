import { expect, test } from "vitest";
import { hrefOf, parseRoute, routeOfLocation, type Route } from "./route";

test("every route survives a round trip through its hash", () => {
  const routes: Route[] = [
    { screen: "login" },
    { screen: "signup" },
    { screen: "maps" },
    { screen: "templates" },
    { screen: "local" },
    { screen: "editor", mapId: "map:Ab_9-x" },
    { screen: "present", mapId: "map:Ab_9-x" },
    { screen: "shared", token: "Tok_9-abcdefghijklmnopqrstuvwxyz" },
    { screen: "invite", token: "Tok_9-abcdefghijklmnopqrstuvwxyz" },
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

test("a share link's path opens the shared map, until a hash link is followed from it", () => {
  expect(routeOfLocation("/shared/Tok_9-abcdefghijklmnopqrstuvwxyz", "")).toEqual({ screen: "shared", token: "Tok_9-abcdefghijklmnopqrstuvwxyz" });
  expect(routeOfLocation("/shared/Tok_9-abcdefghijklmnopqrstuvwxyz", "#/maps")).toEqual({ screen: "maps" });
  expect(routeOfLocation("/shared/bad token", "")).toEqual({ screen: "maps" });
  expect(routeOfLocation("/", "#/maps/map:x/present")).toEqual({ screen: "present", mapId: "map:x" });
});

test("an invitation link's path opens the invitation page, until a hash link is followed from it", () => {
  expect(routeOfLocation("/invite/Tok_9-abcdefghijklmnopqrstuvwxyz", "")).toEqual({ screen: "invite", token: "Tok_9-abcdefghijklmnopqrstuvwxyz" });
  expect(routeOfLocation("/invite/Tok_9-abcdefghijklmnopqrstuvwxyz/", "#")).toEqual({ screen: "invite", token: "Tok_9-abcdefghijklmnopqrstuvwxyz" });
  expect(routeOfLocation("/invite/Tok_9-abcdefghijklmnopqrstuvwxyz", "#/maps")).toEqual({ screen: "maps" });
  expect(routeOfLocation("/invite/bad token", "")).toEqual({ screen: "maps" });
});
