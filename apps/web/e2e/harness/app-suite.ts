import { after, before } from "node:test";
import type { Browser } from "playwright-core";
import { launchBrowser } from "./browser";
import { startServer, type RunningServer } from "./server";
import { openSignup } from "./accounts";

/**
 * The lifecycle every spec file shares: one real server (sign-up opened) and one Chromium,
 * started before the file's tests and stopped after them. `ready` hands both to the spec.
 */
export function appSuite(ready: (server: RunningServer, browser: Browser) => void): void {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  before(async () => {
    server = await startServer();
    await openSignup(server);
    browser = await launchBrowser();
    ready(server, browser);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });
}
