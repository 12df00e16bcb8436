import { complaintFactory } from '../lib/complaints.ts';
import { openAcrossPlaybooks } from '../lib/incidents.ts';
import { defineScenario } from '../lib/types.ts';

const INCIDENTS = 500;

// Integrations posting one complaint per request during a crisis: each is new (unique externalId) and
// names its incident, so the route does the full ingest: insert, attach, count, escalation check.
export default defineScenario({
  name: 'complaints-single',
  description: `POST /v1/complaints, unique externalIds, each attached to one of ${INCIDENTS} open incidents`,
  setup: (ctx) => openAcrossPlaybooks(ctx, INCIDENTS, 'Bench complaints'),
  async run(ctx, incidents) {
    const next = complaintFactory(incidents.map((i) => i.id));
    let not201 = 0;
    const result = await ctx.load({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      requests: [
        {
          setupRequest: (req) => ({
            ...req,
            method: 'POST',
            path: '/v1/complaints',
            body: JSON.stringify(next()),
          }),
          onResponse: (status) => {
            if (status !== 201) not201++;
          },
        },
      ],
    });
    // A 200 would be a replay of a stored complaint, not an ingest.
    return {
      ...result,
      errors: result.errors + not201,
      ...(not201 ? { notes: [`${not201} answers were not 201 (warm-up included)`] } : {}),
    };
  },
  target: { ratioOf: 'insert', min: 0.5 },
  p99MaxMs: 50,
});
