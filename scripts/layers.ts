/**
 * The dependency arrows of Kaart, as data: which workspace may import which. Apps point at
 * packages, packages at core; packages never import apps. `check-layers.ts` enforces this table
 * and `docs/ARCHITECTURE.md` draws it.
 */
export const LAYERS: Record<string, { dir: string; mayImport: string[]; nodeBuiltins: boolean }> = {
  "@kaart/core": { dir: "packages/core", mayImport: [], nodeBuiltins: false },
  "@kaart/collab": { dir: "packages/collab", mayImport: ["@kaart/core"], nodeBuiltins: false },
  "@kaart/contract": { dir: "packages/contract", mayImport: ["@kaart/core"], nodeBuiltins: false },
  "@kaart/export": { dir: "packages/export", mayImport: ["@kaart/core"], nodeBuiltins: true },
  "@kaart/analytics": { dir: "packages/analytics", mayImport: ["@kaart/core"], nodeBuiltins: true },
  "@kaart/cli": { dir: "apps/cli", mayImport: ["@kaart/core", "@kaart/export", "@kaart/analytics"], nodeBuiltins: true },
  "@kaart/server": {
    dir: "apps/server",
    mayImport: ["@kaart/core", "@kaart/collab", "@kaart/contract", "@kaart/export", "@kaart/analytics"],
    nodeBuiltins: true,
  },
  "@kaart/web": { dir: "apps/web", mayImport: ["@kaart/core", "@kaart/collab", "@kaart/contract"], nodeBuiltins: false },
};

/** Folders of a workspace that run only in Node even when the workspace is browser code (tests, build scripts). */
export const NODE_ONLY_FOLDERS = ["scripts", "e2e", "bench"];
