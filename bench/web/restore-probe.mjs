// Where a cold load of Who's online spends its time before the list is named (bench/web/README.md).
// Install playwright-core outside the repo as for cold-load.mjs, then: node restore-probe.mjs <url> [runs]
//
// Each run opens /online in a fresh browser context, signed in as the demo owner. An init script times, on the page's
// own clock from navigation start: the session restore's Web Lock asked for (lockCall) and granted (lockGrant), its
// refresh fetch (fetchCall), the prerendered shell in #root (shell), the first member card (rows) and every card named
// (named, in the DOM; cold-load.mjs's named_ms is the frame after it). Resource timings give the HTML's end, the boot
// script's request and end, and the refresh's request and end. One discarded run first (the server's JIT).
import { chromium } from "playwright-core";

const base = process.argv[2] ?? "http://127.0.0.1:5077";
const runs = +(process.argv[3] ?? 5);

function init() {
    const t = (window.__probe = {});
    const request = navigator.locks.request.bind(navigator.locks);
    navigator.locks.request = (name, callback) => {
        t.lockCall = performance.now();
        return request(name, (...args) => {
            t.lockGrant = performance.now();
            return callback(...args);
        });
    };
    const fetch = window.fetch;
    window.fetch = (...args) => {
        if (String(args[0]).includes("refresh") && !t.fetchCall) t.fetchCall = performance.now();
        return fetch(...args);
    };
    new MutationObserver(() => {
        const rows = document.querySelectorAll("[data-testid=online-member]");
        if (t.shell == null && document.querySelector("[data-gatehouse-shell]")) t.shell = performance.now();
        if (t.rows == null && rows.length) t.rows = performance.now();
        if (t.named == null && rows.length && ![...rows].some((r) => r.textContent.includes("Loading…")))
            t.named = performance.now();
    }).observe(document, { subtree: true, childList: true, characterData: true });
}

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const rows = [];
for (let i = 0; i <= runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const login = await context.request.post(`${base}/api/v1/auth/login`, {
        data: { email: "owner@demo.gatehouse", password: "Gatehouse-Demo-2026" },
    });
    if (!login.ok()) throw new Error(`login ${login.status()}`);
    await context.addInitScript(init);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(base + "/online", { waitUntil: "commit" });
    // Polled over CDP, not with Playwright's waitForFunction, whose injected script would run during the load.
    await cdp.send("Runtime.evaluate", {
        expression: `new Promise((resolve, reject) => { const start = performance.now(); const check = () =>
            window.__probe?.named ? resolve(true) : performance.now() - start > 30000 ? reject(new Error("not named"))
            : setTimeout(check, 50); check(); })`,
        awaitPromise: true,
    });
    const timings = await page.evaluate(() => {
        const resources = performance.getEntriesByType("resource");
        const boot = resources.find((e) => /\/assets\/boot-/.test(e.name));
        const refresh = resources.find((e) => e.name.includes("refresh"));
        return {
            html_end: performance.getEntriesByType("navigation")[0].responseEnd,
            boot_req: boot?.requestStart,
            boot_end: boot?.responseEnd,
            ...window.__probe,
            refresh_req: refresh?.requestStart,
            refresh_end: refresh?.responseEnd,
            fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime,
        };
    });
    await context.close();
    if (i > 0) rows.push(Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v)])));
}
await browser.close();
console.table(rows);
