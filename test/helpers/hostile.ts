import fc from 'fast-check';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { expect } from 'vitest';
import type { DB } from '../../src/db/schema.ts';

/** Hostile-input building blocks shared by the access tests (fuzzing and hand-picked nasties). */

/** A digest of every row of every table: refused requests must leave it unchanged. */
export async function snapshot(db: Kysely<DB>): Promise<Record<string, string>> {
  const tables = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name not like 'kysely_%'
    order by table_name`.execute(db);
  const digest: Record<string, string> = {};
  for (const { table_name } of tables.rows) {
    const r = await sql<{ d: string | null }>`
      select md5(string_agg(x::text, '|' order by x::text)) as d from ${sql.table(table_name)} x`.execute(db);
    digest[table_name] = r.rows[0]?.d ?? '';
  }
  return digest;
}

export const NASTY_STRINGS = [
  "'; drop table incidents; --",
  "' or '1'='1",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '\uD800',
  'a\uDC00b',
  '\u0000',
  '\u202Eevil',
  '𝕳𝖊𝖑𝖑𝖔 👩‍👩‍👧',
  ' ',
  '{{7*7}}',
  '../../etc/passwd',
];
export const NASTY_NUMBERS = [1e308, -1e308, 2 ** 53 + 1, -0, 0.1, Number.MAX_SAFE_INTEGER];
export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'];
export const FORBIDDEN_KEYS = [
  'id',
  'version',
  'state',
  'openedAt',
  'updatedAt',
  'complaintCount',
  'incidentId',
];

export const nastyString = fc.oneof(
  fc.constantFrom(...NASTY_STRINGS),
  fc.string(),
  fc.string({ unit: 'binary' }),
);
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  nastyString,
  fc.constantFrom(...NASTY_NUMBERS),
  fc.jsonValue({ maxDepth: 3 }),
  fc.constant(null),
);

/** A JSON text with the given members, written by hand so `__proto__` stays an own key. */
export const jsonText = (members: [string, unknown][]) =>
  `{${members.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v) ?? 'null'}`).join(',')}}`;

export const extraMembers = fc.array(
  fc.tuple(fc.oneof(fc.constantFrom(...PROTO_KEYS, ...FORBIDDEN_KEYS), fc.string()), anyValue),
  { maxLength: 2 },
);

export function expectProblemOr2xx(
  res: { statusCode: number; headers: Record<string, unknown>; body?: string },
  what: string,
): void {
  expect(res.statusCode, what).toBeLessThan(500);
  if (res.statusCode < 400) return;
  expect(res.headers['content-type'], what).toMatch(/^application\/problem\+json/);
  // HEAD answers carry no body; every other refusal is a whole problem document.
  if (res.body) expectCompleteProblem(JSON.parse(res.body), res.statusCode, what);
}

/** The members the README promises on every problem document. */
export function expectCompleteProblem(problem: unknown, status: number, what: string): void {
  expect(problem, what).toMatchObject({
    type: expect.stringMatching(/^\/problems\/[a-z-]+$/),
    title: expect.any(String),
    status,
    detail: expect.any(String),
    instance: expect.any(String),
    requestId: expect.any(String),
  });
}

export type Answer = { statusCode: number; headers: Record<string, unknown>; body: string; json(): any };

export async function refusedChangesNothing(
  db: Kysely<DB>,
  send: () => Promise<Answer>,
  what: string,
): Promise<Answer> {
  const before = await snapshot(db);
  const res = await send();
  expectProblemOr2xx(res, `${what} → ${res.statusCode} ${res.body.slice(0, 300)}`);
  if (res.statusCode >= 400) expect(await snapshot(db), what).toEqual(before);
  return res;
}
