import { lazy, type ComponentType } from "react";
import type { Route } from "./route";

type RoutedScreen = Exclude<Route["screen"], "login" | "signup" | "maps" | "notFound">;

/**
 * The screens reached by route beyond sign-in and the map list, each in its own folder and its
 * own chunk: the editor, the template gallery and the presentation load when first opened, so
 * the sign-in page and the map list come up without the editor's code.
 */
export const SCREENS: Record<RoutedScreen, ComponentType<{ route: Route }>> = {
  templates: lazy(() => import("../templates/TemplatesScreen").then((m) => ({ default: m.TemplatesScreen }))),
  editor: lazy(() => import("../editor/ServerEditorScreen").then((m) => ({ default: m.ServerEditorScreen }))),
  present: lazy(() => import("../presentation/PresentationScreen").then((m) => ({ default: m.PresentationScreen }))),
  local: lazy(() => import("../local/LocalEditorScreen").then((m) => ({ default: m.LocalEditorScreen }))),
  shared: lazy(() => import("../shared/SharedMapScreen").then((m) => ({ default: m.SharedMapScreen }))),
  eventLogs: lazy(() => import("../event-logs/EventLogsScreen").then((m) => ({ default: m.EventLogsScreen }))),
};
