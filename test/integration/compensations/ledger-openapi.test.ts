import { compileErrors, validate } from '@readme/openapi-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../helpers/test-app.ts';

let t: TestApp;
let doc: any;

beforeAll(async () => {
  t = await buildTestApp();
  doc = (await t.app.inject({ url: '/openapi.json' })).json();
});
afterAll(async () => {
  await t.close();
});

describe('the compensation ledger in /openapi.json', () => {
  it('should describe the three routes with their bodies, answers and examples', () => {
    const create = doc.paths['/v1/incidents/{id}/compensations'].post;
    const list = doc.paths['/v1/incidents/{id}/compensations'].get;
    const status = doc.paths['/v1/compensations/{id}/status'].post;
    for (const op of [create, list, status]) expect(op.tags).toEqual(['Compensations']);
    expect(create.requestBody.content['application/json'].schema.example).toMatchObject({ value: '50.00' });
    expect(status.requestBody.content['application/json'].schema.example).toMatchObject({
      status: 'fulfilled',
    });
    expect(Object.keys(create.responses)).toEqual(expect.arrayContaining(['201', '403', '404', '422']));
    expect(Object.keys(status.responses)).toEqual(expect.arrayContaining(['200', '403', '404', '409']));
    const compensation = doc.components.schemas.Compensation;
    expect(compensation.example).toMatchObject({ value: '50.00', currency: 'PLN', status: 'offered' });
    expect(compensation.properties.value.type).toBe('string');
    expect(compensation.properties.status.enum).toEqual([
      'pending_approval',
      'offered',
      'accepted',
      'declined',
      'fulfilled',
      'cancelled',
    ]);
    const listed = list.responses['200'].content['application/json'].schema;
    expect(listed.example.totals).toEqual({
      offered: '50.00',
      accepted: '0.00',
      fulfilled: '0.00',
      currency: 'PLN',
    });
    const next = doc.paths['/v1/incidents/{id}/next'].get.responses['200'].content['application/json'].schema;
    const task = (next.$ref ? doc.components.schemas.NextStep : next).properties.tasks.items;
    expect(task.properties.kind.enum).toContain('approve_compensation');
  });

  it('should stay a valid OpenAPI document', async () => {
    const result = await validate(structuredClone(doc));
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);
  });
});
