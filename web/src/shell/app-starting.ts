// Evaluated first of the app's modules (main.tsx imports it before anything else): from here on the
// app's code is running, and its first render is one long task away. The boot script's early views
// (./early-views.ts) check it: drawn after this point, a view only delays that render and is replaced
// by it straight away (measured: +0.3–0.6 s to the app's heading on Who's online, bench/web/README.md).
window.__gatehouseAppStarted = true;

declare global {
  interface Window {
    __gatehouseAppStarted?: boolean;
  }
}

export {};
