import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerProcess } from '../helpers/server-process.ts';
import { as, issueKey, type Key, launchBrowser, signIn, startDeskServer } from './desk.ts';

/** The manager key's limit as shipped (src/config.ts RATE_LIMIT_PER_MINUTE_MANAGER), set explicitly. */
const MANAGER_LIMIT = 600;

let server: ServerProcess;
let browser: Browser;
let anna: Key;
let marek: Key;
let integration: Key;
let incidentId = '';

interface Tab {
  page: Page;
  context: BrowserContext;
  /** Every API request the tab made (the stream counts once, when it opens), with when and its status. */
  requests: { at: number; url: string; status: number }[];
}

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startDeskServer({ RATE_LIMIT_PER_MINUTE_MANAGER: String(MANAGER_LIMIT) }),
    launchBrowser(),
  ]);
  anna = await issueKey(server, 'manager', 'Anna (PR)');
  marek = await issueKey(server, 'manager', 'Marek (obsługa klienta)');
  integration = await issueKey(server, 'integration', 'Nasłuch mediów');
  const opened = await as(server, marek.key, 'POST', '/v1/incidents', {
    playbookId: 'delivery-delay',
    title: 'Fala skarg po wyprzedaży',
    severity: 'high',
  });
  incidentId = opened.json.id;
});
afterAll(async () => {
  await browser?.close();
  server?.child.kill('SIGTERM');
});

async function openTab(locale: string): Promise<Tab> {
  const { page, context } = await signIn(browser, server, anna.key, undefined, undefined, locale);
  const requests: Tab['requests'] = [];
  page.on('response', (r) => {
    if (new URL(r.url()).pathname.startsWith('/v1/'))
      requests.push({ at: Date.now(), url: r.url(), status: r.status() });
  });
  await page.locator(`[data-incident-id="${incidentId}"]`).waitFor();
  await page.locator(`[data-incident-id="${incidentId}"] a`).click();
  await page.locator('article.workspace [data-link="live"]').waitFor();
  return { page, context, requests };
}

const perMinute = (tab: Tab, from: number, to: number) =>
  Math.round((tab.requests.filter((r) => r.at >= from && r.at < to).length * 60_000) / (to - from));

/** Replies that differ in more than names and numbers (the engine refuses a canned one). */
const REPLIES = [
  'Dziękujemy za cierpliwość: paczka wyjechała dziś rano, kurier dzwoni przed doręczeniem.',
  'Przepraszamy za opóźnienie. Sprawdziliśmy zamówienie, jest już w sortowni w Poznaniu.',
  'Rozumiemy złość, to nie tak miało wyglądać. Twoja przesyłka ma nowy termin: czwartek.',
  'Zamówienie czekało na brakujący rozmiar; wysłaliśmy je osobno, bez dopłaty za dostawę.',
  'Masz rację, powinniśmy byli napisać wcześniej. Numer śledzenia wysłaliśmy mailem.',
  'Kurier potwierdził odbiór z magazynu godzinę temu, jutro paczka będzie u Ciebie.',
];

describe('three tabs of one manager key through a burst', () => {
  it('should never get a 429, always show the incident, and cost few requests per tab', async () => {
    const tabs = [await openTab('pl-PL'), await openTab('pl-PL'), await openTab('en-US')];
    // Idle: after the last tab's first reads have settled.
    await tabs[0]?.page.waitForTimeout(3_000);
    const idleFrom = Date.now();
    await tabs[0]?.page.waitForTimeout(30_000);
    const idleTo = Date.now();

    // The burst, made by other people and systems: new complaints in batches, replies, severity changes.
    const burstFrom = Date.now();
    const complaintIds: string[] = [];
    const severities = ['critical', 'high', 'critical', 'high'] as const;
    for (let round = 0; round < 12; round++) {
      const batch = await as(server, integration.key, 'POST', '/v1/complaints/batch', {
        items: Array.from({ length: 25 }, (_, n) => ({
          source: n % 2 ? 'email' : 'facebook',
          externalId: `burst-${round}-${n}`,
          author: `Klient ${round}-${n}`,
          text: `Paczka nr ${round}${n} nie dotarła, a infolinia milczy od trzech dni.`,
          incidentId,
        })),
      });
      expect(batch.status).toBe(200);
      complaintIds.push(...batch.json.items.map((i: { complaint?: { id: string } }) => i.complaint?.id));
      const reply = REPLIES[round % REPLIES.length];
      if (round < REPLIES.length && complaintIds[round])
        await as(server, marek.key, 'POST', `/v1/complaints/${complaintIds[round]}/replies`, {
          channel: round % 2 ? 'email' : 'facebook',
          visibility: 'public',
          text: reply,
        });
      const severity = severities[round % 3 === 0 ? round / 3 : -1];
      if (severity)
        await as(server, marek.key, 'POST', `/v1/incidents/${incidentId}/transitions`, {
          event: 'set_severity',
          evidence: { severity, reason: `Runda ${round}: więcej skarg` },
        });
      // Every tab shows the incident all along, whatever it is reading.
      for (const tab of tabs) {
        expect(await tab.page.locator(`article.workspace[data-incident-id="${incidentId}"] h1`).count()).toBe(
          1,
        );
      }
      await tabs[0]?.page.waitForTimeout(2_000);
    }
    const burstTo = Date.now();

    // Every tab catches up with the last change: 300 complaints, the last severity.
    for (const tab of tabs) {
      await tab.page
        .locator('[data-section="complaints"]', { hasText: '(300)' })
        .first()
        // The part menu's button (hidden on a wide screen) counts the complaints.
        .waitFor({ state: 'attached', timeout: 10_000 });
      await tab.page.locator('.facts .sev-high').waitFor({ timeout: 10_000 });
    }
    const refused = tabs.flatMap((t) => t.requests.filter((r) => r.status === 429));
    expect(refused).toEqual([]);
    const cost = tabs.map((t) => ({
      idlePerMinute: perMinute(t, idleFrom, idleTo),
      burstPerMinute: perMinute(t, burstFrom, burstTo),
    }));
    console.error(
      `requests per tab and minute (idle 30 s, burst ${Math.round((burstTo - burstFrom) / 1000)} s):`,
      cost,
    );
    for (const c of cost) {
      // Idle on the stream: a conditional check every 10 s. A burst: at most one workspace read and one
      // complaint-list read every 2 s.
      expect(c.idlePerMinute).toBeLessThanOrEqual(10);
      expect(c.burstPerMinute).toBeLessThanOrEqual(62);
    }
    expect(cost.reduce((a, c) => a + c.burstPerMinute, 0)).toBeLessThan(MANAGER_LIMIT / 3);
    for (const tab of tabs) await tab.context.close();
  }, 170_000);
});
