import { openIncidents } from '../lib/incidents.ts';
import { defineScenario } from '../lib/types.ts';

const INCIDENTS = 2_000;

/**
 * One cycle of four valid events that brings an incident back where it started (apologise, low), so the
 * load can go round and round: a severity change (deadline recomputed), a legal escalation (deadline
 * paused), a severity change while in legal, and the resume (deadline resumed with the time left).
 * None of them publishes a statement, so the no-canned-statements rule never comes into play.
 */
const CYCLE = [
  { event: 'set_severity', evidence: { severity: 'high', reason: 'Bench: more customers affected' } },
  {
    event: 'escalate_legal',
    evidence: {
      reason: 'Bench: a lawyer wrote in',
      customerAtFault: { summary: 'Bench: forged receipts', evidence: ['https://example.com/receipt.png'] },
    },
  },
  { event: 'set_severity', evidence: { severity: 'low', reason: 'Bench: contained again' } },
  { event: 'resume' },
] as const;

// Transitions spread over many incidents: every request is one transaction (row lock, machine step,
// deadline rows, audit entry, snapshot update). Requests rotate over the incidents in a fixed order, so
// with 2,000 incidents and 20 connections two requests never hit the same incident at once and each
// incident receives its events in cycle order: every request is a valid 200.
export default defineScenario({
  name: 'transitions',
  description: `POST /v1/incidents/{id}/transitions over ${INCIDENTS.toLocaleString('en-US')} incidents`,
  async setup(ctx) {
    return openIncidents(ctx, INCIDENTS, {
      playbookId: 'delivery-delay',
      severity: 'low',
      title: 'Bench transitions',
    });
  },
  autocannon: (_ctx, incidents) => {
    let sent = 0; // shared by all connections, warm-up included: the k-th request ever sent
    return {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      requests: [
        {
          setupRequest: (req) => {
            const k = sent++;
            const incident = incidents[k % incidents.length]!;
            const step = CYCLE[Math.floor(k / incidents.length) % CYCLE.length]!;
            return {
              ...req,
              method: 'POST',
              path: `/v1/incidents/${incident.id}/transitions`,
              body: JSON.stringify({ ...step, actor: 'bench' }),
            };
          },
        },
      ],
    };
  },
  target: { ratioOf: 'insert', min: 0.25 },
  p99MaxMs: 50,
});
