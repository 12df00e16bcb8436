import { expect } from 'vitest';
import { playbookVersion } from '../../../src/domain/playbooks/parse-playbook.ts';
import { createWorker } from '../../../src/worker/create-worker.ts';
import { LEGAL_PROOF } from '../../fixtures/evidence.fixture.ts';
import { makePlaybook } from '../../fixtures/playbook.fixture.ts';
import { buildTestApp, fakeClock, TEST_SECRETS_KEY } from '../../helpers/test-app.ts';

/** The fixture playbook (24/7, short deadlines), as a loaded file: the scenario's rules never drift. */
export const scenarioPlaybook = makePlaybook();
export const scenarioLoaded = [
  { playbook: scenarioPlaybook, version: playbookVersion(scenarioPlaybook), file: 'test-playbook.yaml' },
];

/** An app and worker on a fake clock starting at 2026-03-02T09:00Z, with the fixture playbook. */
export async function scenarioApp() {
  const clock = fakeClock('2026-03-02T09:00:00.000Z');
  const t = await buildTestApp({ clock, playbooks: scenarioLoaded });
  const worker = await createWorker({
    db: t.database.db,
    clock,
    config: {
      WORKER_INTERVAL_MS: 1000,
      WEBHOOK_TIMEOUT_MS: 2000,
      DB_POOL_SIZE: 10,
      WEBHOOK_ALLOW_PRIVATE: true,
    },
    playbooks: scenarioLoaded,
    secretsKey: TEST_SECRETS_KEY,
  });
  return { t, clock, worker };
}

type Scenario = Awaited<ReturnType<typeof scenarioApp>>;

/**
 * A fixed day of an incident, every step at a fixed time: four complaints on three channels, two answered
 * in public, one left past its first-reply time; the apology in time; legal for two hours during the
 * admission, which then comes late; counteract done; improve open. Returns the incident's id.
 */
export async function runFixedScenario({ t, clock, worker }: Scenario): Promise<string> {
  const at = (hhmm: string) => clock.set(`2026-03-02T${hhmm}:00.000Z`);
  const ok = async (res: { statusCode: number; body: string; json(): any }, status = 200) => {
    expect(res.statusCode, res.body).toBe(status);
    return res.json();
  };
  const opened = await ok(
    await t.app.inject({
      method: 'POST',
      url: '/v1/incidents',
      payload: {
        playbookId: 'test-playbook',
        title: 'Parcels late after the warehouse flood',
        severity: 'high',
      },
    }),
    201,
  );
  const id: string = opened.id;
  const complaint = async (hhmm: string, source: string, externalId: string, text: string) => {
    at(hhmm);
    return ok(
      await t.app.inject({
        method: 'POST',
        url: '/v1/complaints',
        payload: { source, externalId, text, author: 'A customer', incidentId: id },
      }),
      201,
    );
  };
  const reply = async (hhmm: string, complaintId: string, channel: string, text: string) => {
    at(hhmm);
    await ok(
      await t.app.inject({
        method: 'POST',
        url: `/v1/complaints/${complaintId}/replies`,
        payload: { channel, visibility: 'public', text },
      }),
      201,
    );
  };
  const step = async (hhmm: string, event: string, evidence: Record<string, unknown>) => {
    at(hhmm);
    await ok(
      await t.app.inject({
        method: 'POST',
        url: `/v1/incidents/${id}/transitions`,
        payload: { event, evidence, actor: 'Anna (PR)' },
      }),
    );
  };
  const first = await complaint(
    '09:05',
    'facebook',
    'fb-1',
    'My parcel has been stuck for a week, where is it?',
  );
  const second = await complaint('09:20', 'x', 'x-1', 'Still no delivery and nobody answers the phone.');
  await reply(
    '09:30',
    first.id,
    'facebook',
    'Sorry for the wait, Ola. We are checking where your parcel is now.',
  );
  await complaint('09:40', 'facebook', 'fb-2', 'Order 1182 never arrived. What happened?');
  const fourth = await complaint('10:10', 'email', 'mail-1', 'I need my order before Friday, please help.');
  await step('10:30', 'apologise', {
    statement:
      'We are sorry. A flood closed our Poznan warehouse on Sunday and many parcels are late. We apologise to everyone waiting.',
    channels: ['facebook', 'x', 'email'],
  });
  await reply(
    '10:40',
    second.id,
    'x',
    'We are sorry. The flood closed our warehouse; your parcel leaves tomorrow.',
  );
  // The third complaint (fb-2) waits past its first-reply time (PT2H at high): the worker marks it.
  at('11:45');
  await worker.scheduler.tick();
  await step('12:00', 'escalate_legal', {
    reason: 'A customer threatens to sue over a spoiled delivery',
    customerAtFault: LEGAL_PROOF,
  });
  await step('14:00', 'resume', {});
  await step('19:00', 'admit', {
    statement:
      'We made a mistake: the warehouse had no flood plan and we moved parcels too slowly. That is on us, and we own it.',
    cause: 'No flood plan for the Poznan warehouse',
  });
  await step('19:30', 'counteract', {
    actions: [{ description: 'Parcels rerouted through the Wroclaw hub', owner: 'Logistics lead' }],
  });
  await reply(
    '19:45',
    fourth.id,
    'email',
    'Your order is on its way through Wroclaw and will arrive on Thursday.',
  );
  // The ledger and a public commitment: totals and rows the report must read back as stored.
  at('19:50');
  await ok(
    await t.app.inject({
      method: 'POST',
      url: `/v1/incidents/${id}/compensations`,
      payload: {
        kind: 'voucher',
        value: '50.00',
        description: 'Voucher for the late order',
        complaintId: fourth.id,
      },
    }),
    201,
  );
  const voucher = await ok(
    await t.app.inject({
      method: 'POST',
      url: `/v1/incidents/${id}/compensations`,
      payload: {
        kind: 'voucher',
        value: '20.00',
        description: 'Voucher for the wait',
        complaintId: second.id,
      },
    }),
    201,
  );
  await ok(
    await t.app.inject({
      method: 'POST',
      url: `/v1/compensations/${voucher.id}/status`,
      payload: { status: 'accepted', note: 'Accepted on X' },
    }),
  );
  await ok(
    await t.app.inject({
      method: 'POST',
      url: `/v1/incidents/${id}/commitments`,
      payload: { description: 'A flood plan for every warehouse', owner: 'Operations', dueAt: '2026-03-31' },
    }),
    201,
  );
  at('20:00');
  return id;
}
