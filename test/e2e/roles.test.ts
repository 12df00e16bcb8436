import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPLAINT_CSV_COLUMNS } from '../../src/http/complaints-csv.ts';
import type { ServerProcess } from '../helpers/server-process.ts';
import { as, issueKey, type Key, launchBrowser, signIn, startDeskServer } from './desk.ts';

let server: ServerProcess;
let browser: Browser;
let keys: Record<'manager' | 'dashboard' | 'integration', Key>;
let incidentId: string;

beforeAll(async () => {
  [server, browser] = await Promise.all([startDeskServer(), launchBrowser()]);
  keys = {
    manager: await issueKey(server, 'manager', 'Anna (PR)'),
    dashboard: await issueKey(server, 'dashboard', 'Wall screen'),
    integration: await issueKey(server, 'integration', 'Helpdesk sync'),
  };
  const opened = await as(server, keys.manager.key, 'POST', '/v1/incidents', {
    playbookId: 'delivery-delay',
    title: 'Courier backlog',
    severity: 'high',
  });
  incidentId = opened.json.id;
  // Something in each panel: a complaint, an offered compensation, an open commitment.
  const complaint = await as(server, keys.integration.key, 'POST', '/v1/complaints', {
    source: 'email',
    externalId: 'mail-1',
    author: 'Kasia',
    text: 'My parcel is a week late and nobody answers.',
    incidentId,
  });
  expect(complaint.status).toBe(201);
  const offered = await as(server, keys.manager.key, 'POST', `/v1/incidents/${incidentId}/compensations`, {
    kind: 'voucher',
    value: '20.00',
    description: 'Voucher for the late parcel',
    complaintId: complaint.json.id,
  });
  expect(offered.status).toBe(201);
  const promised = await as(server, keys.manager.key, 'POST', `/v1/incidents/${incidentId}/commitments`, {
    description: 'Tracking link in every confirmation',
    owner: 'Logistics',
    dueAt: '2030-03-01',
  });
  expect(promised.status).toBe(201);
});
afterAll(async () => {
  await browser?.close();
  server?.child.kill('SIGTERM');
});

describe('what each role sees', () => {
  it('should ask for an API key first and keep it in sessionStorage, never in the URL', async () => {
    const { page, context } = await signIn(browser, server, keys.manager.key);
    await page.locator(`[data-incident-id="${incidentId}"]`).waitFor();
    expect(page.url()).not.toContain(keys.manager.key);
    expect(await page.evaluate(() => sessionStorage.getItem('fivep.apiKey'))).toBe(keys.manager.key);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await expect(page.getByRole('button', { name: 'Open an incident' }).count()).resolves.toBe(1);
    await context.close();
  });

  it('should show a dashboard key the board and the workspace without a single write control', async () => {
    const { page, context, problems } = await signIn(browser, server, keys.dashboard.key);
    await page.locator(`[data-incident-id="${incidentId}"]`).waitFor();
    expect(await page.locator('[data-role="dashboard"]').textContent()).toContain('read only');
    expect(await page.getByRole('button', { name: 'Open an incident' }).count()).toBe(0);
    await page.locator(`[data-incident-id="${incidentId}"] a`).click();
    await page.locator('article.workspace').waitFor();
    await page.getByRole('heading', { name: /Guidance/ }).waitFor();
    // Reading works (guidance, complaints, timeline); no form that changes anything is offered.
    expect(await page.locator('article.workspace form').count()).toBe(0);
    // (The complaint list's own filters, grouping by post among them, only choose what to read.)
    expect(
      await page.locator('textarea, input[type="checkbox"]:not(search.list-filters input)').count(),
    ).toBe(0);
    expect(await page.locator('search.list-filters input[type="search"]').count()).toBe(1);
    expect(
      await page
        .getByRole('button', { name: /Approve|Reject|Reply|Move to|Create statement|Complete/ })
        .count(),
    ).toBe(0);
    // The ledger, the commitments and the downloads are there to read, with no control that writes.
    const ledger = page.getByRole('region', { name: 'Compensation ledger' });
    await ledger.locator('li[data-status="offered"]').waitFor();
    expect(await ledger.locator('[data-total="offered"] dd').textContent()).toBe('PLN\u00a020.00');
    const commitments = page.getByRole('region', { name: /Public commitments/ });
    await commitments.locator('li[data-status="open"]').waitFor();
    for (const panel of [ledger, commitments]) {
      expect(await panel.locator('button, input, select, textarea, form').count()).toBe(0);
    }
    expect(
      await page.getByRole('button', { name: /^(Offer|Add commitment|Mark |Cancel|Approve)/ }).count(),
    ).toBe(0);
    const downloads = page.getByRole('region', { name: 'Report and CSV' });
    expect(await downloads.getByRole('button').allTextContents()).toEqual([
      'Report (Markdown)',
      'Report (JSON)',
      'Complaints (CSV)',
    ]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('should save the complaints as a CSV file whose first line is the header, the key never in a URL', async () => {
    const { page, context, problems } = await signIn(browser, server, keys.dashboard.key);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.locator(`[data-incident-id="${incidentId}"] a`).click();
    const downloads = page.getByRole('region', { name: 'Report and CSV' });
    await downloads.waitFor();
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      downloads.getByRole('button', { name: 'Complaints (CSV)' }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe(`complaints-${incidentId}.csv`);
    const text = readFileSync(await csv.path(), 'utf8');
    // A UTF-8 byte-order mark first (v1.2: spreadsheets read Polish letters right), then the header.
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.slice(1).split(/\r?\n/)[0]).toBe(COMPLAINT_CSV_COLUMNS.join(','));
    expect(text).toContain('My parcel is a week late');
    const [report] = await Promise.all([
      page.waitForEvent('download'),
      downloads.getByRole('button', { name: 'Report (Markdown)' }).click(),
    ]);
    expect(report.suggestedFilename()).toBe(`report-${incidentId}.md`);
    expect(readFileSync(await report.path(), 'utf8')).toMatch(/^# Post-mortem: Courier backlog/);
    await downloads.getByText('Saved: Report (Markdown).').waitFor();
    expect(requests.filter((u) => u.includes(keys.dashboard.key))).toEqual([]);
    // The blob: download ran under the desk's CSP without a violation (they are reported on the console).
    expect(problems).toEqual([]);
    await context.close();
  });

  it('should tell an integration key plainly that it is not for people', async () => {
    const { page, context } = await signIn(browser, server, keys.integration.key);
    const message = page.locator('[data-role-message="integration"]');
    await message.waitFor();
    expect(await message.textContent()).toMatch(/integration key/);
    expect(await page.getByRole('heading', { name: 'This key is not for people' }).count()).toBe(1);
    expect(await page.locator('[data-incident-id]').count()).toBe(0);
    await context.close();
  });

  it('should refuse an unknown key on the sign-in form and ask again', async () => {
    const { page, context } = await signIn(browser, server, 'fivep_manager_not-a-real-key-0000000000');
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/not valid/);
    expect(await page.getByLabel('API key').count()).toBe(1);
    await context.close();
  });
});
