import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerProcess } from '../helpers/server-process.ts';
import { openSse } from '../helpers/sse-client.ts';
import { as, issueKey, type Key, launchBrowser, signIn, startDeskServer } from './desk.ts';

let server: ServerProcess;
let browser: Browser;
let manager: Key;
const closing: (() => Promise<void>)[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startDeskServer(), launchBrowser()]);
  manager = await issueKey(server, 'manager', 'Live board watcher');
});
afterAll(async () => {
  for (const close of closing) await close();
  await browser?.close();
  server?.child.kill('SIGTERM');
});

let n = 0;
async function openIncident(): Promise<string> {
  const res = await as(server, manager.key, 'POST', '/v1/incidents', {
    playbookId: 'delivery-delay',
    title: `Live board ${++n}: parcels stuck at the hub`,
    severity: 'high',
  });
  expect(res.status).toBe(201);
  return res.json.id;
}

async function board(prepare?: Parameters<typeof signIn>[4]): Promise<Page> {
  const { page, context } = await signIn(browser, server, manager.key, undefined, prepare);
  closing.push(() => context.close());
  await page.getByRole('region', { name: 'Board' }).waitFor();
  return page;
}

/** Milliseconds from the change (made once the board is live) until its card is on the board. */
async function cardSeenAfter(page: Page, change: () => Promise<string>): Promise<number> {
  const started = Date.now();
  const id = await change();
  await page.locator(`[data-column="apologise"] [data-incident-id="${id}"]`).waitFor({ timeout: 10_000 });
  return Date.now() - started;
}

describe('the board kept live', () => {
  it('should show a change made through the API within 2 s over the stream, and say it streams', async () => {
    const page = await board();
    await page.locator('section.board[data-live="stream"]').waitFor({ timeout: 5_000 });
    const ms = await cardSeenAfter(page, openIncident);
    console.error(`board (stream): new incident visible ${ms} ms after the API answered`);
    expect(ms).toBeLessThan(2_000);
    expect(await page.locator('section.board').getAttribute('data-live')).toBe('stream');
  });

  it('should fall back to ETag polling when the stream is not there, and still show a change within 2 s', async () => {
    const conditional: string[] = [];
    const page = await board(async (context) => {
      await context.route('**/v1/stream', (route) =>
        route.fulfill({ status: 404, contentType: 'application/problem+json', body: '{"status":404}' }),
      );
      context.on('request', (r) => {
        if (r.url().includes('/v1/board') && r.headers()['if-none-match']) conditional.push(r.url());
      });
    });
    await page.locator('section.board[data-live="poll"]').waitFor({ timeout: 5_000 });
    const ms = await cardSeenAfter(page, openIncident);
    console.error(`board (polling): new incident visible ${ms} ms after the API answered`);
    expect(ms).toBeLessThan(2_000);
    // Polling asks with the last ETag: an idle tick is a 304, not the whole board again.
    expect(conditional.length).toBeGreaterThan(0);
  });

  it('should reconnect after a drop with Last-Event-ID and go on streaming', async () => {
    // A real event id to resume after: the stream read here while an incident opens.
    const watch = await openSse(`${server.url}/v1/stream`, { authorization: `Bearer ${manager.key}` });
    await watch.next();
    const before = await openIncident();
    const event = await watch.until(
      (m) => m.event === 'incident.opened' && m.data?.includes(before) === true,
    );
    watch.close();
    const resumed: (string | undefined)[] = [];
    const page = await board(async (context) => {
      await context.route('**/v1/stream', (route) => {
        if (resumed.push(route.request().headers()['last-event-id']) > 1) return route.continue();
        // The first connection delivers one event and ends, as a dropped connection does.
        return route.fulfill({
          status: 200,
          headers: { 'content-type': 'text/event-stream' },
          body: `id: ${event.id}\nevent: incident.opened\ndata: {}\n\n`,
        });
      });
    });
    await expect.poll(() => resumed.length, { timeout: 10_000 }).toBeGreaterThan(1);
    expect(resumed[0]).toBeUndefined();
    expect(resumed[1]).toBe(event.id);
    await page.locator('section.board[data-live="stream"]').waitFor({ timeout: 5_000 });
    const ms = await cardSeenAfter(page, openIncident);
    expect(ms).toBeLessThan(2_000);
  });
});
