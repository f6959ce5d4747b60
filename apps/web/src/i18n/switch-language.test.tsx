import { expect, test } from "vitest";
import { render, screen } from "@testing-library/react";
import { I18nextProvider } from "react-i18next";
import { createI18n, initialLanguage, switchLanguage } from "./i18n";
import { AuthScreen } from "../auth/AuthScreen";
import { SessionProvider } from "../api/session";

function memoryStorage() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
}

test("switching to Persian flips the page to right to left and back", async () => {
  const i18n = createI18n("en");
  const root = document.documentElement;
  await switchLanguage(i18n, "fa", root);
  expect(root.dir).toBe("rtl");
  expect(root.lang).toBe("fa");
  await switchLanguage(i18n, "lv", root);
  expect(root.dir).toBe("ltr");
  expect(root.lang).toBe("lv");
});

test("the chosen language is remembered, else the browser's is used", async () => {
  const storage = memoryStorage();
  expect(initialLanguage(storage, ["cs-CZ", "en"])).toBe("cs");
  expect(initialLanguage(storage, ["de-DE"])).toBe("en");
  await switchLanguage(createI18n("en"), "et", document.documentElement, storage);
  expect(initialLanguage(storage, ["cs"])).toBe("et");
});

test("the sign-up form speaks the interface language, live", async () => {
  const i18n = createI18n("en");
  render(
    <I18nextProvider i18n={i18n}>
      <SessionProvider>
        <AuthScreen mode="signup" />
      </SessionProvider>
    </I18nextProvider>,
  );
  expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Create your Kaart account");
  expect(screen.getByLabelText("Password")).toBeTruthy();
  await switchLanguage(i18n, "cs", document.documentElement);
  expect(await screen.findByRole("heading", { name: "Vytvořte si účet Kaart" })).toBeTruthy();
  expect(screen.getByLabelText("Heslo")).toBeTruthy();
});
