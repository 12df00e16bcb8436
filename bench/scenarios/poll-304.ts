import { type OpenedIncident, openIncidents } from '../lib/incidents.ts';
import { type BenchContext, defineScenario } from '../lib/types.ts';

const INCIDENTS = 200;

/**
 * A 304 has no content, and RFC 9110 §8.6 allows a Content-Length on it only if it equals the length of
 * the 200 body. A 304 that says `content-length: 4` (a serialised `null`) makes a strict client wait
 * for 4 bytes that never come: autocannon's parser does, and would report 0 req/s without an error.
 */
async function check304(ctx: BenchContext, incident: OpenedIncident): Promise<void> {
  const res = await ctx.http('GET', `/v1/incidents/${incident.id}`, undefined, {
    'if-none-match': incident.etag,
  });
  if (res.status !== 304) throw new Error(`If-None-Match ${incident.etag} answered ${res.status}, not 304`);
  const length = res.headers.get('content-length');
  if (length !== null && length !== '0') {
    const full = await ctx.http('GET', `/v1/incidents/${incident.id}`);
    const full200 = full.headers.get('content-length');
    if (length !== full200) {
      throw new Error(
        `the 304 carries content-length: ${length} (the 200 has ${full200}); RFC 9110 §8.6 forbids that, ` +
          'and HTTP clients that honour it (autocannon) hang waiting for the body; send the 304 without a ' +
          'payload (reply.code(304).send(), not .send(null), which is serialised to "null")',
      );
    }
  }
}

// Dashboards polling incidents they already have: If-None-Match with the current ETag answers 304 from
// one indexed read of the version. Requests rotate over 200 incidents, each with its own ETag.
export default defineScenario({
  name: 'poll-304',
  description: 'GET /v1/incidents/{id} with a matching If-None-Match (304)',
  async setup(ctx) {
    const incidents = await openIncidents(ctx, INCIDENTS, {
      playbookId: 'defective-product',
      severity: 'medium',
      title: 'Bench poll',
    });
    await check304(ctx, incidents[0]!);
    return incidents;
  },
  async run(ctx, incidents) {
    let sent = 0;
    let not304 = 0;
    const result = await ctx.load({
      method: 'GET',
      requests: [
        {
          setupRequest: (req) => {
            const incident = incidents[sent++ % incidents.length]!;
            return {
              ...req,
              path: `/v1/incidents/${incident.id}`,
              headers: { ...req.headers, 'if-none-match': incident.etag },
            };
          },
          onResponse: (status) => {
            if (status !== 304) not304++;
          },
        },
      ],
    });
    // A 200 would mean the ETag did not match: a full read, not what this row measures.
    return {
      ...result,
      errors: result.errors + not304,
      ...(not304 ? { notes: [`${not304} responses were not 304 (warm-up included)`] } : {}),
    };
  },
  target: { ratioOf: 'get', min: 0.4 },
});
