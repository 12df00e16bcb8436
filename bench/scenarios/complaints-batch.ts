import { complaintFactory } from '../lib/complaints.ts';
import { attachedComplaints, openAcrossPlaybooks, waitForComplaintsToSettle } from '../lib/incidents.ts';
import { defineScenario } from '../lib/types.ts';

const INCIDENTS = 500;
const BATCH = 500;

// Bursts from integrations that buffer: batches of 500 new complaints, judged in complaints per second.
export default defineScenario({
  name: 'complaints-batch-500',
  description: `POST /v1/complaints/batch with ${BATCH} new complaints per request`,
  setup: (ctx) => openAcrossPlaybooks(ctx, INCIDENTS, 'Bench batches'),
  async run(ctx, incidents) {
    const next = complaintFactory(incidents.map((i) => i.id));
    let itemsNot201 = 0;
    const before = await attachedComplaints(ctx);
    const started = performance.now();
    const result = await ctx.load({
      // A batch may take longer than autocannon's default 10 s: a timeout would cut the connection
      // and count as an error, though the service goes on and stores the whole batch.
      timeout: 120,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      requests: [
        {
          setupRequest: (req) => ({
            ...req,
            method: 'POST',
            path: '/v1/complaints/batch',
            body: JSON.stringify({ items: Array.from({ length: BATCH }, next) }),
          }),
          // The batch answers 200 even when items fail: each item's own status is what counts.
          onResponse: (status, body) => {
            if (status !== 200) return;
            const items = (JSON.parse(body) as { items: { status: number }[] }).items;
            itemsNot201 += items.filter((i) => i.status !== 201).length;
          },
        },
      ],
    });
    const stored = (await waitForComplaintsToSettle(ctx)) - before;
    const seconds = (performance.now() - started) / 1000;
    return {
      ...result,
      errors: result.errors + itemsNot201,
      notes: [
        `${Math.round(result.rps * BATCH).toLocaleString('en-US')} complaints/s answered in the window`,
        // When batches outlast the window, the answered rate says little: this is what the service stored.
        `effective ingest ${Math.round(stored / seconds).toLocaleString('en-US')} complaints/s ` +
          `(${stored.toLocaleString('en-US')} stored from the start of the warm-up until the service had ` +
          `finished the batches in flight, ${seconds.toFixed(1)} s)`,
        ...(itemsNot201 ? [`${itemsNot201} items were not 201 (warm-up included)`] : []),
      ],
    };
  },
  itemsPerRequest: BATCH,
  target: { ratioOf: 'insert', min: 5 },
});
