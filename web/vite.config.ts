/// <reference types="vitest/config" />
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { chunkGroups } from './scripts/vite-chunks.ts';
import { routePreload } from './scripts/vite-route-preload.ts';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/**
 * Writes Brotli and gzip copies of every asset once, at build time (max compression), so the server
 * sends them as they are (Infrastructure/Web/PrecompressedFiles.cs) and never compresses per request.
 */
function precompress(): Plugin {
  return {
    name: 'gatehouse-precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist';
      const files = Object.keys(bundle).filter((f) => /\.(js|css|svg|json)$/.test(f));
      await Promise.all(
        files.map(async (file) => {
          const data = await readFile(join(dir, file));
          if (data.length < 1024) return;
          const [br, gzipped] = await Promise.all([
            brotli(data, {
              params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
            }),
            gz(data, { level: 9 }),
          ]);
          await Promise.all([writeFile(join(dir, `${file}.br`), br), writeFile(join(dir, `${file}.gz`), gzipped)]);
        }),
      );
    },
  };
}

// The dev server proxies the API to a local Gatehouse server (dotnet run) so cookies stay same-origin.
const api = process.env.GATEHOUSE_URL ?? 'http://localhost:5000';

export default defineConfig(({ command, isSsrBuild }) => ({
  // The server build (`vite build --ssr src/shell/prerender.tsx`, see package.json) only renders the
  // shells, in Node, at build time; the app's build then puts them in the boot script (routePreload).
  plugins: [
    react(),
    ...(isSsrBuild ? [] : [precompress(), routePreload(fileURLToPath(new URL('.', import.meta.url)))]),
  ],
  // Every package in the prerender's bundle: Node's resolver cannot import some as the app does (dayjs/locale/fr).
  // Only for that build: tests keep Vitest's own handling of packages (inlined, cronstrue's French
  // locale registered itself on another copy of cronstrue than the one the app calls).
  ssr: isSsrBuild ? { noExternal: true } : undefined,
  resolve: {
    alias: [
      { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
      // react-router's package exports name only its development build (remix-run/react-router#14102):
      // its dev warnings and checks ran on every navigation of the production app. The build takes the
      // production files it also ships; tests and the dev server keep the development ones.
      ...(command === 'build'
        ? [
            {
              find: /^react-router$/,
              replacement: fileURLToPath(
                new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
              ),
            },
          ]
        : []),
    ],
  },
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
    // Each page is its own chunk (routes load it on first visit); see scripts/vite-chunks.ts for the rest.
    rolldownOptions: {
      output: {
        codeSplitting: isSsrBuild ? true : chunkGroups(fileURLToPath(new URL('.', import.meta.url))),
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
}));
