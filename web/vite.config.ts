/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The dev server proxies the API to a local Gatehouse server (dotnet run) so cookies stay same-origin.
const api = process.env.GATEHOUSE_URL ?? 'http://localhost:5000';

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: {
    proxy: {
      '/api': { target: api, changeOrigin: false },
      '/hubs': { target: api, ws: true },
    },
  },
  build: {
    // No inline script or eval in the output: the server's CSP forbids both.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      output: {
        manualChunks(id: string) {
          if (id.includes('node_modules/@mantine') || id.includes('node_modules/@floating-ui')) return 'mantine';
          if (id.includes('node_modules/react') || id.includes('node_modules/scheduler')) return 'react';
          return undefined;
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/testing/setup.ts'],
    css: false,
    // Typing into Mantine inputs is slow on a loaded 2-core CI machine; the default 5 s is too tight.
    testTimeout: 20_000,
    include: ['src/**/*.test.{ts,tsx}'],
    // The test command prints a one-line coverage summary of the app's logic (not its tests or generated types).
    coverage: {
      provider: 'v8',
      include: ['src/**/*.{ts,tsx}'],
      exclude: ['src/**/*.test.{ts,tsx}', 'src/testing/**', 'src/lib/api/schema.d.ts'],
      reporter: ['text-summary'],
    },
  },
});
