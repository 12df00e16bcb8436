/**
 * The README's pictures of the desk, in Polish (pl-PL), at 1280×800 and 390×844: a crisis seeded through
 * the API on a fresh server, then the board, an incident, its ledger and triage photographed into docs/.
 * Run after `npx vite build`: `node --import tsx test/e2e/docs-screenshots.ts` (not a test: it writes docs/).
 */
import type { Browser, Page } from 'playwright-core';
import { as, issueKey, launchBrowser, signIn, startDeskServer, walkIncident } from './desk.ts';
import { replayWave } from './wave.ts';

const META_SECRET = 'docs-meta-secret';
const server = await startDeskServer({ META_APP_SECRET: META_SECRET });
const browser: Browser = await launchBrowser();
try {
  const anna = await issueKey(server, 'manager', 'Anna (PR)');
  const marek = await issueKey(server, 'manager', 'Marek (szef obsługi)');
  const feed = await issueKey(server, 'integration', 'Nasłuch mediów');
  const open = async (playbookId: string, title: string, severity: string) =>
    (await as(server, anna.key, 'POST', '/v1/incidents', { playbookId, title, severity })).json.id as string;
  const complain = (incidentId: string, n: number, source: string, text: (i: number) => string) =>
    as(server, feed.key, 'POST', '/v1/complaints/batch', {
      items: Array.from({ length: n }, (_, i) => ({
        source,
        externalId: `${incidentId}-${source}-${i}`,
        author: ['Kasia W.', 'Tomek', 'Ola_z_Gdańska', 'Marcin P.', 'Ewa', 'Paweł K.'][i % 6],
        text: text(i),
        incidentId,
      })),
    });

  const social = await open('social-media-backlash', 'Ukryte komentarze pod postem o cenach', 'critical');
  await complain(
    social,
    14,
    'facebook',
    (i) => `Znowu usunęliście mój komentarz o podwyżce (${i}). To cenzura.`,
  );
  await complain(social, 6, 'instagram', (i) => `Dlaczego ukrywacie krytykę pod postem? (${i})`);
  await as(server, anna.key, 'POST', `/v1/incidents/${social}/statements`, {
    stage: 'apologise',
    text: 'Przepraszamy: w weekend ukryliśmy krytyczne komentarze pod naszymi postami i to był błąd. Każdy z nich jest już z powrotem widoczny, a krytyka ma tu swoje miejsce.',
    channels: ['facebook', 'instagram'],
  });
  await as(server, anna.key, 'POST', `/v1/incidents/${social}/compensations`, {
    kind: 'voucher',
    value: '50.00',
    description: 'Bon na kolejne zakupy za ukryty komentarz',
  });
  const accepted = await as(server, anna.key, 'POST', `/v1/incidents/${social}/compensations`, {
    kind: 'free_shipping',
    value: '15.00',
    description: 'Darmowa dostawa dla najdłużej czekającej',
  });
  await as(server, anna.key, 'POST', `/v1/compensations/${accepted.json.id}/status`, { status: 'accepted' });
  await as(server, anna.key, 'POST', `/v1/incidents/${social}/commitments`, {
    description: 'Opublikujemy zasady moderacji na naszym profilu',
    owner: 'Zespół social media',
    dueAt: '2030-02-01',
  });

  const parcels = await open('delivery-delay', 'Paczki stoją w sortowni kuriera', 'high');
  await complain(
    parcels,
    9,
    'email',
    (i) => `Moja paczka nr ${4410 + i} spóźnia się tydzień i nikt nie odpowiada.`,
  );
  await walkIncident(server, anna.key, parcels, ['apologise'], 0);
  const kettles = await open('defective-product', 'Pękające pokrywki czajników', 'medium');
  await complain(kettles, 4, 'review', (i) => `Pokrywka pękła po ${i + 2} dniach używania.`);
  const returns = await open('delivery-delay', 'Zwroty po wyprzedaży bez przelewu', 'low');
  await walkIncident(
    server,
    anna.key,
    returns,
    ['apologise', 'admit', 'counteract', 'improve', 'compensate'],
    1,
  );
  await complain(returns, 3, 'email', (i) => `Zwrot z ${i + 1} grudnia wciąż nie wrócił na konto.`);
  await open('payment-or-data-incident', 'Podwójne obciążenia kart przy płatności', 'critical');

  // Triage: complaints no incident took yet, matching no playbook (so the wave below never takes them).
  const waiting = [
    (i: number) => `Pani przy kasie w sklepie w Gdyni była niemiła i nie wydała paragonu (${i}).`,
    (i: number) => `Aplikacja wylogowuje mnie co chwilę i każe wpisywać kod od nowa. Zgłoszenie ${i}.`,
    (i: number) => `Gazetka obiecywała rabat na kawę, a przy kasie cena była pełna. Paragon ${i}.`,
    (i: number) => `Na parkingu przed sklepem nie ma miejsc, ochrona każe odjeżdżać (${i}).`,
  ];
  await as(server, feed.key, 'POST', '/v1/complaints/batch', {
    items: Array.from({ length: 36 }, (_, i) => ({
      source: ['facebook', 'email', 'review', 'other', 'instagram', 'chat'][i % 6],
      externalId: `triage-${i}`,
      author: ['Kasia W.', 'Tomek', 'Ola_z_Gdańska', 'Marcin P.', 'Ewa', 'Paweł K.'][i % 6],
      text: waiting[i % 4]!(i + 1),
      occurredAt: new Date(Date.now() - (i + 1) * 7 * 60_000).toISOString(),
    })),
  });

  const shoot = async (page: Page, name: string, fullPage = false) =>
    page.screenshot({ path: `docs/${name}.png`, fullPage });
  for (const [width, height, suffix] of [
    [1280, 800, ''],
    [390, 844, '-phone'],
  ] as const) {
    const { page, context } = await signIn(browser, server, marek.key, { width, height }, undefined, 'pl-PL');
    await page.locator(`[data-incident-id="${social}"]`).waitFor();
    await page.locator('section.board [data-link="live"]').waitFor();
    await shoot(page, `desk-board${suffix}`);
    await page.locator(`[data-incident-id="${social}"] a`).click();
    await page.locator('[data-verified="true"]').waitFor({ state: 'attached' });
    await page.waitForTimeout(1500);
    await shoot(page, `desk-workspace${suffix}`);
    if (!suffix) {
      // The ledger and the commitments under it, as one picture of the page.
      const top = await page.getByRole('region', { name: 'Rejestr rekompensat' }).boundingBox();
      const end = await page.getByRole('region', { name: /Zobowiązania publiczne/ }).boundingBox();
      const scrolled = await page.evaluate(() => window.scrollY);
      if (top && end) {
        const y = top.y + scrolled - 8;
        const clip = {
          x: top.x - 8,
          y,
          width: top.width + 16,
          height: end.y + scrolled + end.height + 8 - y,
        };
        await page.screenshot({ path: 'docs/desk-ledger.png', fullPage: true, clip });
      }
    } else {
      await page
        .getByRole('navigation', { name: 'Części incydentu' })
        .getByRole('button', { name: 'Rekompensaty' })
        .click();
      await shoot(page, 'desk-ledger-phone');
    }
    await page.getByRole('link', { name: 'Segregacja' }).click();
    await page.locator('.triage li[data-complaint-id]').nth(2).waitFor();
    for (const n of [0, 2]) await page.locator('.triage li[data-complaint-id] input').nth(n).check();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot(page, `desk-triage${suffix}`);
    await context.close();
  }

  // A real wave: 320 comments through the batch API and Meta, one answered in public, then in private.
  await replayWave(server.url, { integrationKey: feed.key, metaSecret: META_SECRET, count: 320 });
  const incidents = (await as(server, anna.key, 'GET', '/v1/incidents?limit=200')).json.items;
  const wave = incidents.find((i: { playbookId: string }) => i.playbookId === 'lost-or-damaged-order')
    .id as string;
  const found = await as(server, anna.key, 'GET', `/v1/incidents/${wave}/complaints?q=ZAM-2026101`);
  const answered = found.json.items[0].id as string;
  await as(server, anna.key, 'POST', `/v1/complaints/${answered}/replies`, {
    channel: 'instagram',
    visibility: 'public',
    text: 'Bardzo przepraszamy za paczkę ZAM-2026101: szukamy jej z kurierem i napiszemy jeszcze dziś.',
  });
  await as(server, anna.key, 'POST', `/v1/complaints/${answered}/move-private`, {
    channel: 'email',
    note: 'Potrzebny adres dostawy: piszemy e-mailem.',
  });
  await as(server, anna.key, 'POST', `/v1/complaints/${answered}/replies`, {
    channel: 'email',
    visibility: 'private',
    text: 'Napisaliśmy do Pani e-mail z prośbą o adres dostawy.',
  });
  for (const [width, height, suffix] of [
    [1280, 900, ''],
    [390, 844, '-phone'],
  ] as const) {
    const { page, context } = await signIn(browser, server, marek.key, { width, height }, undefined, 'pl-PL');
    await page.goto(`${server.url}/incidents/${wave}`);
    const list = page.locator('section[aria-labelledby="complaints-h"]');
    await list.locator('li.complaint').first().waitFor({ state: 'attached' });
    if (suffix) await page.locator('nav.section-menu button[data-section="complaints"]').click();
    if (suffix) await list.locator('details.more-filters summary').click();
    await list.getByLabel('Grupuj według postu').check();
    await list.getByRole('searchbox').fill(suffix ? 'ZAM-20261' : 'ZAM-2026101');
    await page.waitForTimeout(2000);
    await list.evaluate((el) => el.scrollIntoView());
    await shoot(page, `desk-complaints${suffix}`);
    await context.close();
  }
} finally {
  await browser.close();
  server.child.kill('SIGTERM');
}
