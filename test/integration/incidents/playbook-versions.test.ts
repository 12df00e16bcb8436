import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playbookVersion } from '../../../src/domain/playbooks/parse-playbook.ts';
import type { LoadedPlaybook } from '../../../src/services/playbook-loader.ts';
import { buildTestApp, shippedPlaybooks, type TestApp } from '../../helpers/test-app.ts';
import { createTestDatabase } from '../../helpers/test-database.ts';

let first: TestApp;
let second: TestApp;
let oldVersion: string;
let newVersion: string;
let otherVersion: string;
const database = await createTestDatabase();

beforeAll(async () => {
  const shipped = await shippedPlaybooks();
  first = await buildTestApp({ database });
  const delivery = shipped.find((p) => p.playbook.id === 'delivery-delay')!;
  oldVersion = delivery.version;
  otherVersion = shipped.find((p) => p.playbook.id !== 'delivery-delay')!.version;
  // The file changed and the service restarted: a new version is current, the old one stays stored.
  const changed = { ...delivery.playbook, title: 'Delivery delay (revised)' };
  newVersion = playbookVersion(changed);
  const revised: LoadedPlaybook[] = shipped.map((p) =>
    p === delivery ? { ...p, playbook: changed, version: newVersion } : p,
  );
  await first.close();
  second = await buildTestApp({ database, playbooks: revised });
});
afterAll(async () => {
  await second.close();
  await database.close();
});

describe('GET /v1/playbooks/{id}/versions/{version}', () => {
  it('should serve a version that is no longer current, as it was stored', async () => {
    const current = await second.app.inject({ url: '/v1/playbooks/delivery-delay' });
    expect(current.json()).toMatchObject({ version: newVersion, title: 'Delivery delay (revised)' });
    const old = await second.app.inject({ url: `/v1/playbooks/delivery-delay/versions/${oldVersion}` });
    expect(old.statusCode).toBe(200);
    expect(old.json().version).toBe(oldVersion);
    expect(old.json().title).not.toBe('Delivery delay (revised)');
  });

  it('should answer 404 for a version never loaded, or one that belongs to another playbook', async () => {
    for (const version of ['0'.repeat(64), otherVersion]) {
      const res = await second.app.inject({ url: `/v1/playbooks/delivery-delay/versions/${version}` });
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
  });
});
