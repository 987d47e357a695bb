// Cold load per page in Chromium (Debian's /usr/bin/chromium through playwright-core; install it outside
// the repo: `cd /tmp/m && npm i playwright-core`, then run this file from there): encoded JS bytes, first contentful paint, time to the page heading,
// API requests in the first 4 s, and for Who's online the time until every listed member is named. Usage: node measure.mjs http://127.0.0.1:5077
import { chromium } from 'playwright-core';
const base = process.argv[2] ?? 'http://127.0.0.1:5077';
const pages = ['/login', '/', '/members', '/online', '/roles', '/audit'];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const rows = [];
for (const path of pages) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  if (path !== '/login') {
    const r = await context.request.post(`${base}/api/v1/auth/login`, {
      data: { email: 'owner@demo.gatehouse', password: 'Gatehouse-Demo-2026' },
    });
    if (!r.ok()) throw new Error(`login ${r.status()}`);
  }
  const page = await context.newPage();
  let js = 0, api = [], single = 0;
  const pending = [];
  page.on('requestfinished', (req) => pending.push((async () => {
    const url = new URL(req.url());
    if (url.pathname.endsWith('.js')) {
      const s = await req.sizes();
      js += s.responseBodySize;
    }
    if (url.pathname.startsWith('/api/')) {
      api.push(url.pathname + url.search);
      if (/^\/api\/v1\/users\/[0-9a-f-]{36}$/.test(url.pathname)) single++;
    }
  })()));
  const t0 = Date.now();
  await page.goto(base + path, { waitUntil: 'commit' });
  await page.locator('h1').first().waitFor({ timeout: 20000 });
  const heading = Date.now() - t0;
  // Who's online is "fully named" once every listed member shows a name instead of "Loading…".
  let named = null;
  if (path === '/online') {
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('[data-testid=online-member]')];
      return rows.length > 0 && rows.every((r) => !r.textContent.includes('Loading…'));
    }, null, { timeout: 30000, polling: 'raf' });
    named = { ms: Date.now() - t0, rows: await page.locator('[data-testid=online-member]').count() };
  }
  await page.waitForTimeout(4000);
  await Promise.all(pending);
  const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
  rows.push({ path, js_kb_encoded: +(js / 1024).toFixed(1), fcp_ms: fcp && Math.round(fcp), heading_ms: heading, named_ms: named?.ms ?? '', named_rows: named?.rows ?? '', api_requests_4s: api.length, single_user_gets: single });
  if (path === '/') console.error('dashboard API requests:', api.join('\n  '));
  await context.close();
}
console.table(rows);
await browser.close();
