import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerProcess } from '../helpers/server-process.ts';
import {
  as,
  axeViolations,
  FIVE_STAGES,
  issueKey,
  type Key,
  launchBrowser,
  signIn,
  startDeskServer,
  walkIncident,
} from './desk.ts';
import { notPolish } from './polish-words.ts';

let server: ServerProcess;
let browser: Browser;
let manager: Key;
let integration: Key;
let incidentId = '';
let criticalId = '';

beforeAll(async () => {
  [server, browser] = await Promise.all([startDeskServer(), launchBrowser()]);
  manager = await issueKey(server, 'manager', 'Anna (PR)');
  integration = await issueKey(server, 'integration', 'Formularz kontaktowy');
  const opened = await as(server, manager.key, 'POST', '/v1/incidents', {
    playbookId: 'delivery-delay',
    title: 'Paczki stoją w sortowni kuriera',
    severity: 'high',
  });
  incidentId = opened.json.id;
  await as(server, integration.key, 'POST', '/v1/complaints', {
    source: 'email',
    externalId: 'pl-1',
    author: 'Kasia',
    text: 'Moja paczka spóźnia się tydzień i nikt nie odpowiada.',
    incidentId,
  });
  await as(server, manager.key, 'POST', `/v1/incidents/${incidentId}/compensations`, {
    kind: 'voucher',
    value: '20.00',
    description: 'Bon za spóźnioną paczkę',
  });
  await as(server, manager.key, 'POST', `/v1/incidents/${incidentId}/commitments`, {
    description: 'Link do śledzenia w każdym potwierdzeniu',
    owner: 'Logistyka',
    dueAt: '2030-03-01',
  });
  const critical = await as(server, manager.key, 'POST', '/v1/incidents', {
    playbookId: 'social-media-backlash',
    title: 'Usunięte komentarze pod postem o cenach',
    severity: 'critical',
  });
  criticalId = critical.json.id;
});
afterAll(async () => {
  await browser?.close();
  server?.child.kill('SIGTERM');
});

describe('the desk in Polish, for a browser set to pl-PL', () => {
  it('should sign in, show the board and an incident with no English label and no API words', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'pl-PL' });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('pl');
    await page.getByLabel('Klucz API').waitFor();
    expect(await notPolish(page)).toEqual([]);
    await page.getByLabel('Klucz API').fill(manager.key);
    await page.getByRole('button', { name: 'Zaloguj się' }).click();

    await page.locator(`[data-incident-id="${incidentId}"]`).waitFor();
    await page.getByRole('region', { name: 'Tablica' }).locator('[data-link="live"]').waitFor();
    expect(await notPolish(page)).toEqual([]);
    await page.getByRole('button', { name: 'Otwórz incydent' }).click();
    await page
      .getByRole('form', { name: 'Otwórz incydent' })
      .locator('option')
      .nth(1)
      .waitFor({ state: 'attached' });
    expect(await notPolish(page)).toEqual([]);
    await page.getByRole('button', { name: 'Anuluj' }).click();

    await page.locator(`[data-incident-id="${incidentId}"] a`).click();
    await page.getByRole('heading', { name: 'Wskazówki: Przeproś' }).waitFor();
    await page.locator('[data-verified="true"]').waitFor();
    // Every other action opened, so its form is checked too.
    for (const summary of await page.locator('details summary').all()) await summary.click();
    expect(await notPolish(page)).toEqual([]);
    // "zostało 45 min (do 14:30)", or with hours and the day when the playbook's business hours push it on.
    expect(await page.locator('[data-due]').textContent()).toMatch(
      /^zostało (\d+ (dni|dzień|godz\.) ?)*(\d+ min)? \(do (\d+ \p{L}+ \d{4}, )?\d{1,2}:\d{2}\)$/u,
    );
    expect(await page.locator('.facts strong').textContent()).toBe('Przeproś');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('should switch to English and back with the header switch, setting <html lang> and remembering it', async () => {
    const { page, context } = await signIn(browser, server, manager.key, undefined, undefined, 'pl-PL');
    await page.getByRole('navigation', { name: 'Nawigacja główna' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('pl');
    await page.getByRole('group', { name: 'Język' }).getByRole('button', { name: 'English' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Board' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator(`[data-incident-id="${incidentId}"] .sev`).textContent()).toBe('high');
    // Remembered: a reload stays in English although the browser prefers Polish.
    await page.reload();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Polski' }).click();
    await page.getByRole('link', { name: 'Tablica' }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.title])).toEqual([
      'pl',
      'Pulpit 5P',
    ]);
    await context.close();
  });

  it('should show a not-found page for a bad path, not the board, and never the id it could not find', async () => {
    const { page, context } = await signIn(browser, server, manager.key, undefined, undefined, 'pl-PL');
    await page.getByRole('region', { name: 'Tablica' }).waitFor();
    await page.goto(`${server.url}/incidents/not-a-uuid`);
    await page.getByRole('heading', { name: 'Nie ma takiej strony' }).waitFor();
    expect(await page.getByRole('region', { name: 'Tablica' }).count()).toBe(0);
    const unknown = '3f2a9c4e-1b7d-4e8a-9c0f-5d6e7f8a9b0c';
    await page.goto(`${server.url}/incidents/${unknown}`);
    await page.getByRole('heading', { name: 'Nie ma takiego incydentu' }).waitFor();
    expect(await notPolish(page)).toEqual([]);
    // A path the desk does not know, reached inside the desk (the engine answers its own 404 for a
    // direct load of a path that is not the desk's).
    await page.getByRole('link', { name: 'Przejdź do tablicy' }).click();
    await page.getByRole('region', { name: 'Tablica' }).waitFor();
    await page.evaluate(() => {
      history.pushState(null, '', '/anything');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await page.getByRole('heading', { name: 'Nie ma takiej strony' }).waitFor();
    await context.close();
  });

  it('should say a refused apology in plain Polish next to its field, and clear it once the field is edited', async () => {
    const { page, context } = await signIn(browser, server, manager.key, undefined, undefined, 'pl-PL');
    await page.goto(`${server.url}/incidents/${criticalId}`);
    const form = page.locator('form[aria-labelledby="ev-apologise-title"]');
    await form.waitFor();
    await form
      .locator('textarea[name="statement"]')
      .fill(
        'Przepraszamy wszystkich, których komentarze ukryliśmy w weekend: to był błąd, krytyka ma tu swoje miejsce, a każdy ukryty komentarz jest znowu widoczny.',
      );
    await form.getByLabel('Facebook').check();
    await form.getByRole('button', { name: 'Zakończ etap: Przeproś' }).click();
    const error = form.locator('[data-field="statement"] .error');
    await error.waitFor();
    const said = (await error.textContent()) ?? '';
    expect(said).toMatch(/^Przy powadze „krytyczna” te przeprosiny musi zatwierdzić druga osoba/);
    expect(await notPolish(page)).toEqual([]);
    await form.locator('textarea[name="statement"]').press('End');
    await form.locator('textarea[name="statement"]').type(' Dziękujemy.');
    await error.waitFor({ state: 'detached' });
    await context.close();
  });

  it('should refuse a close in plain words next to the field that answers it, and clear each after the fix', async () => {
    await walkIncident(server, manager.key, incidentId, FIVE_STAGES, 0);
    const { page, context } = await signIn(browser, server, manager.key, undefined, undefined, 'pl-PL');
    await page.goto(`${server.url}/incidents/${incidentId}`);
    const close = page.locator('details[data-event="close"]');
    await close.locator('summary').click();
    const submit = close.getByRole('button', { name: 'Zamknij incydent' });
    await submit.click();
    // The complaint without a reply: said next to "why some stay unanswered", in the engine's Polish (or
    // the catalog's, were it to speak the API).
    const why = close.locator('[data-field="unansweredReason"] .error');
    await why.waitFor();
    expect(await why.textContent()).toMatch(/bez publicznej odpowiedzi/);
    expect(await notPolish(page)).toEqual([]);
    await close
      .getByLabel('Dlaczego część skarg zostaje bez odpowiedzi (opcjonalnie)')
      .fill('Odpowiedź mailowa poza systemem.');
    await why.waitFor({ state: 'detached' });
    await submit.click();
    // Then the open commitment of the improve stage: said next to "keep tracking", gone once it is ticked.
    const carry = close.locator('[data-field="carryOver"] .error');
    await carry.waitFor();
    expect(await carry.textContent()).toMatch(/zobowiązania/);
    expect(await notPolish(page)).toEqual([]);
    await close.getByLabel('Śledź otwarte zobowiązania także po zamknięciu').check();
    await carry.waitFor({ state: 'detached' });
    await submit.click();
    await page.locator('article.workspace[data-state="closed"]').waitFor();
    expect(await page.locator('.facts strong').textContent()).toBe('Zamknięty');
    await context.close();
  });
});
