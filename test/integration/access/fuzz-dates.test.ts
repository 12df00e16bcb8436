import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblemOr2xx } from '../../helpers/hostile.ts';
import { buildTestApp, type TestApp } from '../../helpers/test-app.ts';

// Property-based: dates and times in every date field and filter of the API, in and out of the range the
// databases store (src/domain/instant-range.ts). Out of range is a 422 naming the field, never a 500.

let t: TestApp;
let incidentId: string;
beforeAll(async () => {
  t = await buildTestApp();
  incidentId = (
    await t.app.inject({
      method: 'POST',
      url: '/v1/incidents',
      payload: { playbookId: 'delivery-delay', title: 'Date fuzz target', severity: 'low' },
    })
  ).json().id;
});
afterAll(async () => {
  await t.close();
});

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const offset = (minutes: number) =>
  minutes === 0
    ? 'Z'
    : `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
/** `ms` (an instant) written as the wall-clock time `minutes` east of UTC, with that offset. */
const written = (ms: number, minutes: number) =>
  new Date(ms + minutes * 60_000).toISOString().slice(0, 23) + offset(minutes);

const wall = fc.date({
  min: new Date('2000-01-01T00:00:00Z'),
  max: new Date('2000-12-31T23:59:59Z'),
  noInvalidDate: true,
});
const MAX = 14 * 60;

/** RFC 3339 values zod's format accepts but the range refuses. */
const outOfRange = fc.oneof(
  // Year 0000 (1 BC), at UTC or east of it (west, its last minutes would be year 1 in UTC).
  fc
    .tuple(wall, fc.integer({ min: 0, max: MAX }))
    .map(([d, o]) => `0000${written(d.getTime(), 0).slice(4, 23)}${offset(o)}`),
  // The first minutes of year 1, pushed back into year 0 by an offset east of UTC.
  fc.integer({ min: 1, max: MAX }).map((o) => `0001-01-01T00:00:00.000${offset(o)}`),
  // The last minutes of 9999, pushed into year 10000 by an offset west of UTC.
  fc.integer({ min: 1, max: MAX }).map((o) => `9999-12-31T23:59:59.999${offset(-o)}`),
  // Offsets beyond ±14:00 (the format takes up to ±23:59).
  fc
    .tuple(wall, fc.integer({ min: MAX + 1, max: 23 * 60 + 59 }), fc.boolean())
    .map(([d, o, west]) => `${written(d.getTime(), 0).slice(0, 23)}${offset(west ? -o : o)}`),
);

/** Any instant of the range, written at any offset the range allows. */
const inRange = fc
  .tuple(
    fc.date({
      min: new Date('0001-01-02T00:00:00Z'),
      max: new Date('9999-12-30T00:00:00Z'),
      noInvalidDate: true,
    }),
    fc.integer({ min: -MAX, max: MAX }),
  )
  .map(([d, o]) => written(d.getTime(), o));

type Answer = Awaited<ReturnType<TestApp['app']['inject']>>;
interface DateInput {
  name: string;
  field: string;
  /** The status of a value in range (a promise due before now is refused as `past`: a 422, never a 5xx). */
  ok: number | ((value: string) => number);
  send(value: string): Promise<Answer>;
}

let sequence = 0;
const complaint = (value: string) => ({
  source: 'chat',
  externalId: `date-fuzz-${sequence++}`,
  text: 'Where is my parcel?',
  occurredAt: value,
});
const FILTERS = [
  ['/v1/feedback', 'since'],
  ['/v1/feedback', 'until'],
  ['/v1/incidents', 'updatedSince'],
  ['/v1/deadlines', 'dueBefore'],
  ['/v1/stats', 'since'],
  ['/v1/commitments', 'dueBefore'],
] as const;

const INPUTS: DateInput[] = [
  {
    name: 'POST /v1/complaints occurredAt',
    field: 'body.occurredAt',
    ok: 201,
    send: (v) => t.app.inject({ method: 'POST', url: '/v1/complaints', payload: complaint(v) }),
  },
  {
    name: 'POST /v1/incidents/{id}/commitments dueAt',
    field: 'body.dueAt',
    ok: (v) => (Date.parse(v) > Date.now() + 60_000 ? 201 : 422),
    send: (v) =>
      t.app.inject({
        method: 'POST',
        url: `/v1/incidents/${incidentId}/commitments`,
        payload: { description: 'Fuzzed promise', owner: 'Ops', dueAt: v },
      }),
  },
  ...FILTERS.map(([path, name]) => ({
    name: `GET ${path}?${name}`,
    field: `querystring.${name}`,
    ok: 200,
    send: (v: string) => t.app.inject({ url: `${path}?${name}=${encodeURIComponent(v)}` }),
  })),
];

describe('fuzzed dates in every date field and filter', () => {
  it.each(INPUTS)('$name: out of range is a complete 422 naming the field with rule range', async (input) => {
    await fc.assert(
      fc.asyncProperty(outOfRange, async (value) => {
        const res = await input.send(value);
        expectProblemOr2xx(res, `${value} → ${res.statusCode} ${res.body.slice(0, 300)}`);
        expect(res.statusCode, value).toBe(422);
        expect(res.json().errors, value).toEqual([
          expect.objectContaining({ field: input.field, rule: 'range' }),
        ]);
      }),
      { numRuns: 40 },
    );
  });

  it.each(INPUTS)('$name: any instant of the range is taken', async (input) => {
    await fc.assert(
      fc.asyncProperty(inRange, async (value) => {
        const res = await input.send(value);
        const ok = typeof input.ok === 'number' ? input.ok : input.ok(value);
        expect(res.statusCode, `${value} → ${res.body.slice(0, 300)}`).toBe(ok);
        if (ok === 422) expect(res.json().errors).toEqual([expect.objectContaining({ code: 'past' })]);
      }),
      { numRuns: 25 },
    );
  });

  it('POST /v1/complaints/batch: an item out of range is that item’s 422, the others are stored', async () => {
    await fc.assert(
      fc.asyncProperty(outOfRange, inRange, async (bad, good) => {
        const res = await t.app.inject({
          method: 'POST',
          url: '/v1/complaints/batch',
          payload: { items: [complaint(good), complaint(bad), complaint(good)] },
        });
        expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
        const items = res.json().items;
        expect(items.map((i: { status: number }) => i.status)).toEqual([201, 422, 201]);
        expect(items[1].error).toMatchObject({
          type: '/problems/validation-error',
          status: 422,
          title: expect.any(String),
        });
        expect(items[1].error.errors).toEqual([
          expect.objectContaining({ field: 'body.items[1].occurredAt', rule: 'range' }),
        ]);
      }),
      { numRuns: 25 },
    );
  });
});
