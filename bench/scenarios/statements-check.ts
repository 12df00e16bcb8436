import { freshText } from '../../test/helpers/evidence.ts';
import { openIncidents } from '../lib/incidents.ts';
import { defineScenario } from '../lib/types.ts';

const INCIDENTS = 200;
const TEXTS = 50;

// A desk UI checking an apology as the PR manager types: every statement rule of the stage (tone, blame,
// canned against published statements, channels against the incident's complaints), nothing stored.
export default defineScenario({
  name: 'statements-check',
  description: `POST /v1/incidents/{id}/statements/check, apologies rotating over ${INCIDENTS} incidents`,
  setup: async (ctx) => ({
    incidents: await openIncidents(ctx, INCIDENTS, {
      playbookId: 'delivery-delay',
      severity: 'critical',
      title: 'Bench statements check',
    }),
    texts: Array.from({ length: TEXTS }, () =>
      freshText('We are sorry, and we apologise to everyone affected.', 30),
    ),
  }),
  async run(ctx, { incidents, texts }) {
    let sent = 0;
    let not200 = 0;
    const result = await ctx.load({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      requests: [
        {
          setupRequest: (req) => {
            const n = sent++;
            return {
              ...req,
              method: 'POST',
              path: `/v1/incidents/${incidents[n % incidents.length]!.id}/statements/check`,
              body: JSON.stringify({
                stage: 'apologise',
                text: texts[n % texts.length],
                channels: ['facebook'],
              }),
            };
          },
          onResponse: (status) => {
            if (status !== 200) not200++;
          },
        },
      ],
    });
    return {
      ...result,
      errors: result.errors + not200,
      ...(not200 ? { notes: [`${not200} answers were not 200 (warm-up included)`] } : {}),
    };
  },
  p99MaxMs: 20,
});
