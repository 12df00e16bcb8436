import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await t.close();
});

function sample(text: string, name: string, labels = ''): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name}${labels} `));
  return line ? Number(line.split(' ').at(-1)) : undefined;
}

describe('GET /metrics', () => {
  it('should expose Prometheus metrics: route latency, incidents by state, deadlines, backlog, pool', async () => {
    await t.app.inject({
      method: 'POST',
      url: '/v1/incidents',
      payload: { playbookId: 'delivery-delay', title: 'Metrics', severity: 'low' },
    });
    await t.app.inject({ url: '/v1/incidents?limit=1' });
    const res = await t.app.inject({ url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    const text = res.body;
    expect(sample(text, 'fivep_incidents', '{state="apologise"}')).toBe(1);
    expect(sample(text, 'fivep_deadlines', '{status="pending"}')).toBe(1);
    expect(sample(text, 'fivep_outbox_backlog')).toBe(0);
    expect(sample(text, 'fivep_db_up')).toBe(1);
    expect(sample(text, 'fivep_db_pool_connections', '{state="max"}')).toBeGreaterThanOrEqual(1);
    expect(text).toMatch(
      /fivep_http_request_duration_seconds_count\{method="POST",route="\/v1\/incidents",status="201"\} 1/,
    );
    expect(text).toContain('fivep_process_resident_memory_bytes');
    expect(text).toContain('fivep_nodejs_eventloop_lag_p99_seconds');
  });
});
