import { openIncidents } from '../lib/incidents.ts';
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
  autocannon: (_ctx, incidents) => {
    let sent = 0;
    return {
      method: 'GET',
      requests: [
        {
          setupRequest: (req) => ({
            ...req,
            headers: { ...req.headers, 'accept-language': 'pl, en;q=0.5' },
            path: `/v1/incidents/${incidents[sent++ % incidents.length]!.id}/next`,
          }),
        },
      ],
    };
  },
  target: { ratioOf: 'get', min: 0.25 },
});
