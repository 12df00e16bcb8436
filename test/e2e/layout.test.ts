import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerProcess } from '../helpers/server-process.ts';
import { as, axeViolations, issueKey, type Key, launchBrowser, screenshot, startDeskServer } from './desk.ts';

let server: ServerProcess;
let browser: Browser;
let manager: Key;
let dashboard: Key;
let incidentId: string;

beforeAll(async () => {
  [server, browser] = await Promise.all([startDeskServer(), launchBrowser()]);
  manager = await issueKey(server, 'manager', 'Anna (PR)');
  dashboard = await issueKey(server, 'dashboard', 'Wall screen');
  const opened = await as(server, manager.key, 'POST', '/v1/incidents', {
    playbookId: 'delivery-delay',
    title: 'Courier backlog after the sale',
    severity: 'critical',
  });
  incidentId = opened.json.id;
  await as(server, manager.key, 'POST', '/v1/incidents', {
    playbookId: 'defective-product',
    title: 'Kettle lids crack',
    severity: 'medium',
  });
});
afterAll(async () => {
  await browser?.close();
  server?.child.kill('SIGTERM');
});

describe('the desk on a phone, from the keyboard, and on the wall', () => {
  it('should sign in and open an incident from the keyboard alone at 390×844, without sideways scrolling', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('api-key');
    await page.keyboard.type(manager.key);
    await page.keyboard.press('Enter');
    await page.locator(`[data-incident-id="${incidentId}"]`).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'board-390');
    // Tab until the card's link has focus, then Enter.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const on = await page.evaluate(() =>
        document.activeElement?.closest('[data-incident-id]')?.getAttribute('data-incident-id'),
      );
      if (on === incidentId) break;
    }
    await page.keyboard.press('Enter');
    await page.locator(`article.workspace[data-incident-id="${incidentId}"]`).waitFor();
    await page.getByRole('heading', { name: /Guidance/ }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'workspace-390');
    // One part at a time, chosen in the part menu at the top: the ledger, the commitments, the report and
    // the timeline are a tap away, above the fold, not below every complaint; each fits the column.
    const menu = page.getByRole('navigation', { name: 'Parts of the incident' });
    for (const [part, name] of [
      ['Compensation', 'Compensation ledger'],
      ['Commitments', /Public commitments/],
      ['Report', 'Report and CSV'],
      ['Timeline', /^Timeline/],
    ] as const) {
      const button = menu.getByRole('button', { name: part });
      const at = await button.boundingBox();
      expect(at && at.y + at.height <= 844).toBe(true);
      await button.click();
      const region = page.getByRole('region', { name });
      const box = await region.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 390 && box.y < 844).toBe(true);
      // The complaints are not in the way: hidden while another part is chosen.
      expect(await page.getByRole('region', { name: /^Complaints/ }).count()).toBe(0);
    }
    await menu.getByRole('button', { name: 'Compensation' }).click();
    await page.getByRole('button', { name: 'Offer compensation' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'ledger-390');
    await context.close();
  });

  it('should switch the guidance language (en, pl) with the buttons', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.getByLabel('API key').fill(manager.key);
    await page.getByLabel('API key').press('Enter');
    await page.locator(`[data-incident-id="${incidentId}"] a`).click();
    const guidance = page.locator('section[aria-labelledby="guidance-h"] div[lang]');
    await guidance.waitFor();
    expect(await guidance.getAttribute('lang')).toBe('en');
    // The guidance's own buttons (the header has a switch for the desk's language too): only the
    // languages this playbook is written in (delivery-delay: pl first, then en; no Greek button).
    const buttons = page.getByRole('group', { name: 'Guidance language' });
    expect(await buttons.getByRole('button').allTextContents()).toEqual(['Polski', 'English']);
    await buttons.getByRole('button', { name: 'Polski' }).click();
    await page.locator('section[aria-labelledby="guidance-h"] div[lang="pl"]').waitFor();
    expect(await buttons.getByRole('button', { name: 'Polski' }).getAttribute('aria-pressed')).toBe('true');
    // The desk itself stays in English: the guidance language is the guidance's only.
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await context.close();
  });

  it('should show the wall without controls, in large type, cycling through its filters', async () => {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.getByLabel('API key').fill(dashboard.key);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('[data-incident-id]').first().waitFor();
    await page.clock.install();
    await page.goto(`${server.url}/?wall=1`);
    await page.locator('.board.wall [data-incident-id]').first().waitFor();
    expect(await page.locator('button, select, input, textarea, a[href]').count()).toBe(0);
    const size = await page
      .locator('.card h3')
      .first()
      .evaluate((h) => Number.parseFloat(getComputedStyle(h).fontSize));
    expect(size).toBeGreaterThanOrEqual(20);
    expect(await page.locator('.wall-filter').textContent()).toBe('All open incidents');
    await page.clock.fastForward(16_000);
    await page.locator('.wall-filter', { hasText: 'Breached deadlines' }).waitFor();
    await context.close();
  });
});
