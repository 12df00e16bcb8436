import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../helpers/test-app.ts';

let t: TestApp;
let id: string;
beforeAll(async () => {
  t = await buildTestApp();
  const res = await t.app.inject({
    method: 'POST',
    url: '/v1/incidents',
    payload: { playbookId: 'delivery-delay', title: 'Late parcels', severity: 'medium' },
  });
  id = res.json().id;
});
afterAll(async () => {
  await t.close();
});

const problemOf = (
  res: { statusCode: number; headers: Record<string, unknown>; json(): any },
  status: number,
) => {
  expect(res.statusCode).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  return res.json();
};

describe('incidents refuse bad input with problem documents', () => {
  it('should answer 404 for an unknown incident id', async () => {
    const res = await t.app.inject({ url: '/v1/incidents/00000000-0000-4000-8000-000000000000' });
    expect(problemOf(res, 404).detail).toContain('00000000-0000-4000-8000-000000000000');
  });

  it('should answer 400 for a malformed incident id, naming the parameter', async () => {
    const body = problemOf(await t.app.inject({ url: '/v1/incidents/not-a-uuid' }), 400);
    expect(body.errors[0].field).toBe('params.id');
  });

  it('should answer 422 for an unknown playbook', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/incidents',
      payload: { playbookId: 'no-such-playbook', title: 'x', severity: 'low' },
    });
    expect(problemOf(res, 422).errors[0].field).toBe('body.playbookId');
  });

  it('should answer 400 listing each invalid field of a new incident', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/incidents',
      payload: { title: '', severity: 'apocalyptic' },
    });
    const fields = problemOf(res, 400).errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['body.playbookId', 'body.severity', 'body.title']));
  });

  it('should refuse fields a client may not set (id, version, state) with 400', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/incidents',
      payload: { playbookId: 'delivery-delay', title: 'x', severity: 'low', state: 'closed', version: 99 },
    });
    expect(problemOf(res, 400).detail).toMatch(/state|version/);
  });

  it('should answer 409 listing allowedEvents when the event is not accepted now', async () => {
    const body = problemOf(
      await t.app.inject({
        method: 'POST',
        url: `/v1/incidents/${id}/transitions`,
        payload: { event: 'close' },
      }),
      409,
    );
    expect(body.allowedEvents).toEqual(expect.arrayContaining(['apologise', 'dismiss']));
  });

  it('should answer 422 listing each failing evidence field', async () => {
    const body = problemOf(
      await t.app.inject({
        method: 'POST',
        url: `/v1/incidents/${id}/transitions`,
        payload: { event: 'apologise', evidence: { statement: 'It was your fault for ordering late.' } },
      }),
      422,
    );
    const fields = body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['evidence.channels', 'evidence.statement']));
    expect(body.errors.map((e: { rule: string }) => e.rule)).toEqual(expect.arrayContaining(['blame']));
  });

  it('should answer 422 naming an unknown evidence field and the one it meant, leaving the incident as it was', async () => {
    const before = (await t.app.inject({ url: `/v1/incidents/${id}` })).json();
    const body = problemOf(
      await t.app.inject({
        method: 'POST',
        url: `/v1/incidents/${id}/transitions`,
        payload: {
          event: 'apologise',
          evidence: {
            statement: 'We are sorry that your parcels are late; we are sending them by courier today.',
            channel: ['facebook'],
          },
        },
      }),
      422,
    );
    expect(body.errors).toEqual(
      expect.arrayContaining([
        {
          field: 'evidence.channel',
          rule: 'unknown_field',
          code: 'unknown_field',
          params: { key: 'channel', nearest: 'channels' },
          message: 'Unknown field "channel": did you mean "channels"?',
        },
      ]),
    );
    expect(body.detail).toContain('did you mean "channels"?');
    expect((await t.app.inject({ url: `/v1/incidents/${id}` })).json()).toEqual(before);
  });

  it('should answer 412 for a stale If-Match and 400 for a malformed one', async () => {
    const stale = await t.app.inject({
      method: 'POST',
      url: `/v1/incidents/${id}/transitions`,
      headers: { 'if-match': '"7"' },
      payload: { event: 'dismiss', evidence: { reason: 'test' } },
    });
    expect(problemOf(stale, 412).currentVersion).toBe(1);
    const malformed = await t.app.inject({
      method: 'POST',
      url: `/v1/incidents/${id}/transitions`,
      headers: { 'if-match': 'yesterday' },
      payload: { event: 'dismiss', evidence: { reason: 'test' } },
    });
    problemOf(malformed, 400);
  });

  it('should answer 422 for NUL characters instead of failing in the database', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/v1/incidents/${id}/transitions`,
      payload: { event: 'dismiss', evidence: { reason: 'bad\u0000byte' } },
    });
    expect(problemOf(res, 422).errors[0].field).toBe('body.evidence.reason');
  });

  it('should answer 405 to DELETE on incidents and audit entries, leaving them in place', async () => {
    for (const url of [`/v1/incidents/${id}`, `/v1/incidents/${id}/audit`]) {
      const res = await t.app.inject({ method: 'DELETE', url });
      expect(problemOf(res, 405).status).toBe(405);
      expect(res.headers.allow).toContain('GET');
    }
    expect((await t.app.inject({ url: `/v1/incidents/${id}` })).statusCode).toBe(200);
  });

  it('should answer 400 for an unknown query parameter value and 422 for a forged cursor', async () => {
    problemOf(await t.app.inject({ url: '/v1/incidents?state=exploded' }), 400);
    problemOf(await t.app.inject({ url: '/v1/incidents?cursor=bm90LWEtY3Vyc29y' }), 422);
  });

  it('should leave the incident unchanged by every refused request', async () => {
    const res = (await t.app.inject({ url: `/v1/incidents/${id}` })).json();
    expect(res).toMatchObject({ version: 1, state: 'apologise' });
    const audit = (await t.app.inject({ url: `/v1/incidents/${id}/audit` })).json();
    expect(audit.items).toHaveLength(1);
  });
});
