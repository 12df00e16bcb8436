import { openIncidents } from '../lib/incidents.ts';
import { defineScenario } from '../lib/types.ts';

const INCIDENTS = 200;

// Full reads of single incidents (no If-None-Match): row read, machine view, serialisation.
export default defineScenario({
  name: 'read-200',
  description: 'GET /v1/incidents/{id} (full 200 read)',
  setup: (ctx) =>
    openIncidents(ctx, INCIDENTS, {
      playbookId: 'defective-product',
      severity: 'medium',
      title: 'Bench read',
    }),
  autocannon: (_ctx, incidents) => {
    let sent = 0;
    return {
      method: 'GET',
      requests: [
        {
          setupRequest: (req) => ({
            ...req,
            path: `/v1/incidents/${incidents[sent++ % incidents.length]!.id}`,
          }),
        },
      ],
    };
  },
  target: { ratioOf: 'get', min: 0.25 },
});
