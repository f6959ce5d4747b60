import { useEffect, useState } from "react";

/**
 * Screens are addressed by the URL hash (`#/maps/map:abc`), so the server serves one index.html
 * for every screen and a reload lands where the reader was.
 */
export type Route =
  | { screen: "login" }
  | { screen: "signup" }
  | { screen: "maps" }
  | { screen: "templates" }
  | { screen: "editor"; mapId: string }
  | { screen: "present"; mapId: string }
  | { screen: "local" }
  | { screen: "eventLogs" }
  | { screen: "shared"; token: string }
  | { screen: "notFound" };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, "").split("?")[0]!.split("/").filter(Boolean).map(decodeURIComponent);
  const [head, id, tail] = parts;
  if (!head) return { screen: "maps" };
  if (head === "login" || head === "signup" || head === "templates" || head === "local") return { screen: head };
  if (head === "maps" && !id) return { screen: "maps" };
  if (head === "event-logs" && !id) return { screen: "eventLogs" };
  if (head === "maps" && id && !tail) return { screen: "editor", mapId: id };
  if (head === "maps" && id && tail === "present") return { screen: "present", mapId: id };
  if (head === "shared" && id && !tail) return { screen: "shared", token: id };
  return { screen: "notFound" };
}

export function hrefOf(route: Route): string {
  switch (route.screen) {
    case "editor":
      return `#/maps/${encodeURIComponent(route.mapId)}`;
    case "present":
      return `#/maps/${encodeURIComponent(route.mapId)}/present`;
    case "notFound":
      return "#/";
    case "eventLogs":
      return "#/event-logs";
    case "shared":
      return `#/shared/${encodeURIComponent(route.token)}`;
    default:
      return `#/${route.screen}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefOf(route);
}

/**
 * Share links are real paths (`/shared/<token>`, which the server answers with index.html) so the
 * token survives in the address bar; every other screen comes from the hash.
 */
export function routeOfLocation(pathname: string, hash: string): Route {
  const shared = /^\/shared\/([A-Za-z0-9_-]+)\/?$/.exec(pathname);
  // A hash link followed from the shared page (the app's name in the header) wins over the path.
  return shared && hash.replace(/^#\/?/, "") === "" ? { screen: "shared", token: shared[1]! } : parseRoute(hash);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => routeOfLocation(window.location.pathname, window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(routeOfLocation(window.location.pathname, window.location.hash));
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  return route;
}
