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
});
