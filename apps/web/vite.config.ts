import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

// The server (apps/server) listens on 4321 by default; in development Vite serves the app and
// forwards the API and the collaboration socket there, so cookies stay same-origin.
const server = process.env.KAART_SERVER ?? "http://127.0.0.1:4321";

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
    // Templates, operations, the renderer, analysis and YAML are for the editor and gallery screens,
    // which load lazily; grouped apart, they stay out of the chunk the app shell preloads.
    rolldownOptions: {
      // Core's modules only declare (schemas, data, functions); marked free of side effects, core's
      // barrel no longer forces every folder into the chunk that first imports it.
      treeshake: { moduleSideEffects: (id: string) => !/packages[\\/]core[\\/]src[\\/]/.test(id) },
      output: {
        codeSplitting: {
          groups: [{ name: "core-editing", includeDependenciesRecursively: false, test: /packages[\\/]core[\\/]src[\\/](templates|operations|render|analysis|diff|formats)[\\/]|node_modules[\\/](js-yaml|fractional-indexing)[\\/]/ }],
        },
      },
    },
  },
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
