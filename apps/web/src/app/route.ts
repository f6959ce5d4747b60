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
  | { screen: "invite"; token: string }
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
  if (head === "invite" && id && !tail) return { screen: "invite", token: id };
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
    case "invite":
      return `#/invite/${encodeURIComponent(route.token)}`;
    default:
      return `#/${route.screen}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefOf(route);
}

/**
 * Share and invitation links are real paths (`/shared/<token>`, `/invite/<token>`, which the server
 * answers with index.html) so the token survives in the address bar; every other screen comes from the hash.
 */
export function routeOfLocation(pathname: string, hash: string): Route {
  const link = /^\/(shared|invite)\/([A-Za-z0-9_-]+)\/?$/.exec(pathname);
  // A hash link followed from the shared or invitation page (the app's name in the header) wins over the path.
  if (!link || hash.replace(/^#\/?/, "") !== "") return parseRoute(hash);
  return link[1] === "invite" ? { screen: "invite", token: link[2]! } : { screen: "shared", token: link[2]! };
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
