// Usage (from a directory with playwright-core, like cold-load.mjs): node cpu-ab.mjs <main url> <branch url> [rounds]
// Main-thread CPU (Chromium's TaskDuration/ScriptDuration, seconds of CPU, less sensitive to machine load than
// wall time) until the heading (and for Who's online until every listed member is named), alternating two servers.
import { chromium } from 'playwright-core';
const servers = { main: process.argv[2], branch: process.argv[3] };
const reps = +(process.argv[4] ?? 3);
const pages = ['/login', '/', '/members', '/online'];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const out = {};
for (let i = 0; i < reps; i++)
  for (const [name, base] of Object.entries(servers))
    for (const path of pages) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      if (path !== '/login') await context.request.post(`${base}/api/v1/auth/login`, { data: { email: 'owner@demo.gatehouse', password: 'Gatehouse-Demo-2026' } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      const t0 = Date.now();
      await page.goto(base + path, { waitUntil: 'commit' });
      await page.locator('h1').first().waitFor({ timeout: 30000 });
      let wall = Date.now() - t0;
      if (path === '/online') {
        await page.waitForFunction(() => { const rows = [...document.querySelectorAll('[data-testid=online-member]')]; return rows.length > 0 && rows.every((r) => !r.textContent.includes('Loading…')); }, null, { timeout: 30000, polling: 'raf' });
        wall = Date.now() - t0;
      }
      const m = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]));
      (out[`${path} ${name}`] ??= []).push(`task ${Math.round(m.TaskDuration * 1000)} / script ${Math.round(m.ScriptDuration * 1000)} / wall ${wall}`);
      await context.close();
    }
for (const [k, v] of Object.entries(out)) console.log(k.padEnd(18), v.join(' | '));
await browser.close();
