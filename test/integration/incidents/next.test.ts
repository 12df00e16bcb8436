import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Playbook } from '../../../src/domain/playbooks/playbook.schema.ts';
import { buildTestApp, fakeClock, shippedPlaybooks, type TestApp } from '../../helpers/test-app.ts';

const clock = fakeClock('2026-03-02T09:00:00.000Z');
let t: TestApp;
let delivery: Playbook;

beforeAll(async () => {
  t = await buildTestApp({ clock });
  delivery = (await shippedPlaybooks()).find((p) => p.playbook.id === 'delivery-delay')!.playbook;
});
afterAll(async () => {
  await t.close();
});

async function openIncident(): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/v1/incidents',
    payload: { playbookId: 'delivery-delay', title: 'Parcels late after the storm', severity: 'medium' },
  });
  return res.json().id;
}

const next = (id: string, language?: string) =>
  t.app.inject({ url: `/v1/incidents/${id}/next`, headers: language ? { 'accept-language': language } : {} });

describe('GET /v1/incidents/{id}/next', () => {
  it('should give the current stage’s requirements and guidance in the language asked for', async () => {
    const id = await openIncident();
    const pl = await next(id, 'pl-PL, en;q=0.5');
    expect(pl.statusCode).toBe(200);
    expect(pl.headers['content-language']).toBe('pl');
    expect(pl.json().stage).toMatchObject({
      id: 'apologise',
      guidance: { language: 'pl', ...delivery.stages.apologise.guidance.pl },
    });
    expect(pl.json().stage.requires).toEqual(
      expect.arrayContaining([
        { field: 'statement', source: 'contract' },
        { field: 'channels', source: 'contract' },
      ]),
    );
    const other = await next(id, 'fr, de;q=0.8');
    expect(other.json().stage.guidance.language).toBe(delivery.languages[0]);
    expect((await next(id)).json().stage.guidance.language).toBe(delivery.languages[0]);
  });

  it('should list unanswered complaints soonest due first, flag the overdue, and drop the answered', async () => {
    const id = await openIncident();
    const ids: string[] = [];
    for (const source of ['facebook', 'instagram', 'email']) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/v1/complaints',
        payload: { source, externalId: `next-${source}-${id}`, text: 'Where is my parcel?', incidentId: id },
      });
      ids.push(res.json().id);
      clock.advance(60_000);
    }
    const tasks = (await next(id)).json().tasks;
    expect(tasks.map((task: { id: string }) => task.id)).toEqual(ids);
    expect(
      tasks.every((task: { kind: string; overdue: boolean }) => task.kind === 'reply' && !task.overdue),
    ).toBe(true);
    await t.app.inject({
      method: 'POST',
      url: `/v1/complaints/${ids[0]}/replies`,
      payload: { channel: 'facebook', visibility: 'public', text: 'We are sorry, your parcel leaves today.' },
    });
    clock.advance(7 * 24 * 3_600_000);
    const later = (await next(id)).json().tasks;
    expect(later.map((task: { id: string }) => task.id)).toEqual(ids.slice(1));
    expect(later.every((task: { overdue: boolean }) => task.overdue)).toBe(true);
  });

  it('should answer 404 for an unknown incident as a problem document', async () => {
    const res = await next('00000000-0000-4000-8000-000000000000');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
