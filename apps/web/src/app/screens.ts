import { useEffect, useState, type ComponentType } from "react";
import type { Route } from "./route";

export type RoutedScreen = Exclude<Route["screen"], "login" | "signup" | "maps" | "notFound">;
type Screen = ComponentType<{ route: Route }>;

/**
 * The screens reached by route beyond sign-in and the map list, each in its own folder and its
 * own chunk: the editor, the template gallery and the presentation load when first opened, so
 * the sign-in page and the map list come up without the editor's code.
 */
const LOADERS: Record<RoutedScreen, () => Promise<Screen>> = {
  templates: () => import("../templates/TemplatesScreen").then((m) => m.TemplatesScreen),
  editor: () => import("../editor/ServerEditorScreen").then((m) => m.ServerEditorScreen),
  present: () => import("../presentation/PresentationScreen").then((m) => m.PresentationScreen),
  local: () => import("../local/LocalEditorScreen").then((m) => m.LocalEditorScreen),
  shared: () => import("../shared/SharedMapScreen").then((m) => m.SharedMapScreen),
  invite: () => import("../invite/InviteScreen").then((m) => m.InviteScreen),
  eventLogs: () => import("../event-logs/EventLogsScreen").then((m) => m.EventLogsScreen),
};

const loading = new Map<RoutedScreen, Promise<Screen>>();
const loaded = new Map<RoutedScreen, Screen>();

function load(screen: RoutedScreen): Promise<Screen> {
  let promise = loading.get(screen);
  if (!promise) {
    promise = LOADERS[screen]().then((component) => {
      loaded.set(screen, component);
      return component;
    });
    // A failed chunk (a deploy replaced it, the network dropped) is fetched again next time.
    promise.catch(() => loading.delete(screen));
    loading.set(screen, promise);
  }
  return promise;
}

export function isRoutedScreen(screen: Route["screen"]): screen is RoutedScreen {
  return screen in LOADERS;
}

/**
 * Starts loading the chunk of the screen a page opens on, while the session is still being asked
 * for: opening a map by its link then waits for the slower of the two, not for one after the other.
 */
export function preloadScreen(route: Route): void {
  if (isRoutedScreen(route.screen)) load(route.screen).catch(() => undefined);
}

/**
 * The screen's component once its chunk is in: `undefined` while loading, `"failed"` when it could
 * not be loaded. A state, not React.lazy: React holds a Suspense boundary's content back for up to
 * 300 ms after it resolves, which a page opening on a map would wait through for nothing.
 */
export function useScreen(screen: RoutedScreen): Screen | "failed" | undefined {
  const [state, setState] = useState<{ screen: RoutedScreen; component: Screen | "failed" | undefined }>(() => ({ screen, component: loaded.get(screen) }));
  useEffect(() => {
    if (loaded.has(screen)) return setState({ screen, component: loaded.get(screen) });
    let current = true;
    setState({ screen, component: undefined });
    load(screen).then(
      (component) => current && setState({ screen, component }),
      () => current && setState({ screen, component: "failed" }),
    );
    return () => {
      current = false;
    };
  }, [screen]);
  return state.screen === screen ? state.component : loaded.get(screen);
}
