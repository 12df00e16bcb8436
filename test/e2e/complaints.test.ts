import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerProcess } from '../helpers/server-process.ts';
import { as, issueKey, type Key, launchBrowser, screenshot, signIn, startDeskServer } from './desk.ts';
import { notPolish } from './polish-words.ts';
import { replayWave } from './wave.ts';

const META_SECRET = 'meta-secret-for-the-wave';
const WAVE = 320;
let server: ServerProcess;
let browser: Browser;
let ola: Key;
let piotr: Key;
let incidentId = '';

/** The complaint panel of the workspace of a manager signed in with a Polish browser. */
async function openList(key: string, viewport = { width: 1280, height: 900 }) {
  const { page, context, problems } = await signIn(browser, server, key, viewport, undefined, 'pl-PL');
  await page.goto(`${server.url}/incidents/${incidentId}`);
  const list = page.locator('section[aria-labelledby="complaints-h"]');
  await list.locator('li.complaint').first().waitFor({ state: 'attached' });
  return { page, context, problems, list };
}
const count = (list: Locator) => list.locator('.list-count');
async function search(page: Page, list: Locator, words: string, expected: number) {
  const answered = page.waitForResponse(
    (r) => r.url().includes('/complaints?') && new URL(r.url()).searchParams.get('q') === words,
  );
  await list.getByRole('searchbox').fill(words);
  await answered;
  await count(list)
    .filter({ hasText: `z ${expected} skarg` })
    .waitFor();
  await page.waitForFunction(
    (n) => document.querySelectorAll('li.complaint').length === n,
    Math.min(50, expected),
  );
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startDeskServer({ META_APP_SECRET: META_SECRET }), launchBrowser()]);
  const integration = await issueKey(server, 'integration', 'Sklep');
  ola = await issueKey(server, 'manager', 'Ola');
  piotr = await issueKey(server, 'manager', 'Piotr');
  // 320 comments: two thirds through the batch API, a third as signed Meta deliveries (one edited, one removed).
  await replayWave(server.url, { integrationKey: integration.key, metaSecret: META_SECRET, count: WAVE });
  const incidents = await as(server, ola.key, 'GET', '/v1/incidents');
  expect(incidents.json.items).toHaveLength(1);
  incidentId = incidents.json.items[0].id;
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.child.kill('SIGTERM');
});

describe('the complaint list of a real wave, in a Polish browser', () => {
  it('should reach every one of 320 complaints: pages to the last, and the first and the last by the search field', async () => {
    const { page, context, list, problems } = await openList(ola.key);
    await count(list).filter({ hasText: 'Widać 50 z 320 skarg' }).waitFor();
    for (let shown = 50; shown < WAVE; shown += 50) {
      await list.getByRole('button', { name: /^Pokaż kolejne \d+$/ }).click();
      await count(list)
        .filter({ hasText: `Widać ${Math.min(WAVE, shown + 50)} z 320 skarg` })
        .waitFor();
    }
    expect(await list.locator('li.complaint').count()).toBe(WAVE);
    await expect(list.getByRole('button', { name: /^Pokaż kolejne/ }).count()).resolves.toBe(0);
    await search(page, list, 'ZAM-2026000', 1);
    await search(page, list, 'ZAM-2026319', 1);
    expect(await list.locator('li.complaint blockquote').first().textContent()).toContain('ZAM-2026319');
    expect(await notPolish(page, ['blockquote', '#offer-complaint'])).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('should count what waits the same in the list, the workspace and the board', async () => {
    const { context, list } = await openList(ola.key);
    const ws = await as(server, ola.key, 'GET', `/v1/incidents/${incidentId}/workspace`);
    const board = await as(server, ola.key, 'GET', '/v1/board');
    const card = board.json.items.find((c: { incidentId: string }) => c.incidentId === incidentId);
    await list.getByLabel('Pokaż', { exact: true }).selectOption('unanswered');
    await count(list)
      .filter({ hasText: `z ${ws.json.complaints.unanswered} skarg` })
      .waitFor();
    expect(card.unanswered).toBe(ws.json.complaints.unanswered);
    await list.getByLabel('Kanał', { exact: true }).selectOption('instagram');
    await count(list)
      .filter({ hasText: `z ${ws.json.complaints.bySource.instagram} ` })
      .waitFor();
    await context.close();
  });

  it('should show the reply just sent, warn a colleague drafting on the same complaint, and keep that draft across a reload', async () => {
    const a = await openList(ola.key);
    const b = await openList(piotr.key, { width: 390, height: 844 });
    await b.page.locator('nav.section-menu button[data-section="complaints"]').click();
    // On a phone the rarer filters fold away, so the first complaint is on the first screen.
    expect(await b.list.getByLabel('Kanał', { exact: true }).isVisible()).toBe(false);
    await b.list.locator('details.more-filters summary').click();
    await b.list.getByLabel('Kanał', { exact: true }).waitFor();
    await search(b.page, b.list, 'ZAM-2026101', 1);
    await b.list.getByRole('button', { name: 'Odpowiedz…' }).click();
    await b.list
      .getByLabel('Odpowiedź publiczna')
      .fill('Przepraszamy, sprawdzamy Twoją paczkę ZAM-2026101 u kuriera.');
    await search(a.page, a.list, 'ZAM-2026101', 1);
    await a.list.getByRole('button', { name: 'Odpowiedz…' }).click();
    const text =
      'Bardzo przepraszamy za paczkę ZAM-2026101: szukamy jej z kurierem i napiszemy jeszcze dziś.';
    await a.list.getByLabel('Odpowiedź publiczna').fill(text);
    await a.list.getByRole('button', { name: 'Odpowiedz publicznie' }).click();
    const shown = a.list.locator('li[data-visibility="public"]');
    await shown.getByText(text).waitFor();
    expect(await shown.locator('.reply-meta').textContent()).toMatch(/^Ola · Instagram · publicznie, /);
    // Piotr's tab learns of it by its own live read, and says who answered before he sends.
    const warning = b.list.locator('.warning');
    await warning.waitFor({ timeout: 30_000 });
    expect(await warning.textContent()).toMatch(/^Ola odpowiedział\(a\) na tę skargę/);
    await screenshot(b.page, 'complaints-colleague-answered-phone');
    await b.page.reload();
    await b.page.locator('nav.section-menu button[data-section="complaints"]').click();
    await search(b.page, b.list, 'ZAM-2026101', 1);
    expect(await b.list.getByLabel('Odpowiedź publiczna').inputValue()).toContain('sprawdzamy Twoją paczkę');
    expect(await notPolish(b.page, ['blockquote', '#offer-complaint'])).toEqual([]);
    await a.context.close();
    await b.context.close();
  });

  it('should move a case to a private channel with a note, then write and show the private reply', async () => {
    const { page, context, list } = await openList(ola.key);
    await search(page, list, 'ZAM-2026101', 1);
    await list.getByRole('button', { name: 'Przenieś do kanału prywatnego…' }).click();
    await list.getByLabel('Kanał prywatny').selectOption('email');
    await list.getByLabel(/^Dlaczego, dla zespołu/).fill('Potrzebny adres dostawy: piszemy e-mailem.');
    await list.getByRole('button', { name: 'Przenieś do kanału prywatnego', exact: true }).click();
    await list.getByText('dalej: E-mail').waitFor();
    await list.getByRole('button', { name: 'Odpowiedz: E-mail…' }).click();
    await list.getByLabel('Odpowiedź: E-mail').fill('Napisaliśmy do Pani e-mail z prośbą o adres dostawy.');
    await list.getByRole('button', { name: 'Wyślij: E-mail' }).click();
    await list.locator('li[data-visibility="private"]').getByText('Napisaliśmy do Pani e-mail').waitFor();
    const detail = await as(server, ola.key, 'GET', `/v1/incidents/${incidentId}/complaints?q=ZAM-2026101`);
    expect(
      detail.json.items[0].replies.map(
        (r: { visibility: string; channel: string }) => `${r.visibility}:${r.channel}`,
      ),
    ).toEqual(['public:instagram', 'private:email']);
    await screenshot(page, 'complaints-private');
    await context.close();
  });

  it('should show a comment its author edited (the original on demand) and one removed from the platform', async () => {
    const { page, context, list } = await openList(ola.key);
    await list.getByLabel('Pokaż', { exact: true }).selectOption('edited');
    await count(list).filter({ hasText: 'Widać 1 z 1 skargi' }).waitFor();
    await list.locator('blockquote.customer').filter({ hasText: 'EDIT: nadal nic.' }).waitFor();
    await list.locator('details.edited summary').click();
    expect(await list.locator('details.edited blockquote').textContent()).not.toContain('EDIT');
    await list.getByLabel('Pokaż', { exact: true }).selectOption('removed');
    await list
      .locator('.removed')
      .filter({ hasText: /^Autor usunął ten komentarz z platformy .*Tutaj zostaje\.$/ })
      .waitFor();
    expect(await notPolish(page, ['blockquote', '#offer-complaint'])).toEqual([]);
    await context.close();
  });

  it('should group the comments by the post they sit under and narrow the list to one post', async () => {
    const { page, context, list } = await openList(ola.key);
    await list.getByLabel('Grupuj według postu').check();
    const posts = list.locator('section.posts li');
    await posts.first().waitFor();
    expect(await posts.count()).toBe(3);
    const courier = posts.filter({ hasText: 'shop-page_post-courier' });
    const total = Number((await courier.textContent())?.match(/: (\d+) komentarz/)?.[1]);
    expect(total).toBeGreaterThan(0);
    await courier.getByRole('button', { name: 'Tylko ten post' }).click();
    await count(list)
      .filter({ hasText: ` z ${total} skarg` })
      .waitFor();
    await screenshot(page, 'complaints-by-post');
    await context.close();
  });
});
