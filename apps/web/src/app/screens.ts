import type { ComponentType } from "react";
import type { Route } from "./route";
import { TemplatesScreen } from "../templates/TemplatesScreen";
import { ServerEditorScreen } from "../editor/ServerEditorScreen";
import { PresentationScreen } from "../presentation/PresentationScreen";
import { LocalEditorScreen } from "../local/LocalEditorScreen";

type RoutedScreen = Exclude<Route["screen"], "login" | "signup" | "maps" | "notFound">;

/** The screens reached by route beyond sign-in and the map list, each in its own folder. */
export const SCREENS: Record<RoutedScreen, ComponentType<{ route: Route }>> = {
  templates: TemplatesScreen,
  editor: ServerEditorScreen,
  present: PresentationScreen,
  local: LocalEditorScreen,
};
