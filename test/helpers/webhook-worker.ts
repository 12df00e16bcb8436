import type { Clock } from '../../src/clock.ts';
import type { HostResolver } from '../../src/services/webhook-address.ts';
import type { WebhookDispatcher } from '../../src/services/webhook-dispatcher.ts';
import { createWorker } from '../../src/worker/create-worker.ts';
import { shippedPlaybooks, TEST_SECRETS_KEY, type TestApp } from './test-app.ts';

/** The webhook dispatcher of a worker on the test app's database, opening what the app encrypted. */
export async function testDispatcher(
  t: TestApp,
  options: { clock?: Clock; resolveHost?: HostResolver; allowPrivate?: boolean } = {},
): Promise<WebhookDispatcher> {
  const { dispatcher } = await createWorker({
    db: t.database.db,
    clock: options.clock ?? (() => new Date()),
    config: {
      WORKER_INTERVAL_MS: 1000,
      WEBHOOK_TIMEOUT_MS: 2000,
      DB_POOL_SIZE: 4,
      WEBHOOK_ALLOW_PRIVATE: options.allowPrivate ?? true,
    },
    playbooks: await shippedPlaybooks(),
    secretsKey: TEST_SECRETS_KEY,
    resolveHost: options.resolveHost,
  });
  return dispatcher;
}

/** Opens an incident, which emits `incident.opened` to its subscribers. */
export const openIncident = (t: TestApp) =>
  t.app.inject({
    method: 'POST',
    url: '/v1/incidents',
    payload: { playbookId: 'lost-or-damaged-order', title: 'Parcel lost', severity: 'medium' },
  });
