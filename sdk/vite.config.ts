/// <reference types="vitest/config" />
import { defineConfig } from "vite";

// Library mode: one ES module. @microsoft/signalr is bundled in, so a site can load the SDK
// with a single <script type="module"> and no build step of its own.
export default defineConfig({
  build: {
    lib: { entry: "src/index.ts", formats: ["es"], fileName: () => "gatehouse-sdk.js" },
    emptyOutDir: false,
    sourcemap: true,
    target: "es2020",
  },
  test: {
    // The test command prints a one-line coverage summary; `npx vitest run --coverage` shows it.
    coverage: { provider: "v8", include: ["src/**/*.ts"], reporter: ["text-summary"] },
  },
});
