import { validate } from '@readme/openapi-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INCIDENT_EVENTS } from '../../../src/domain/incidents/incident.types.ts';
import { buildTestApp, type TestApp } from '../../helpers/test-app.ts';

type Operation = {
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
  requestBody?: { content: Record<string, { schema: Schema }> };
};
type Schema = {
  oneOf?: Schema[];
  anyOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  const?: unknown;
  enum?: unknown[];
};
type Doc = { openapi: string; paths: Record<string, Record<string, Operation>> };

let t: TestApp;
let doc: Doc;
beforeAll(async () => {
  t = await buildTestApp();
  const res = await t.app.inject({ method: 'GET', url: '/openapi.json' });
  doc = res.json() as Doc;
});
afterAll(async () => {
  await t.close();
});

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const operations = () =>
  Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, op]) => ({ path, method, op })),
  );

describe('the served OpenAPI document', () => {
  it('should pass an independent OpenAPI validator without errors', async () => {
    // @readme/openapi-parser mutates what it is given: validate a copy.
    const result = await validate(structuredClone(doc) as never);
    expect('errors' in result ? result.errors : []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('should describe transition evidence per event, as a union discriminated by event', () => {
    const body =
      doc.paths['/v1/incidents/{id}/transitions']!.post!.requestBody!.content['application/json']!.schema;
    const variants = body.oneOf ?? body.anyOf ?? [];
    const eventOf = (v: Schema) => v.properties?.event?.const ?? v.properties?.event?.enum?.[0];
    expect(variants.map(eventOf).sort()).toEqual([...INCIDENT_EVENTS].sort());
    const improve = variants.find((v) => eventOf(v) === 'improve')!;
    expect(improve.required).toContain('evidence');
    expect(Object.keys(improve.properties!.evidence!.properties!)).toEqual(['changes']);
    const apologise = variants.find((v) => eventOf(v) === 'apologise')!;
    expect(Object.keys(apologise.properties!.evidence!.properties!)).toEqual(
      expect.arrayContaining(['statement', 'statementId', 'channels']),
    );
  });

  it('should document a success response and at least one problem type on every /v1 route', () => {
    const missing: string[] = [];
    for (const { path, method, op } of operations()) {
      if (!path.startsWith('/v1/')) continue;
      const codes = Object.keys(op.responses ?? {});
      const success = codes.some((c) => /^2\d\d$/.test(c));
      const problem = codes.some(
        (c) => /^4\d\d$/.test(c) && op.responses![c]!.content?.['application/problem+json'] !== undefined,
      );
      if (!success || !problem) missing.push(`${method.toUpperCase()} ${path}`);
    }
    expect(missing).toEqual([]);
  });

  it('should document /metrics', () => {
    const metrics = doc.paths['/metrics']?.get;
    expect(metrics?.responses?.['200']).toBeDefined();
  });
});
