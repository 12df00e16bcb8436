import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerProcess } from '../helpers/server-process.ts';
import {
  as,
  axeViolations,
  issueKey,
  type Key,
  launchBrowser,
  screenshot,
  screenTexts,
  signIn,
  startDeskServer,
} from './desk.ts';
import { notPolish as notPolishWords } from './polish-words.ts';

/**
 * Triage in bulk, in Polish: 250 complaints no playbook's trigger takes, listed page by page with their
 * total, found by a word, each saying why it waits; three attached by hand, then all a search matches,
 * each in one request; a dashboard key reads the same list without the controls.
 */
/** The triage's own data, were a code of it to leak: match fields and their values, playbook ids. */
const CODES = [
  /\b(?:playbookId|closest|missing|keywords|orderId|platformState|incidentId)\b/,
  /\b(?:delivery-delay|defective-product|lost-or-damaged-order|payment-or-data-incident|social-media-backlash)\b/,
];
/** polish-words.ts's check (English catalog texts, API words), and no code of the triage's data. */
async function notPolish(page: Page): Promise<string[]> {
  const codes = (await screenTexts(page)).filter((t) => CODES.some((r) => r.test(t)));
  return [...(await notPolishWords(page)), ...codes];
}

let server: ServerProcess;
let browser: Browser;
let manager: Key;
let dashboard: Key;
let incidentId = '';
const INCIDENT = 'Skargi na obsługę w sklepach stacjonarnych';
const N = 250;
const SOURCES = ['facebook', 'email', 'review', 'chat', 'other', 'instagram', 'x'];
const AUTHORS = ['Kasia W.', 'Tomek', 'Ola z Gdańska', 'Marcin P.', 'Ewa', 'Paweł K.', 'Zofia'];
const CITIES = ['Gdyni', 'Poznaniu', 'Łodzi', 'Krakowie', 'Lublinie'];
/** Words no trigger of playbooks/*.yaml contains: every one waits for a person. */
function text(i: number): string {
  if (i === 7)
    return 'Kupiłem hulajnogę elektryczną w waszym sklepie i nikt nie umie mi powiedzieć, jak zarejestrować gwarancję.';
  if (i % 20 === 3)
    return `Na parkingu przed sklepem w ${CITIES[i % 5]} nie ma wolnych miejsc, a ochrona każe odjeżdżać. Zgłoszenie ${i}.`;
  return [
    `Pani przy kasie w sklepie w ${CITIES[i % 5]} była bardzo niemiła i nie wydała mi paragonu. Sprawa ${i}.`,
    `Wasza aplikacja wylogowuje mnie co chwilę i muszę wpisywać kod od nowa. Zgłoszenie numer ${i}.`,
    `Gazetka obiecywała rabat na kawę, a przy kasie cena była pełna. Proszę o wyjaśnienie, paragon ${i}.`,
  ][i % 3]!;
}
const posted: { id: string; text: string }[] = [];

const unattached = async (q?: string) =>
  (
    await as(
      server,
      manager.key,
      'GET',
      `/v1/complaints?incidentId=none&limit=1${q ? `&q=${encodeURIComponent(q)}` : ''}`,
    )
  ).json.total as number;
const incident = async () => (await as(server, manager.key, 'GET', `/v1/incidents/${incidentId}`)).json;
const rows = (page: Page) => page.locator('.triage li[data-complaint-id]');
const polishTab = (key: string, viewport?: { width: number; height: number }) =>
  signIn(browser, server, key, viewport, undefined, 'pl-PL');
async function toTriage(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Nawigacja główna' })
    .getByRole('link', { name: 'Segregacja' })
    .click();
  await page.locator('.triage-total[data-total]:not([data-total=""])').waitFor();
  await rows(page).first().waitFor();
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startDeskServer(), launchBrowser()]);
  manager = await issueKey(server, 'manager', 'Anna (PR)');
  dashboard = await issueKey(server, 'dashboard', 'Ekran w biurze');
  const feed = await issueKey(server, 'integration', 'Formularz kontaktowy');
  const opened = await as(server, manager.key, 'POST', '/v1/incidents', {
    playbookId: 'defective-product',
    title: INCIDENT,
    severity: 'medium',
  });
  incidentId = opened.json.id;
  const batch = await as(server, feed.key, 'POST', '/v1/complaints/batch', {
    items: Array.from({ length: N }, (_, i) => ({
      source: SOURCES[i % SOURCES.length],
      externalId: `triage-${i}`,
      author: AUTHORS[i % AUTHORS.length],
      text: text(i),
      occurredAt: new Date(Date.now() - (i + 1) * 60_000).toISOString(),
    })),
  });
  expect(batch.status).toBe(200);
  for (const r of batch.json.items) {
    expect(r.status).toBe(201);
    expect(r.complaint.incidentId).toBeNull();
    posted.push({ id: r.complaint.id, text: r.complaint.text });
  }
  expect(await unattached()).toBe(N);
});
afterAll(async () => {
  await browser?.close();
  server?.child.kill('SIGTERM');
});

describe('triage in Polish, for a browser set to pl-PL', () => {
  it('should count every unattached complaint and reach the last one with "Pokaż więcej"', async () => {
    const { page, context, problems } = await polishTab(manager.key);
    await toTriage(page);
    expect(await page.locator('.triage-total').textContent()).toBe('250 skarg czeka na incydent');
    expect(await rows(page).count()).toBe(200);
    expect(await notPolish(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Pokaż więcej' }).click();
    await page.locator('[data-shown="250"]').waitFor();
    expect(await page.locator('[data-shown]').textContent()).toBe('Widać 250 z 250.');
    expect(await page.getByRole('button', { name: 'Pokaż więcej' }).count()).toBe(0);
    const ids = await rows(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-complaint-id')));
    expect(new Set(ids)).toEqual(new Set(posted.map((p) => p.id)));
    expect(problems).toEqual([]);
    await context.close();
  });

  it('should say in Polish why a row matched no playbook, with its channel in words and a Polish date', async () => {
    const { page, context } = await polishTab(manager.key);
    await toTriage(page);
    await page.getByRole('button', { name: 'Pokaż więcej' }).click();
    await page.locator('[data-shown="250"]').waitFor();
    // From the review channel (watched by every playbook but the backlash one): only the words lacked.
    const review = rows(page).filter({ hasText: 'Sprawa 9.' });
    expect(await review.locator('[data-why]').textContent()).toMatch(
      /^Najbliżej: \p{L}[^—]+ — brak słów kluczowych$/u,
    );
    expect(await review.locator('.triage-meta').textContent()).toMatch(
      /^Opinie Ola z Gdańska · \d{1,2} \p{L}{3} \d{4}, \d{1,2}:\d{2}/u,
    );
    // From "other", a channel no playbook watches: both said.
    const other = rows(page).filter({ hasText: 'Zgłoszenie numer 4.' });
    expect(await other.locator('[data-why]').textContent()).toMatch(
      /^Najbliżej: [^—]+ — kanał, którego scenariusz nie obserwuje i brak słów kluczowych$/,
    );
    expect(await notPolish(page)).toEqual([]);
    await context.close();
  });

  it('should find a complaint by a word of it with the search field', async () => {
    const { page, context } = await polishTab(manager.key);
    await toTriage(page);
    await page.getByRole('searchbox', { name: 'Szukaj w treści' }).fill('hulajnogę');
    await page.getByRole('searchbox', { name: 'Szukaj w treści' }).press('Enter');
    await page.locator('.triage-total[data-total="1"]').waitFor();
    expect(await page.locator('.triage-total').textContent()).toBe('1 skarga czeka na incydent');
    expect(await rows(page).count()).toBe(1);
    expect(await rows(page).locator('blockquote').textContent()).toContain('hulajnogę elektryczną');
    await context.close();
  });

  it('should attach three selected complaints in one request, say so, and drop them from the list', async () => {
    const { page, context, problems } = await polishTab(manager.key);
    await toTriage(page);
    const picked = await rows(page).evaluateAll((els) =>
      els.slice(0, 3).map((e) => e.getAttribute('data-complaint-id') ?? ''),
    );
    for (const id of picked)
      await page.locator(`li[data-complaint-id="${id}"] input[type="checkbox"]`).check();
    const form = page.getByRole('form', { name: 'Dołącz do incydentu' });
    expect(await form.getByLabel('Zaznaczone skargi (3)').isChecked()).toBe(true);
    await form.getByLabel('Incydent', { exact: true }).selectOption({ label: INCIDENT });
    const requests: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST') requests.push(r.url());
    });
    await form.getByRole('button', { name: 'Dołącz', exact: true }).click();
    const said = page.getByRole('status').filter({ hasText: 'Dołączono' });
    await said.waitFor();
    expect(await said.textContent()).toBe(`Dołączono 3 skargi do incydentu „${INCIDENT}”.`);
    for (const id of picked)
      await page.locator(`li[data-complaint-id="${id}"]`).waitFor({ state: 'detached' });
    expect(requests.filter((u) => u.endsWith('/v1/complaints/attach'))).toHaveLength(1);
    await screenshot(page, 'triage-attached');
    await page.locator('.triage-total[data-total="247"]').waitFor();
    expect((await incident()).complaintCount).toBe(3);
    for (const id of picked)
      expect((await as(server, manager.key, 'GET', `/v1/complaints/${id}`)).json.incidentId).toBe(incidentId);
    expect(await notPolish(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('should attach exactly what a search matches with "all matching the filters"', async () => {
    const matched = await unattached('parkingu');
    // Those the three picked by hand left unattached.
    const parking: string[] = [];
    for (const p of posted.filter((x) => x.text.includes('parkingu'))) {
      const stored = await as(server, manager.key, 'GET', `/v1/complaints/${p.id}`);
      if (stored.json.incidentId === null) parking.push(p.id);
    }
    expect(matched).toBe(parking.length);
    const before = await unattached();
    const { page, context } = await polishTab(manager.key);
    await toTriage(page);
    await page.getByRole('searchbox', { name: 'Szukaj w treści' }).fill('parkingu');
    await page.getByRole('button', { name: 'Szukaj', exact: true }).click();
    await page.locator(`.triage-total[data-total="${matched}"]`).waitFor();
    const form = page.getByRole('form', { name: 'Dołącz do incydentu' });
    await form.getByLabel(`Wszystkie skargi pasujące do filtrów (${matched})`).check();
    await form.getByLabel('Incydent', { exact: true }).selectOption({ label: INCIDENT });
    await form.getByRole('button', { name: 'Dołącz', exact: true }).click();
    const said = page.getByRole('status').filter({ hasText: 'Dołączono' });
    await said.waitFor();
    expect(await said.textContent()).toBe(`Dołączono ${matched} skarg do incydentu „${INCIDENT}”.`);
    await page.locator('.triage-total[data-total="0"]').waitFor();
    expect(await page.getByText('Żadna skarga nie pasuje do tych filtrów.').isVisible()).toBe(true);
    expect(await unattached()).toBe(before - matched);
    expect((await incident()).complaintCount).toBe(3 + matched);
    for (const id of parking)
      expect((await as(server, manager.key, 'GET', `/v1/complaints/${id}`)).json.incidentId).toBe(incidentId);
    expect(await notPolish(page)).toEqual([]);
    await context.close();
  });

  it('should say in plain Polish why a complaint was refused, and attach the others', async () => {
    const { page, context } = await polishTab(manager.key);
    await toTriage(page);
    const [taken, free] = await rows(page).evaluateAll((els) =>
      els.slice(0, 2).map((e) => e.getAttribute('data-complaint-id') ?? ''),
    );
    const author = await rows(page).first().locator('.triage-meta strong').textContent();
    for (const id of [taken, free]) await page.locator(`li[data-complaint-id="${id}"] input`).check();
    // Meanwhile someone else puts the first one on another incident.
    const other = await as(server, manager.key, 'POST', '/v1/incidents', {
      playbookId: 'delivery-delay',
      title: 'Inny incydent',
      severity: 'low',
    });
    const moved = await as(server, manager.key, 'POST', `/v1/complaints/${taken}/attach`, {
      incidentId: other.json.id,
    });
    expect(moved.status).toBe(200);
    const form = page.getByRole('form', { name: 'Dołącz do incydentu' });
    await form.getByLabel('Incydent', { exact: true }).selectOption({ label: INCIDENT });
    await form.getByRole('button', { name: 'Dołącz', exact: true }).click();
    const said = page.getByRole('status').filter({ hasText: 'Dołączono' });
    await said.waitFor();
    expect(await said.locator('p').allTextContents()).toEqual([
      `Dołączono 1 skargę do incydentu „${INCIDENT}”.`,
      'Nie dołączono 1 skargi:',
    ]);
    expect(await said.locator('li').textContent()).toBe(`${author}: jest już przy innym incydencie`);
    await screenshot(page, 'triage-refused');
    expect(await notPolish(page)).toEqual([]);
    expect((await as(server, manager.key, 'GET', `/v1/complaints/${free}`)).json.incidentId).toBe(incidentId);
    await context.close();
  });

  it('should show a dashboard key the list and no way to select or attach', async () => {
    const { page, context } = await polishTab(dashboard.key);
    await toTriage(page);
    expect(await rows(page).count()).toBe(200);
    expect(await page.locator('.triage input[type="checkbox"]').count()).toBe(0);
    expect(await page.getByRole('form', { name: 'Dołącz do incydentu' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Dołącz', exact: true }).count()).toBe(0);
    await page.getByText('Tylko podgląd: widzisz skargi').waitFor();
    expect(await notPolish(page)).toEqual([]);
    await context.close();
  });

  it('should show a complaint that arrives while the page is open, without a reload', async () => {
    const { page, context } = await polishTab(dashboard.key);
    await toTriage(page);
    const before = Number(await page.locator('.triage-total').getAttribute('data-total'));
    const feed = await issueKey(server, 'integration', 'Formularz na stronie');
    const late = await as(server, feed.key, 'POST', '/v1/complaints', {
      source: 'email',
      externalId: 'triage-late',
      author: 'Nowa Klientka',
      text: 'Pani przy kasie nie chciała przyjąć bonu podarunkowego, choć był ważny.',
    });
    expect(late.json.incidentId).toBeNull();
    // The tab reads again on its live ticks, at most every 10 s: the new one shows within about 20 s.
    await page.locator(`.triage-total[data-total="${before + 1}"]`).waitFor({ timeout: 30_000 });
    // Due last, it sorts after the 200 on screen: the search field finds it.
    await page.getByRole('searchbox', { name: 'Szukaj w treści' }).fill('bonu podarunkowego');
    await page.getByRole('searchbox', { name: 'Szukaj w treści' }).press('Enter');
    await rows(page).filter({ hasText: 'nie chciała przyjąć bonu' }).waitFor();
    await context.close();
  });

  it('should fit a phone 390 px wide, and be photographed in Polish', async () => {
    for (const [width, height, name] of [
      [1280, 800, 'triage'],
      [390, 844, 'triage-phone'],
    ] as const) {
      const { page, context } = await polishTab(manager.key, { width, height });
      await toTriage(page);
      await rows(page).nth(2).locator('input[type="checkbox"]').check();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      if (width < 700) {
        // On a phone the form is above the list: the bar at the bottom takes the manager back to it.
        await page.getByRole('button', { name: 'Zaznaczono 1: dołącz do incydentu' }).click();
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('triage-incident');
      } else expect(await page.locator('.triage-jump').isVisible()).toBe(false);
      expect(await notPolish(page)).toEqual([]);
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, name);
      await context.close();
    }
  });
});
