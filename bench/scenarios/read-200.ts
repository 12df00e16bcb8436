import { openIncidents } from '../lib/incidents.ts';
import { rotatingGet } from '../lib/rotating-get.ts';
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
  autocannon: (_ctx, incidents) => rotatingGet(incidents, (id) => `/v1/incidents/${id}`),
  target: { ratioOf: 'get', min: 0.25 },
});
