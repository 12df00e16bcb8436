import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INCIDENT_EVENTS } from '../../../src/domain/incidents/incident.types.ts';
import { SEVERITIES } from '../../../src/domain/playbooks/playbook.schema.ts';
import { IncidentOut, IncidentPage, STATES } from '../../../src/http/schemas/incidents.ts';
import {
  type Answer,
  anyValue,
  expectProblemOr2xx,
  extraMembers,
  jsonText,
  NASTY_STRINGS,
  nastyString,
  PROTO_KEYS,
  refusedChangesNothing as refused,
} from '../../helpers/hostile.ts';
import { buildTestApp, type TestApp } from '../../helpers/test-app.ts';

// Property-based: random JSON bodies and query strings for the incident routes, built around their zod
// schemas (valid values, wrong types, nasties, forbidden and prototype keys).

let t: TestApp;
let incidentId: string;
beforeAll(async () => {
  t = await buildTestApp();
  incidentId = (
    await t.app.inject({
      method: 'POST',
      url: '/v1/incidents',
      payload: { playbookId: 'delivery-delay', title: 'Fuzz target', severity: 'low' },
    })
  ).json().id;
});
afterAll(async () => {
  await t.close();
});

const refusedChangesNothing = (send: () => Promise<Answer>, what: string) =>
  refused(t.database.db, send, what);

const createBody = fc
  .record(
    {
      playbookId: fc.oneof(fc.constantFrom('delivery-delay', 'social-media-backlash'), nastyString),
      title: fc.oneof(nastyString, fc.constantFrom(...NASTY_STRINGS)),
      severity: fc.oneof(fc.constantFrom(...SEVERITIES), anyValue),
      summary: fc.oneof(nastyString, anyValue),
      actor: nastyString,
    },
    { requiredKeys: [] },
  )
  .chain((body) => extraMembers.map((extra) => [...Object.entries(body), ...extra] as [string, unknown][]));

const transitionBody = fc
  .record(
    {
      event: fc.oneof(fc.constantFrom(...INCIDENT_EVENTS), nastyString),
      evidence: fc.oneof(fc.dictionary(fc.string(), anyValue, { maxKeys: 4 }), anyValue),
      actor: nastyString,
      note: nastyString,
    },
    { requiredKeys: [] },
  )
  .chain((body) => extraMembers.map((extra) => [...Object.entries(body), ...extra] as [string, unknown][]));

const RUNS = { numRuns: 60 };

const ALLOWED_CREATE = new Set(['playbookId', 'title', 'severity', 'summary', 'actor']);

describe('fuzzed JSON bodies of the incident routes', () => {
  it('POST /v1/incidents: a problem document or a correct 201, and refused bodies change nothing', async () => {
    await fc.assert(
      fc.asyncProperty(createBody, async (members) => {
        const payload = jsonText(members);
        const res = await refusedChangesNothing(
          () =>
            t.app.inject({
              method: 'POST',
              url: '/v1/incidents',
              headers: { 'content-type': 'application/json' },
              payload,
            }),
          payload,
        );
        if (res.statusCode < 400) {
          expect(res.statusCode).toBe(201);
          expect(members.every(([k]) => ALLOWED_CREATE.has(k))).toBe(true);
          const incident = IncidentOut.parse(JSON.parse(res.body));
          const title = members.findLast(([k]) => k === 'title')?.[1] as string;
          expect(incident.title).toBe(title.trim());
          expect(incident).toMatchObject({ state: 'apologise', version: 1 });
        }
      }),
      RUNS,
    );
  });

  it('POST /v1/incidents/{id}/transitions: a problem document or a correct 200, and refused bodies change nothing', async () => {
    const ifMatch = fc.option(
      fc.oneof(fc.constantFrom('"1"', '"2"', 'W/"1"', '"99999999999"', '*'), fc.string()),
      {
        nil: undefined,
      },
    );
    await fc.assert(
      fc.asyncProperty(transitionBody, ifMatch, async (members, match) => {
        const payload = jsonText(members);
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (match !== undefined) headers['if-match'] = match;
        const res = await refusedChangesNothing(
          () =>
            t.app.inject({
              method: 'POST',
              url: `/v1/incidents/${incidentId}/transitions`,
              headers,
              payload,
            }),
          `${payload} if-match ${match}`,
        );
        if (res.statusCode < 400) IncidentOut.parse(JSON.parse(res.body));
      }),
      RUNS,
    );
  });
});

const queryValue = fc.oneof(
  nastyString,
  fc.constantFrom(
    '1',
    '0',
    '-1',
    '1e400',
    '201',
    '999999999999999999999',
    'true',
    'false',
    '2026-01-01T00:00:00Z',
    // Out of the stored range (test/integration/access/fuzz-dates.test.ts fuzzes every date field).
    '0000-01-01T00:00:00Z',
    '9999-12-31T23:59:59-01:00',
    '2026-01-01T00:00:00+15:00',
  ),
  fc.constantFrom(...STATES, ...SEVERITIES, 'pending', 'breached'),
);
const queryOf = (keys: string[]) =>
  fc.array(
    fc.tuple(fc.oneof(fc.constantFrom(...keys, ...PROTO_KEYS, '__proto__[x]'), fc.string()), queryValue),
    {
      maxLength: 4,
    },
  );

describe('fuzzed query strings', () => {
  const lists: [string, string[]][] = [
    ['/v1/incidents', ['state', 'severity', 'playbookId', 'breached', 'updatedSince', 'limit', 'cursor']],
    ['/v1/deadlines', ['status', 'dueBefore', 'limit', 'cursor']],
    ['/v1/stats', ['since']],
    ['/v1/feedback', ['since', 'until', 'playbookId', 'incidentId']],
    ['/v1/commitments', ['status', 'dueBefore', 'limit', 'cursor']],
    [`/v1/incidents/{id}/audit`, ['cursor', 'limit']],
  ];
  for (const [path, keys] of lists) {
    it(`GET ${path}: a problem document or a correct 200`, async () => {
      await fc.assert(
        fc.asyncProperty(queryOf(keys), async (pairs) => {
          const qs = new URLSearchParams();
          for (const [k, v] of pairs) qs.append(k, v);
          const url = `${path.replace('{id}', incidentId)}?${qs}`;
          const res = await t.app.inject({ url });
          expectProblemOr2xx(res, `${url} → ${res.statusCode} ${res.body.slice(0, 300)}`);
          if (res.statusCode < 400) expect(res.statusCode).toBe(200);
          if (res.statusCode === 200 && path === '/v1/incidents') IncidentPage.parse(res.json());
        }),
        { numRuns: 40 },
      );
    });
  }
});
