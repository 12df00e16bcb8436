/**
 * How long the desk's board takes to paint with N open incidents (default 1000): starts the engine on the
 * embedded database, opens N incidents through the API, signs in with Debian's chromium and measures from
 * navigation start to every card in the DOM (the `board-painted` mark the board sets after its first
 * render with data, and the time the last card is present). Reports; asserts nothing (machines differ).
 *   node --import tsx bench/ui-board-paint.ts [count]
 * Needs dist/web (npm run build) and /usr/bin/chromium. Not part of `npm run bench`.
 */
import { launchBrowser, startDeskServer } from '../test/e2e/desk.ts';
import { auth } from '../test/helpers/server-process.ts';

const count = Number(process.argv[2] ?? 1000);
const PLAYBOOKS = ['delivery-delay', 'defective-product', 'social-media-backlash', 'lost-or-damaged-order'];
const SEVERITIES = ['low', 'medium', 'high', 'critical'];

const server = await startDeskServer({ RATE_LIMIT_PER_MINUTE_ADMIN: '1000000' });
try {
  const started = Date.now();
  for (let i = 0; i < count; i += 50) {
    await Promise.all(
      Array.from({ length: Math.min(50, count - i) }, (_, j) =>
        fetch(`${server.url}/v1/incidents`, {
          method: 'POST',
          headers: auth,
          body: JSON.stringify({
            playbookId: PLAYBOOKS[(i + j) % PLAYBOOKS.length],
            title: `Incident ${i + j}: parcels stuck at the hub`,
            severity: SEVERITIES[(i + j) % SEVERITIES.length],
          }),
        }).then((r) => {
          if (r.status !== 201) throw new Error(`open: ${r.status}`);
        }),
      ),
    );
  }
  console.log(`opened ${count} incidents in ${Date.now() - started} ms`);
  const browser = await launchBrowser();
  const runs: { painted: number; complete: number; cards: number; requests: string[] }[] = [];
  for (let run = 0; run < 3; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    // Signed in before the measured load: the key is in sessionStorage, so the load is the board only.
    await page.goto(`${server.url}/`);
    await page.evaluate((k) => sessionStorage.setItem('fivep.apiKey', k), auth.authorization.slice(7));
    await page.reload();
    await page.waitForFunction((n) => document.querySelectorAll('[data-incident-id]').length >= n, count, {
      timeout: 60_000,
      polling: 'raf',
    });
    const cards = await page.evaluate(() => performance.now());
    await page.waitForFunction(() => performance.getEntriesByName('board-complete').length > 0);
    const t = await page.evaluate(() => ({
      painted: performance.getEntriesByName('board-painted')[0]?.startTime ?? -1,
      complete: performance.getEntriesByName('board-complete')[0]?.startTime ?? -1,
      requests: performance.getEntriesByType('resource').map((e) => {
        const r = e as PerformanceResourceTiming;
        const kb = (r.decodedBodySize / 1024).toFixed(0);
        return `${r.name.replace(location.origin, '')} ${r.startTime.toFixed(0)}+${r.duration.toFixed(0)} ms ${kb} KiB`;
      }),
    }));
    if (process.env.BENCH_VERBOSE) console.log(t.requests.join('\n'));
    runs.push({ ...t, cards });
    await context.close();
  }
  await browser.close();
  for (const r of runs) {
    console.log(
      `board with ${count} incidents: first cards painted ${r.painted.toFixed(0)} ms, all ${count} painted ${r.complete.toFixed(0)} ms (seen in the DOM by ${r.cards.toFixed(0)} ms) after navigation start`,
    );
  }
} finally {
  server.child.kill('SIGTERM');
}
