import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, issueKey } from '../../helpers/keys.ts';
import { runFixedScenario, scenarioApp } from './report-scenario.ts';

const FIXTURE = 'test/fixtures/report.example.md';
let s: Awaited<ReturnType<typeof scenarioApp>>;
let id: string;

beforeAll(async () => {
  s = await scenarioApp();
  id = await runFixedScenario(s);
});
afterAll(async () => {
  await s.t.close();
});

const report = (accept?: string, headers: Record<string, string> = {}) =>
  s.t.app.inject({
    method: 'GET',
    url: `/v1/incidents/${id}/report`,
    headers: { ...(accept ? { accept } : {}), ...headers },
  });

/** The two values no fixed clock fixes: the incident's random id and the playbook's content hash. */
function normalised(markdown: string, version: string): string {
  return markdown.replaceAll(id, '<incident-id>').replaceAll(version.slice(0, 12), '<version>');
}

describe('GET /v1/incidents/{id}/report', () => {
  it('should report stages against deadlines, pauses, complaints, first replies and the chain as JSON', async () => {
    const res = await report();
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const body = res.json();
    expect(body.stages.map((st: any) => [st.stage, st.status, st.breached, st.pausedMs])).toEqual([
      ['apologise', 'met', false, 0],
      ['admit', 'breached', true, 2 * 3_600_000],
      ['counteract', 'met', false, 0],
      ['improve', 'pending', false, 0],
    ]);
    expect(body.complaints).toEqual({
      total: 4,
      byChannel: { email: 1, facebook: 2, x: 1 },
      byHour: [
        { hour: '2026-03-02T09:00:00.000Z', count: 3 },
        { hour: '2026-03-02T10:00:00.000Z', count: 1 },
      ],
      answered: 3,
      // 25 min (fb-1), 80 min (x-1), 575 min (mail-1): the median is the middle one, p90 the last.
      firstReply: { medianMs: 80 * 60_000, p90Ms: 575 * 60_000, breached: 1 },
    });
    expect(body.statements.map((st: any) => [st.stage, st.status])).toEqual([
      ['apologise', 'published'],
      ['admit', 'published'],
    ]);
    const ledger = await s.t.app.inject({ method: 'GET', url: `/v1/incidents/${id}/compensations` });
    expect(body.compensation).toEqual({
      offered: '50.00',
      accepted: '20.00',
      fulfilled: '0.00',
      currency: 'PLN',
    });
    expect(body.compensation).toEqual(ledger.json().totals);
    expect(body.commitments).toEqual([
      {
        id: expect.any(String),
        description: 'A flood plan for every warehouse',
        owner: 'Operations',
        // A plain date is the end of that day in the playbook's zone (the fixture playbook's is UTC).
        dueAt: '2026-03-31T23:59:59.999Z',
        status: 'open',
      },
    ]);
    const verify = await s.t.app.inject({ method: 'GET', url: `/v1/incidents/${id}/audit/verify` });
    expect(body.audit).toEqual(verify.json());
    expect(body.audit.valid).toBe(true);
  });

  it('should render the same report as the committed Markdown example', async () => {
    const res = await report('text/markdown');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/markdown; charset=utf-8');
    const version = (await report()).json().incident.playbookVersion as string;
    const markdown = normalised(res.body, version);
    // UPDATE_FIXTURES=1 writes the example again from this scenario (then read it before committing).
    if (process.env.UPDATE_FIXTURES === '1') writeFileSync(FIXTURE, markdown);
    expect(markdown).toBe(readFileSync(FIXTURE, 'utf8'));
  });

  it('should answer 406 with a problem naming what it offers when neither JSON nor Markdown is acceptable', async () => {
    const res = await report('application/xml');
    expect(res.statusCode).toBe(406);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json().detail).toContain('application/json, text/markdown');
  });

  it('should let a dashboard key read the report in both formats', async () => {
    const dashboard = await issueKey(s.t, 'dashboard');
    expect((await report(undefined, bearer(dashboard.key))).statusCode).toBe(200);
    expect((await report('text/markdown', bearer(dashboard.key))).statusCode).toBe(200);
  });

  it('should answer 404 for an unknown incident', async () => {
    const res = await s.t.app.inject({
      method: 'GET',
      url: '/v1/incidents/00000000-0000-4000-8000-000000000000/report',
    });
    expect(res.statusCode).toBe(404);
  });
});
