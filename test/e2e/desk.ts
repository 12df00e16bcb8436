import { mkdirSync, readFileSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { auth, type ServerProcess, startServer } from '../helpers/server-process.ts';

/** Debian's chromium, never a downloaded one; the flags keep it off a closed network. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The engine as `npm start` runs it, on the embedded database, serving the desk built by global-setup. */
export function startDeskServer(env: Record<string, string> = {}): Promise<ServerProcess> {
  return startServer({ PGLITE_DIR: 'memory://', WEB_DIR: 'dist/web', ...env });
}

export interface Key {
  id: string;
  key: string;
  name: string;
  role: string;
}

export async function issueKey(server: ServerProcess, role: string, name: string): Promise<Key> {
  const res = await fetch(`${server.url}/v1/api-keys`, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({ name, role }),
  });
  if (res.status !== 201) throw new Error(`key: ${res.status} ${await res.text()}`);
  return (await res.json()) as Key;
}

/** A JSON call with a given key. */
export async function as(
  server: ServerProcess,
  key: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: any }> {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : null };
}

/**
 * A fresh tab signed in with `key` through the sign-in form, on the board. `prepare` runs on the new
 * context before the first navigation (e.g. to route a request). The browser's language is `locale`
 * (the desk follows it): tests that read English labels pin en-US.
 */
export async function signIn(
  browser: Browser,
  server: ServerProcess,
  key: string,
  viewport = { width: 1280, height: 800 },
  prepare?: (context: BrowserContext) => Promise<void>,
  locale = 'en-US',
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport, locale });
  await prepare?.(context);
  const page = await context.newPage();
  // CSP violations and script errors fail the tests that read `problems`.
  const problems: string[] = [];
  page.on('console', (m) => {
    // The stream's 404 is expected until GET /v1/stream exists: the desk then polls.
    if (m.type() === 'error' && !m.location().url.endsWith('/v1/stream')) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto(`${server.url}/`);
  // By id and type, not by label: the form is in the browser's language.
  await page.locator('#api-key').fill(key);
  await page.locator('main.signin button[type="submit"]').click();
  return { context, page, problems };
}

const SHOTS = 'test/e2e/screenshots';
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/**
 * axe-core in the page: the serious and critical violations. The desk's CSP refuses inline scripts, so
 * `addScriptTag` is blocked (as it should be); the file is evaluated through the debugging protocol
 * instead, which CSP does not govern.
 */
export async function axeViolations(page: Page): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  return page.evaluate(async () => {
    const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return (result.violations as { id: string; impact: string; nodes: { target: string[] }[] }[])
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

/**
 * What a person sees and hears on the page: every visible text, and the aria-label, title and placeholder
 * of visible elements (and the options of visible selects), except inside the `skip` selectors.
 */
export function screenTexts(page: Page, skip: string[] = []): Promise<string[]> {
  return page.evaluate((skip) => {
    const skipped = (el: Element) => skip.some((s) => el.closest(s) !== null);
    const seen = (el: Element) => !skipped(el) && el.checkVisibility({ visibilityProperty: true });
    const out: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim();
      if (text && n.parentElement && seen(n.parentElement)) out.push(text);
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if (!seen(el)) continue;
      for (const a of ['aria-label', 'title', 'placeholder']) {
        const v = el.getAttribute(a);
        if (v) out.push(v);
      }
    }
    for (const select of document.querySelectorAll('select')) {
      if (seen(select)) for (const o of select.options) out.push(o.text.trim());
    }
    return out;
  }, skip);
}

/** Apologies and admissions different enough that the engine's canned-text rule takes each as new. */
const APOLOGIES = [
  'Przepraszamy: Wasze paczki utknęły w sortowni kuriera i nie uprzedziliśmy Was o tym na czas. To nasz błąd.',
  'Bardzo przepraszamy wszystkich, którzy czekają na zamówienia z weekendowej promocji: obiecaliśmy dostawę w dwa dni i nie dotrzymaliśmy słowa.',
  'Przepraszamy klientów z Pomorza, których przesyłki od tygodnia krążą między magazynami; powinniście byli dowiedzieć się o tym od nas, nie z forum.',
];
const ADMISSIONS = [
  'Popełniliśmy błąd: przenieśliśmy wysyłki do nowego magazynu w środku wyprzedaży i nie sprawdziliśmy, czy kurier nadąży.',
  'To my zawiedliśmy: zamówiliśmy u przewoźnika zbyt mało samochodów na promocję i przez trzy dni paczki nie opuszczały hali, choć wiedzieliśmy o tym od poniedziałku.',
  'Źle ustawiliśmy trasę w systemie magazynowym: paczki na północ trafiały na rampę do Krakowa i wracały. Zauważyliśmy to dopiero po skargach.',
];

/**
 * A delivery-delay incident (high: no approval needed) moved through `stages` by the API with evidence
 * each stage accepts; `variant` picks texts the canned-text rule takes as new (one per incident).
 */
export async function walkIncident(
  server: ServerProcess,
  key: string,
  id: string,
  stages: string[],
  variant: number,
): Promise<void> {
  const evidence: Record<string, Record<string, unknown>> = {
    apologise: { statement: APOLOGIES[variant], channels: ['email'] },
    admit: {
      statement: ADMISSIONS[variant],
      cause: 'Przeprowadzka magazynu w trakcie wyprzedaży.',
      affectedOrders: ['#1001-#1400'],
    },
    counteract: {
      actions: [{ description: 'Dodatkowy odbiór dwa razy dziennie', owner: 'Logistyka' }],
      courierTicket: 'KUR-4711',
    },
    improve: {
      changes: [
        { description: 'Bez przeprowadzek magazynu w wyprzedaży', owner: 'Operacje', dueAt: '2030-03-01' },
      ],
      customerFeedbackSummary:
        'Klienci chcieli wiedzieć wcześniej, że paczka się spóźni, i dostać numer śledzenia.',
    },
    compensate: {
      offer: { kind: 'free_shipping', description: 'Darmowa dostawa przy następnym zamówieniu' },
    },
  };
  for (const event of stages) {
    const res = await as(server, key, 'POST', `/v1/incidents/${id}/transitions`, {
      event,
      evidence: evidence[event],
    });
    if (res.status !== 200) throw new Error(`${event}: ${res.status} ${JSON.stringify(res.json)}`);
  }
}

export const FIVE_STAGES = ['apologise', 'admit', 'counteract', 'improve', 'compensate'];
