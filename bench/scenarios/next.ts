import { openIncidents } from '../lib/incidents.ts';
import { rotatingGet } from '../lib/rotating-get.ts';
import { defineScenario } from '../lib/types.ts';

const INCIDENTS = 200;

// The desk's "what now" read, in Polish: the incident, its playbook version's guidance, the reply tasks.
export default defineScenario({
  name: 'next',
  description: 'GET /v1/incidents/{id}/next with Accept-Language: pl',
  setup: (ctx) =>
    openIncidents(ctx, INCIDENTS, {
      playbookId: 'delivery-delay',
      severity: 'medium',
      title: 'Bench next',
    }),
  autocannon: (_ctx, incidents) =>
    rotatingGet(incidents, (id) => `/v1/incidents/${id}/next`, { 'accept-language': 'pl, en;q=0.5' }),
  target: { ratioOf: 'get', min: 0.25 },
});
