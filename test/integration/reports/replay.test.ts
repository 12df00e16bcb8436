import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playbookVersion } from '../../../src/domain/playbooks/parse-playbook.ts';
import { makePlaybook } from '../../fixtures/playbook.fixture.ts';
import { bearer, issueKey } from '../../helpers/keys.ts';
import { expectCleanReplay } from '../../helpers/replay.ts';
import { buildTestApp } from '../../helpers/test-app.ts';
import { runFixedScenario, scenarioApp, scenarioPlaybook } from './report-scenario.ts';

let s: Awaited<ReturnType<typeof scenarioApp>>;
let id: string;
// The same playbook with a shorter apology (PT1H) and admission (PT3H) at high severity, loaded later.
const stricter = makePlaybook({
  stages: {
    apologise: { deadlines: { ...scenarioPlaybook.stages.apologise.deadlines, high: 'PT1H' } },
    admit: { deadlines: { ...scenarioPlaybook.stages.admit.deadlines, high: 'PT3H' } },
  },
});

// The same playbook asking the admission for a confirmation the stored steps never gave.
const demanding = makePlaybook({
  stages: {
    admit: { requires: [{ field: 'legalReviewed', kind: 'boolean', description: 'Legal reviewed it' }] },
  },
});
const otherPlaybook = makePlaybook({ id: 'other-playbook', title: 'Another playbook' });

beforeAll(async () => {
  s = await scenarioApp();
  id = await runFixedScenario(s);
  // Another deploy stores the stricter version on the same database, as a changed file would.
  const redeploy = await buildTestApp({
    database: s.t.database,
    playbooks: [
      { playbook: stricter, version: playbookVersion(stricter), file: 'test-playbook.yaml' },
      { playbook: demanding, version: playbookVersion(demanding), file: 'test-playbook.yaml' },
      { playbook: otherPlaybook, version: playbookVersion(otherPlaybook), file: 'other.yaml' },
    ],
  });
  await redeploy.app.close();
});
afterAll(async () => {
  await s.t.close();
});

const replay = (playbookVersion: string, headers: Record<string, string> = {}) =>
  s.t.app.inject({
    method: 'POST',
    url: `/v1/incidents/${id}/replay`,
    payload: { playbookVersion },
    headers,
  });

describe('POST /v1/incidents/{id}/replay', () => {
  it('should re-derive the stored incident exactly under its own version, writing nothing', async () => {
    await expectCleanReplay(s.t, id);
    const body = (await replay(playbookVersion(scenarioPlaybook))).json();
    expect(body.states.map((st: any) => [st.action, st.state])).toEqual([
      ['incident.opened', 'apologise'],
      ['incident.apologise', 'admit'],
      ['incident.escalate_legal', 'legal'],
      ['incident.resume', 'admit'],
      ['incident.admit', 'counteract'],
      ['incident.counteract', 'improve'],
    ]);
    expect(body.deadlines.map((d: any) => [d.stage, d.breached, d.wouldBreach])).toEqual([
      ['apologise', false, false],
      ['admit', true, true],
      ['counteract', false, false],
      ['improve', false, false],
    ]);
  });

  it('should name what another stored version would have changed: due times and breaches', async () => {
    const res = await replay(playbookVersion(stricter));
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.complete).toBe(true);
    expect(body.deadlines.slice(0, 2)).toEqual([
      {
        stage: 'apologise',
        startedAt: '2026-03-02T09:00:00.000Z',
        dueAt: '2026-03-02T10:00:00.000Z',
        actualDueAt: '2026-03-02T11:00:00.000Z',
        completedAt: '2026-03-02T10:30:00.000Z',
        wouldBreach: true,
        breached: false,
      },
      {
        stage: 'admit',
        startedAt: '2026-03-02T10:30:00.000Z',
        // 3 h plus the 2 h in legal.
        dueAt: '2026-03-02T15:30:00.000Z',
        actualDueAt: '2026-03-02T18:30:00.000Z',
        completedAt: '2026-03-02T19:00:00.000Z',
        wouldBreach: true,
        breached: true,
      },
    ]);
    expect(body.differences).toEqual([
      'the apologise deadline started 2026-03-02T09:00:00.000Z: dueAt 2026-03-02T10:00:00.000Z replayed, 2026-03-02T11:00:00.000Z stored; breachedAt 2026-03-02T10:00:00.000Z replayed, null stored; status breached replayed, met stored',
      'the admit deadline started 2026-03-02T10:30:00.000Z: dueAt 2026-03-02T15:30:00.000Z replayed, 2026-03-02T18:30:00.000Z stored; breachedAt 2026-03-02T15:30:00.000Z replayed, 2026-03-02T18:30:00.000Z stored',
    ]);
  });

  it('should stop at the first step the version would refuse and say why', async () => {
    const body = (await replay(playbookVersion(demanding))).json();
    expect(body.complete).toBe(false);
    expect(body.states.at(-1)).toMatchObject({ action: 'incident.resume', state: 'admit' });
    expect(body.differences[0]).toMatch(
      /^entry \d+: admit would be refused under this version: evidence\.legalReviewed: /,
    );
    expect(body.differences).toContain(
      'the stored counteract deadline started 2026-03-02T19:00:00.000Z has no replayed counterpart',
    );
    // The deadlines it got to are still compared: the admission's never completes.
    expect(body.deadlines.map((d: any) => d.stage)).toEqual(['apologise', 'admit', 'counteract', 'improve']);
  });

  it('should answer 404 for a version never loaded and for another playbook’s version', async () => {
    expect((await replay('f'.repeat(64))).statusCode).toBe(404);
    // Stored, but a version of another playbook: not one this incident's playbook ever had.
    expect((await replay(playbookVersion(otherPlaybook))).statusCode).toBe(404);
    const res = await s.t.app.inject({
      method: 'POST',
      url: '/v1/incidents/00000000-0000-4000-8000-000000000000/replay',
      payload: { playbookVersion: playbookVersion(scenarioPlaybook) },
    });
    expect(res.statusCode).toBe(404);
  });

  it('should let a manager replay and refuse dashboard and integration keys (dashboards never POST)', async () => {
    const version = playbookVersion(scenarioPlaybook);
    const manager = await issueKey(s.t, 'manager');
    expect((await replay(version, bearer(manager.key))).statusCode).toBe(200);
    for (const role of ['dashboard', 'integration'] as const) {
      const key = await issueKey(s.t, role);
      expect((await replay(version, bearer(key.key))).statusCode, role).toBe(403);
    }
  });

  it('should refuse a body without a version as a bad request', async () => {
    const res = await s.t.app.inject({ method: 'POST', url: `/v1/incidents/${id}/replay`, payload: {} });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('body.playbookVersion');
  });
});
