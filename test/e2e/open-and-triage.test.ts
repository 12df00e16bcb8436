import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerProcess } from '../helpers/server-process.ts';
import { as, axeViolations, issueKey, type Key, launchBrowser, signIn, startDeskServer } from './desk.ts';

let server: ServerProcess;
let browser: Browser;
let keys: Record<'manager' | 'integration', Key>;
let page: Page;
let problems: string[] = [];
let incidentId = '';
const TITLE = 'Checkout page charges twice';

beforeAll(async () => {
  [server, browser] = await Promise.all([startDeskServer(), launchBrowser()]);
  keys = {
    manager: await issueKey(server, 'manager', 'Ola (customer care)'),
    integration: await issueKey(server, 'integration', 'Helpdesk'),
  };
  ({ page, problems } = await signIn(browser, server, keys.manager.key));
  await page.getByRole('region', { name: 'Board' }).waitFor();
});
afterAll(async () => {
  await browser?.close();
  server?.child.kill('SIGTERM');
});

describe('opening an incident from the board', () => {
  it('should open one with the keyboard alone and land on its workspace, then show its card', async () => {
    await page.getByRole('button', { name: 'Open an incident' }).focus();
    await page.keyboard.press('Enter');
    const form = page.getByRole('form', { name: 'Open an incident' });
    await form.waitFor();
    // Focus moved into the form: the keyboard goes on from its first field.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('playbookId');
    await form
      .locator('select[name="playbookId"] option[value="delivery-delay"]')
      .waitFor({ state: 'attached' });
    expect(await axeViolations(page)).toEqual([]);
    await form.getByLabel('Playbook').selectOption('delivery-delay');
    await page.keyboard.press('Tab');
    await page.keyboard.type(TITLE);
    await page.keyboard.press('Tab');
    await form.getByLabel('Severity').selectOption('high');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    const workspace = page.locator('article.workspace[data-state="apologise"]');
    await workspace.waitFor({ timeout: 10_000 });
    incidentId = (await workspace.getAttribute('data-incident-id')) ?? '';
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(TITLE);
    expect(page.url()).toBe(`${server.url}/incidents/${incidentId}`);
    const stored = await as(server, keys.manager.key, 'GET', `/v1/incidents/${incidentId}`);
    expect(stored.json).toMatchObject({ playbookId: 'delivery-delay', title: TITLE, severity: 'high' });

    await page.getByRole('link', { name: '← Board' }).click();
    const card = page.locator(`[data-column="apologise"] [data-incident-id="${incidentId}"]`);
    await card.waitFor();
    expect(await card.locator('.sev').textContent()).toBe('high');
  });

  it('should close the form with Escape and give the focus back to its button', async () => {
    await page.getByRole('button', { name: 'Open an incident' }).click();
    await page.getByRole('form', { name: 'Open an incident' }).getByLabel('Title').focus();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Open an incident' }).waitFor();
    // Focus is given back in the render's own task; a short wait still rules out a slow frame.
    await page.waitForFunction(() => document.activeElement?.textContent === 'Open an incident', null, {
      timeout: 2000,
    });
  });
});

describe('the triage queue', () => {
  it('should list an unattached complaint, attach it from the queue, and show it on the incident', async () => {
    const posted = await as(server, keys.integration.key, 'POST', '/v1/complaints', {
      source: 'email',
      externalId: 'helpdesk-4711',
      author: 'Jan K.',
      text: 'Hello, I paid for one order and my card statement shows the amount twice.',
    });
    expect(posted.status).toBe(201);
    expect(posted.json.incidentId).toBeNull();
    const complaintId: string = posted.json.id;

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Triage' }).click();
    const item = page.locator(`.triage li[data-complaint-id="${complaintId}"]`);
    await item.waitFor();
    expect(await item.locator('blockquote').textContent()).toContain('statement shows the amount twice');
    expect(await axeViolations(page)).toEqual([]);

    // With the keyboard: tick the complaint, choose the incident, then Tab to Attach and press Enter.
    await item.getByRole('checkbox').focus();
    await page.keyboard.press('Space');
    const form = page.getByRole('form', { name: 'Attach to an incident' });
    expect(await form.getByLabel('The selected complaint (1)').isChecked()).toBe(true);
    await form.getByLabel('Incident', { exact: true }).selectOption(incidentId);
    await form.getByLabel('Incident', { exact: true }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText(`1 complaint attached to the incident “${TITLE}”.`).waitFor();
    await item.waitFor({ state: 'detached' });

    const stored = await as(server, keys.manager.key, 'GET', `/v1/complaints/${complaintId}`);
    expect(stored.json.incidentId).toBe(incidentId);

    await page.goto(`${server.url}/incidents/${incidentId}`);
    const listed = page.locator(`article.workspace [data-complaint-id="${complaintId}"]`);
    await listed.waitFor({ timeout: 10_000 });
    expect(await listed.textContent()).toContain('statement shows the amount twice');
    expect(problems).toEqual([]);
  });
});
