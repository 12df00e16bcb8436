import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, type ServerProcess } from '../helpers/server-process.ts';
import { as, issueKey, type Key, launchBrowser, signIn, startDeskServer } from './desk.ts';

/**
 * Low enough to exhaust from the test in a moment, high enough for two tabs to live within it even
 * polling (a board tick a second and a workspace read every 2 s): else the key would be refused again
 * as soon as its minute turns. The window is the limiter's minute.
 */
const LIMIT = 150;

let server: ServerProcess;
let browser: Browser;
let manager: Key;
let incidentId = '';

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startDeskServer({ RATE_LIMIT_PER_MINUTE_MANAGER: String(LIMIT) }),
    launchBrowser(),
  ]);
  manager = await issueKey(server, 'manager', 'Ola (obsługa klienta)');
  // Set up with the admin key (its limit is not the one under test).
  const opened = await fetch(`${server.url}/v1/incidents`, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({ playbookId: 'delivery-delay', title: 'Zwroty bez odpowiedzi', severity: 'high' }),
  });
  incidentId = ((await opened.json()) as { id: string }).id;
});
afterAll(async () => {
  await browser?.close();
  server?.child.kill('SIGTERM');
});

describe('a key over its rate limit while the desk is open', () => {
  it('should keep the incident and the board on screen, say it is reconnecting, and recover after Retry-After', async () => {
    const workspace = await signIn(browser, server, manager.key, undefined, undefined, 'pl-PL');
    const board = await signIn(browser, server, manager.key, undefined, undefined, 'pl-PL');
    const statuses: number[] = [];
    for (const tab of [workspace, board])
      tab.page.on('response', (r) => {
        if (r.url().includes('/v1/')) statuses.push(r.status());
      });
    await board.page.locator(`[data-incident-id="${incidentId}"]`).waitFor();
    const page = workspace.page;
    await page.goto(`${server.url}/incidents/${incidentId}`);
    await page.locator('article.workspace [data-link="live"]').waitFor();

    // Use up the key's minute from outside the desk (another tool of the same key, say).
    let refused = 0;
    for (let i = 0; i < LIMIT + 5 && refused === 0; i++)
      if ((await as(server, manager.key, 'GET', '/v1/me')).status === 429) refused++;
    expect(refused).toBe(1);

    // A change the tabs hear about on the stream: their reads are refused now.
    const changed = await fetch(`${server.url}/v1/incidents/${incidentId}/transitions`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({
        event: 'set_severity',
        evidence: { severity: 'critical', reason: 'Media pytają' },
      }),
    });
    expect(changed.status).toBe(200);
    const reconnecting = page.locator('article.workspace [data-link="reconnecting"]');
    await reconnecting.waitFor({ timeout: 15_000 });
    expect(await reconnecting.textContent()).toBe('Łączenie ponownie…');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Zwroty bez odpowiedzi');
    expect(await page.getByRole('heading', { name: 'Nie ma takiego incydentu' }).count()).toBe(0);
    await board.page.locator('section.board[data-link="reconnecting"]').waitFor({ timeout: 15_000 });
    expect(await board.page.locator(`[data-incident-id="${incidentId}"]`).count()).toBe(1);
    expect(statuses).toContain(429);

    console.error(
      'live modes while refused:',
      await board.page.locator('section.board').getAttribute('data-live'),
    );
    // The limiter's minute ends: both read again by themselves and show the change.
    await page.locator('article.workspace [data-link="live"]').waitFor({ timeout: 75_000 });
    await page.locator('.facts .sev-critical').waitFor();
    expect(await page.locator('.facts .sev').textContent()).toBe('krytyczna');
    await board.page.locator('section.board[data-link="live"]').waitFor({ timeout: 15_000 });
    await board.page.locator(`[data-incident-id="${incidentId}"] .sev-critical`).waitFor();
    await workspace.context.close();
    await board.context.close();
  }, 150_000);
});
