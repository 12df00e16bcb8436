import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
    expect(await page.locator('textarea, input[type="checkbox"]').count()).toBe(0);
    expect(
      await page.getByRole('button', { name: /Approve|Reject|Reply|Create statement|Complete/ }).count(),
    ).toBe(0);
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
