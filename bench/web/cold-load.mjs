// Cold load per page in Chromium (Debian's /usr/bin/chromium through playwright-core; install it outside
// the repo: `cd /tmp/m && npm i playwright-core`, then run this file from there).
//
//   node cold-load.mjs <url> [<url2> ...] [--runs N] [--pages /online,/members]
//
// Every page opens in a fresh browser context (empty cache), signed in as the demo owner. With several
// servers (two builds side by side), the runs alternate between them page by page, so both see the same
// machine load. Times are read in the page, on the browser's own clock from navigation start, as the
// Paint Timing APIs define them (the harness's own round trips are not counted):
//   fcp_ms      first contentful paint (the HTML's splash);
//   heading_ms  when the page's heading was first painted (Element Timing: the h1 carries elementtiming),
//               the prerendered shell's (web/src/shell) where the build has one;
//   app_ms      when the app's own heading was painted (React's h1, not the shell's): the app has
//               rendered the page; without a shell the same as heading_ms;
//   lcp_ms      largest contentful paint so far when the heading was painted or the list named;
//   named_ms    Who's online: when every listed member showed a name instead of "Loading…";
//   busy_ms     main-thread task time until app_ms (Who's online: the later of app_ms and named_ms) (Chromium's TaskDuration);
// plus the JavaScript bytes received as encoded on the wire and the API requests of the first 4 s.
// The medians of the runs are printed per server and page, then every run.
import { chromium } from "playwright-core";

const args = process.argv.slice(2);
const runsAt = args.indexOf("--runs");
const pagesAt = args.indexOf("--pages");
const runs = runsAt >= 0 ? +args[runsAt + 1] : 1;
const servers = args.filter(
    (a, i) => !a.startsWith("--") && (runsAt < 0 || i !== runsAt + 1) && (pagesAt < 0 || i !== pagesAt + 1),
);
if (servers.length === 0) servers.push("http://127.0.0.1:5077");
const pages = pagesAt >= 0 ? args[pagesAt + 1].split(",") : ["/login", "/", "/members", "/online", "/roles", "/audit"];

// Installed before any of the page's scripts: records the heading's paint, the list being named, LCP.
function observe() {
    const marks = (window.__coldLoad = {
        heading: null,
        app: null,
        named: null,
        lcp: null,
    });
    new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
            if (e.identifier !== "page-heading") continue;
            const time = e.renderTime || e.loadTime;
            if (marks.heading === null) marks.heading = time;
            // The shell's h1 is gone (element null) or still inside the shell; the app's is neither.
            const el = e.element;
            const shell =
                !el || !el.isConnected || el.closest("[data-gatehouse-shell]");
            if (!shell && marks.app === null) marks.app = time;
        }
    }).observe({ type: "element", buffered: true });
    new PerformanceObserver((list) => {
        for (const e of list.getEntries()) marks.lcp = e.startTime;
    }).observe({ type: "largest-contentful-paint", buffered: true });
    if (location.pathname !== "/online") return;
    const check = () => {
        const rows = document.querySelectorAll("[data-testid=online-member]");
        if (marks.named !== null || rows.length === 0) return;
        for (const r of rows) if (r.textContent.includes("Loading…")) return;
        // Named in the DOM now; painted at the next frame.
        requestAnimationFrame(() => (marks.named = performance.now()));
    };
    new MutationObserver(check).observe(document, {
        subtree: true,
        childList: true,
        characterData: true,
    });
}

async function measure(browser, base, path) {
    const context = await browser.newContext({
        viewport: { width: 1440, height: 900 },
    });
    if (path !== "/login") {
        const r = await context.request.post(`${base}/api/v1/auth/login`, {
            data: {
                email: "owner@demo.gatehouse",
                password: "Gatehouse-Demo-2026",
            },
        });
        if (!r.ok()) throw new Error(`login ${r.status()}`);
    }
    await context.addInitScript(observe);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    const js = new Map();
    const api = [];
    const pending = [];
    page.on("requestfinished", (req) =>
        pending.push(
            (async () => {
                const url = new URL(req.url());
                // Bytes on the wire as the server sent them (Brotli), once per file.
                if (url.pathname.endsWith(".js"))
                    js.set(
                        url.pathname,
                        +(
                            (await req.response())?.headers()[
                                "content-length"
                            ] ?? 0
                        ),
                    );
                if (url.pathname.startsWith("/api/"))
                    api.push(url.pathname + url.search);
            })(),
        ),
    );
    await page.goto(base + path, { waitUntil: "commit" });
    const done = path === "/online" ? ["named", "app"] : ["app"];
    // Polled by a few lines sent over CDP, not Playwright's waitForFunction: that injects Playwright's
    // own script (~250 KB) into the page, whose compilation took 50-100 ms of the page's main thread
    // during the load being measured.
    await cdp.send("Runtime.evaluate", {
        expression: `new Promise((resolve, reject) => {
            const start = performance.now();
            const check = () =>
                ${JSON.stringify(done)}.every((mark) => window.__coldLoad?.[mark] != null) ? resolve(true)
                : performance.now() - start > 30000 ? reject(new Error("timeout: ${done.join(", ")}"))
                : setTimeout(check, 50);
            check();
        })`,
        awaitPromise: true,
    });
    const busy = (await cdp.send("Performance.getMetrics")).metrics.find(
        (m) => m.name === "TaskDuration",
    ).value;
    const marks = await page.evaluate(() => window.__coldLoad);
    await page.waitForTimeout(4000);
    await Promise.all(pending);
    const fcp = await page.evaluate(
        () =>
            performance.getEntriesByName("first-contentful-paint")[0]
                ?.startTime ?? null,
    );
    await context.close();
    const ms = (v) => (v == null ? "" : Math.round(v));
    return {
        server: base,
        path,
        js_kb: +([...js.values()].reduce((a, b) => a + b, 0) / 1024).toFixed(1),
        fcp_ms: ms(fcp),
        heading_ms: ms(marks.heading),
        app_ms: ms(marks.app),
        lcp_ms: ms(marks.lcp),
        named_ms: ms(marks.named),
        busy_ms: Math.round(busy * 1000),
        api_4s: api.length,
    };
}

const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox"],
});
const all = [];
// One discarded pass per server: the first requests after a restart pay for the server's JIT.
for (const base of servers)
    for (const path of pages) await measure(browser, base, path);
for (let i = 0; i < runs; i++)
    for (const path of pages)
        for (const base of servers)
            all.push({ run: i + 1, ...(await measure(browser, base, path)) });
await browser.close();

const median = (xs) => {
    const v = xs.filter((x) => x !== "").sort((a, b) => a - b);
    return v.length ? v[Math.floor((v.length - 1) / 2)] : "";
};
const medians = [];
for (const base of servers)
    for (const path of pages) {
        const rows = all.filter((r) => r.server === base && r.path === path);
        const m = { server: base, path };
        for (const k of [
            "js_kb",
            "fcp_ms",
            "heading_ms",
            "app_ms",
            "lcp_ms",
            "named_ms",
            "busy_ms",
            "api_4s",
        ])
            m[k] = median(rows.map((r) => r[k]));
        medians.push(m);
    }
console.log(`medians of ${runs} run(s):`);
console.table(medians);
if (runs > 1) console.table(all);
