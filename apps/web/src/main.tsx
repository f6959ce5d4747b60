import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { createI18n, initialLanguage, applyDocumentLanguage } from "./i18n/i18n";
import { App } from "./app/App";
import { routeOfLocation } from "./app/route";
import { preloadScreen } from "./app/screens";
import "./styles/app.css";

const i18n = createI18n(initialLanguage(window.localStorage, navigator.languages));
applyDocumentLanguage(i18n, document.documentElement);

preloadScreen(routeOfLocation(window.location.pathname, window.location.hash));

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>
    </StrictMode>,
  );
}
