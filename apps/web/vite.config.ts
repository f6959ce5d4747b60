import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

// The server (apps/server) listens on 4321 by default; in development Vite serves the app and
// forwards the API and the collaboration socket there, so cookies stay same-origin.
const server = process.env.KAART_SERVER ?? "http://127.0.0.1:4321";

export default defineConfig({
  plugins: [react()],
  build: { outDir: "dist", emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 2000 },
  server: {
    proxy: {
      "/api": { target: server, changeOrigin: false },
      "/collab": { target: server.replace(/^http/, "ws"), ws: true },
    },
  },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.tsx"],
    setupFiles: ["src/test-setup.ts"],
    // Rendering a whole template map in jsdom takes seconds on a busy two-core machine.
    testTimeout: 30_000,
  },
});
