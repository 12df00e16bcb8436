import { defineScenario } from '../lib/types.ts';

// The cheapest route the service has: measures what its plugins, hooks and logging cost per request.
export default defineScenario({
  name: 'health',
  description: 'GET /health (liveness, no database)',
  autocannon: { method: 'GET', path: '/health' },
  target: { ratioOf: 'get', min: 0.8 },
});
