import { defineConfig } from "vite";

// The server entry (`@gatehouse/sdk/server`) is built on its own, for Node: it holds API keys and
// webhook secrets, so it is never part of the browser bundle (gatehouse-sdk.js does not import it).
export default defineConfig({
  build: {
    ssr: "src/server/index.ts",
    outDir: "dist",
    emptyOutDir: false,
    sourcemap: true,
    target: "node18",
    rollupOptions: { output: { entryFileNames: "gatehouse-sdk-server.js", format: "es" } },
  },
});
