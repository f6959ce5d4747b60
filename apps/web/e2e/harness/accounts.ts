import type { Page } from "playwright-core";
import type { RunningServer } from "./server";

/**
 * After the seeded admin exists, sign-up needs an invitation unless an admin opens it; the tests
 * open it through the API as that admin, the way an administrator would in settings.
 */
export async function openSignup(server: RunningServer): Promise<void> {
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(server.admin),
  });
  if (!login.ok) throw new Error(`admin login failed: ${login.status} ${await login.text()}`);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = login.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const r = await fetch(`${server.url}/api/instance/settings`, {
    method: "PUT",
    headers: { "content-type": "application/json", cookie, "x-kaart-csrf": csrfToken },
    body: JSON.stringify({ signupOpen: true }),
  });
  if (!r.ok) throw new Error(`opening sign-up failed: ${r.status} ${await r.text()}`);
}

let counter = 0;

/** Signs a new user up through the form; returns their email. */
export async function signUp(page: Page, server: RunningServer, name = "Ilze Ozola"): Promise<string> {
  const email = `user${Date.now()}-${counter++}@example.test`;
  await page.goto(`${server.url}/#/signup`);
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("correct horse battery");
  await page.getByRole("button", { name: "Sign up" }).click();
  await page.getByRole("heading", { name: "Your maps" }).waitFor();
  return email;
}

/** Creates a map from the first template through the gallery and waits for the editor. */
export async function createMapFromTemplate(page: Page, title: string): Promise<void> {
  await page.getByRole("link", { name: "New map" }).click();
  await page.getByRole("heading", { name: "Start from a template" }).waitFor();
  await page.getByLabel("Map title").fill(title);
  await page.getByRole("button", { name: "Create map" }).click();
  await page.getByRole("heading", { name: title, level: 1 }).waitFor();
  // Drawn in full: the grid is busy while cells off its first screen are placeholders.
  await page.locator("[role=grid]:not([aria-busy=true])").waitFor();
}
