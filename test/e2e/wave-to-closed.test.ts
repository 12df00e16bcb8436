import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerProcess } from '../helpers/server-process.ts';
import { as, issueKey, type Key, launchBrowser, signIn, startDeskServer } from './desk.ts';
import { notPolish } from './polish-words.ts';
import { replayWave } from './wave.ts';

const META_SECRET = 'meta-secret-for-the-wave';
let server: ServerProcess;
let browser: Browser;
let integration: Key;
let ola: Key;
let piotr: Key;
let incidentId = '';
const SKIP = ['blockquote', '#offer-complaint'];

/** Fills what a generated stage form still lacks, as a person would: words, an owner, a day, an amount. */
async function fillStage(page: Page, stage: string): Promise<void> {
  const form = page.locator(`form[aria-labelledby="ev-${stage}-title"]`);
  await form.waitFor();
  const chosen = form.locator('select[name$="statementId"]');
  // The approved statement is offered first, and chosen already.
  if (await chosen.count()) expect(await chosen.inputValue()).not.toBe('');
  for (const box of await form
    .locator('textarea, input:not([type]), input[type="text"], input[type="url"], input[type="date"]')
    .all()) {
    const name = (await box.getAttribute('name')) ?? '';
    if ((await box.inputValue()) !== '' || name === 'statement') continue;
    const type = await box.getAttribute('type');
    if (type === 'date') await box.fill('2030-01-15');
    else if (type === 'url') await box.fill('https://sklep.example/status-paczek');
    else if (name.endsWith('.value')) await box.fill('20');
    else if (name.endsWith('.owner')) await box.fill('Logistyka');
    else
      await box.fill(
        'Wyjaśniamy klientom, co się stało z paczkami, co zmieniamy w pracy z kurierem i kto za to odpowiada.',
      );
  }
  await form.locator('button[type="submit"]').click();
}

async function draftApproved(ola: Page, piotr: Page, stage: 'apologise' | 'admit', text: string) {
  await ola.getByLabel('Etap', { exact: true }).selectOption(stage);
  await ola.locator('#draft-text').fill(text);
  for (const channel of ['Facebook', 'Instagram', 'E-mail']) {
    await ola.getByRole('group', { name: 'Kanały' }).getByLabel(channel, { exact: true }).check();
  }
  await ola.waitForFunction(() => document.querySelectorAll('.checks-live li[data-ok="false"]').length === 0);
  await ola.getByRole('button', { name: 'Utwórz oświadczenie' }).click();
  // The second manager approves on a phone, from the stage part.
  await piotr.locator('nav.section-menu button[data-section="stage"]').click();
  await piotr.getByRole('button', { name: 'Zatwierdź' }).first().click();
}

const state = (page: Page, s: string) => page.locator(`article.workspace[data-state="${s}"]`).waitFor();

beforeAll(async () => {
  [server, browser] = await Promise.all([startDeskServer({ META_APP_SECRET: META_SECRET }), launchBrowser()]);
  integration = await issueKey(server, 'integration', 'Sklep');
  ola = await issueKey(server, 'manager', 'Ola');
  piotr = await issueKey(server, 'manager', 'Piotr');
  await replayWave(server.url, { integrationKey: integration.key, metaSecret: META_SECRET, count: 320 });
  incidentId = (await as(server, ola.key, 'GET', '/v1/incidents')).json.items[0].id;
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.child.kill('SIGTERM');
});

describe('a wave of 320 comments, from the first comment to closed, in a Polish desk', () => {
  it('should walk every stage with a colleague approving on a phone, close with a reason, and take a straggler without reopening', async () => {
    const a = await signIn(browser, server, ola.key, { width: 1280, height: 900 }, undefined, 'pl-PL');
    const b = await signIn(browser, server, piotr.key, { width: 390, height: 844 }, undefined, 'pl-PL');
    for (const p of [a.page, b.page]) await p.goto(`${server.url}/incidents/${incidentId}`);
    await state(a.page, 'apologise');

    await draftApproved(
      a.page,
      b.page,
      'apologise',
      'Przepraszamy wszystkich, których paczki zaginęły lub przyszły uszkodzone w tym tygodniu: to my wybraliśmy kuriera i to my odpowiadamy za Wasze zamówienia.',
    );
    await a.page.locator('form[aria-labelledby="ev-apologise-title"] select[name$="statementId"]').waitFor();
    await fillStage(a.page, 'apologise');
    await state(a.page, 'admit');
    await draftApproved(
      a.page,
      b.page,
      'admit',
      'Popełniliśmy błąd: przenieśliśmy wysyłki do nowego kuriera w środku wyprzedaży i nie sprawdziliśmy, czy jego sortownia nadąży. Zauważyliśmy to dopiero po Waszych komentarzach.',
    );
    await a.page.locator('form[aria-labelledby="ev-admit-title"] select[name$="statementId"]').waitFor();
    await fillStage(a.page, 'admit');
    for (const [stage, next] of [
      ['counteract', 'improve'],
      ['improve', 'compensate'],
      ['compensate', 'monitoring'],
    ] as const) {
      await state(a.page, stage);
      if (stage === 'compensate') {
        // The offer's currency is the playbook's already: nobody is asked for an ISO code.
        expect(await a.page.locator('input[name="offer.currency"]').inputValue()).toBe('PLN');
      }
      await fillStage(a.page, stage);
      await state(a.page, next);
      expect(await notPolish(a.page, SKIP)).toEqual([]);
    }

    // Closing with 320 complaints unanswered: refused in words, with the count, beside the field that answers it.
    await a.page.locator('details summary').filter({ hasText: 'Zamknij incydent' }).click();
    const close = a.page.locator('form[aria-labelledby="ev-close-title"]');
    await close.locator('button[type="submit"]').click();
    await close.getByText(/bez publicznej odpowiedzi: 320\./).waitFor();
    expect(await notPolish(a.page, SKIP)).toEqual([]);
    await close
      .locator('textarea')
      .first()
      .fill('Na pozostałe komentarze odpowiadamy zbiorczo we wpisie na profilu.');
    for (const box of await close.locator('input[type="checkbox"]').all()) await box.check();
    await close.locator('button[type="submit"]').click();
    await state(a.page, 'closed');
    // Closed: no new statement is offered (reopening brings the form back).
    await a.page.locator('#draft-text').waitFor({ state: 'detached' });

    // One more comment after the close joins the incident, waits for its reply, and reopens nothing.
    const late = await as(server, integration.key, 'POST', '/v1/complaints', {
      source: 'facebook',
      externalId: 'late-after-close',
      author: 'Spóźniony Klient',
      text: 'Paczka zaginęła, ZAM-2026998, kurier nie odbiera telefonu.',
      orderId: 'ZAM-2026998',
    });
    expect(late.json.incidentId).toBe(incidentId);
    await b.page.reload();
    await b.page.getByText('1 nowa skarga od zamknięcia').first().waitFor();
    await state(b.page, 'closed');
    expect(await notPolish(b.page, SKIP)).toEqual([]);
    // The refused close is a 409 the browser logs by itself; nothing else may be.
    const refusedClose = /status of 409/;
    expect([...a.problems, ...b.problems].filter((p) => !refusedClose.test(p))).toEqual([]);
    await a.context.close();
    await b.context.close();
  });
});
