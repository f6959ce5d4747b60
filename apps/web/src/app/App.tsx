import { useTranslation } from "react-i18next";
import { RouterProvider } from "react-aria-components";
import { SessionProvider, useSession } from "../api/session";
import { AuthScreen } from "../auth/AuthScreen";
import { MapsScreen } from "../maps/MapsScreen";
import { AppHeader } from "./AppHeader";
import { useRoute, type Route } from "./route";
import { isRoutedScreen, useScreen, type RoutedScreen } from "./screens";

/** Screens that need a signed-in user send everyone else to the log-in form. */
const PUBLIC: ReadonlySet<Route["screen"]> = new Set(["login", "signup", "local", "shared", "invite", "notFound"]);

function NotFound() {
  const { t } = useTranslation();
  return (
    <>
      <AppHeader />
      <main id="main" tabIndex={-1} className="page">
        <h1>{t("app.notFound")}</h1>
      </main>
    </>
  );
}

function Screen({ route }: { route: Route }) {
  const { t } = useTranslation();
  const { session } = useSession();
  if (!PUBLIC.has(route.screen) && session === undefined) return <p className="page">{t("app.loading")}</p>;
  if (!PUBLIC.has(route.screen) && session === null) return <AuthScreen mode="login" />;
  switch (route.screen) {
    case "login":
    case "signup":
      return <AuthScreen mode={route.screen} />;
    case "maps":
      return <MapsScreen />;
    case "notFound":
      return <NotFound />;
    default:
      return isRoutedScreen(route.screen) ? <LoadedScreen screen={route.screen} route={route} /> : <NotFound />;
  }
}

/** A screen of its own chunk, once loaded. */
function LoadedScreen({ screen, route }: { screen: RoutedScreen; route: Route }) {
  const { t } = useTranslation();
  const Component = useScreen(screen);
  if (Component === "failed") {
    return (
      <p className="page" role="alert">
        {t("app.error", { message: t("app.loadFailed") })}
      </p>
    );
  }
  return Component ? <Component route={route} /> : <p className="page">{t("app.loading")}</p>;
}

/** The page: the current screen, chosen by the URL hash. */
export function App() {
  const route = useRoute();
  return (
    <RouterProvider navigate={(href) => (window.location.hash = href.replace(/^#/, ""))}>
      <SessionProvider>
        <Screen route={route} />
      </SessionProvider>
    </RouterProvider>
  );
}
