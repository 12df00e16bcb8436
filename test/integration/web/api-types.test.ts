import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderApiTypes, WEB_API_TYPES } from '../../../src/cli/web-api-render.ts';
import { buildTestApp, type TestApp } from '../../helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await t.close();
});

describe("the web desk's generated client", () => {
  it('should match what the running OpenAPI document generates (run `npm run web:api-types` after changing a route)', async () => {
    const doc = (await t.app.inject({ url: '/openapi.json' })).json();
    const committed = readFileSync(WEB_API_TYPES, 'utf8');
    expect(
      committed === (await renderApiTypes(doc)),
      'src/web/api/schema.d.ts is stale: npm run web:api-types',
    ).toBe(true);
  });
});
