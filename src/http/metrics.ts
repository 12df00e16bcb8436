import type { FastifyInstance } from 'fastify';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { z } from 'zod';
import type { Database } from '../db/database.ts';
import type { IncidentQueries } from '../services/incident-queries.ts';
import { problemResponses } from './problem.ts';

const EXPOSITION_EXAMPLE = [
  '# HELP fivep_incidents Incidents by state',
  '# TYPE fivep_incidents gauge',
  'fivep_incidents{state="apologise"} 3',
].join('\n');

/** The scrape as documented: Prometheus text exposition, not JSON. */
const MetricsResponse = {
  description: 'Prometheus text exposition format 0.0.4',
  content: { 'text/plain': { schema: z.string().meta({ example: EXPOSITION_EXAMPLE }) } },
};

/**
 * Prometheus metrics at GET /metrics: per-route request rate and latency (recorded by a hook), and
 * on each scrape one round of index-backed counts (incidents by state, deadlines, outbox backlog,
 * failed deliveries, unanswered and overdue complaints) plus the connection pool.
 */
export function registerMetrics(app: FastifyInstance, database: Database, queries: IncidentQueries): void {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'fivep_' });

  const requests = new Histogram({
    name: 'fivep_http_request_duration_seconds',
    help: 'HTTP request latency by route pattern, method and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const ingested = new Counter({
    name: 'fivep_complaint_requests_total',
    help: 'Complaint ingest requests by route and status (201 new, 200 repeat, 4xx refused)',
    labelNames: ['route', 'status'] as const,
    registers: [registry],
  });
  app.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    // Liveness probes are not traffic: counting them would only dilute the latency figures.
    if (route === '/health') return done();
    const status = String(reply.statusCode);
    requests.observe({ method: request.method, route, status }, reply.elapsedTime / 1000);
    if (request.method === 'POST' && route.startsWith('/v1/complaints') && !route.includes(':id')) {
      ingested.inc({ route, status });
    }
    done();
  });

  const gauge = (name: string, help: string, labelNames: string[] = []) =>
    new Gauge({ name, help, labelNames, registers: [registry] });
  const incidents = gauge('fivep_incidents', 'Incidents by state', ['state']);
  const deadlines = gauge(
    'fivep_deadlines',
    'Stage deadlines: pending (not yet due), overdue (due, not yet recorded), breached',
    ['status'],
  );
  const backlog = gauge('fivep_outbox_backlog', 'Webhook deliveries waiting to be sent or retried');
  const failed = gauge(
    'fivep_webhook_deliveries_failed',
    'Webhook deliveries given up after 24 hours of retries',
  );
  const unanswered = gauge('fivep_complaints_unanswered', 'Complaints without a first reply');
  const overdue = gauge(
    'fivep_complaints_overdue',
    'Complaints without a first reply past their first-reply time',
  );
  const pool = gauge('fivep_db_pool_connections', 'Database pool connections', ['state']);
  const up = gauge('fivep_db_up', '1 when the last metrics query reached the database');

  app.get(
    '/metrics',
    {
      schema: {
        tags: ['Operations'],
        summary: 'Prometheus metrics: request latency, incidents by state, deadlines, backlog, the pool',
        response: { 200: MetricsResponse, ...problemResponses(401, 403, 429) },
      },
    },
    async (request, reply) => {
      try {
        const c = await queries.operationalCounts();
        incidents.reset();
        for (const s of c.incidentsByState) incidents.set({ state: s.state }, s.n);
        deadlines.set({ status: 'pending' }, c.deadlinesPending);
        deadlines.set({ status: 'overdue' }, c.deadlinesOverdue);
        deadlines.set({ status: 'breached' }, c.deadlinesBreached);
        backlog.set(c.outboxBacklog);
        failed.set(c.deliveriesFailed);
        unanswered.set(c.complaintsUnanswered);
        overdue.set(c.complaintsOverdue);
        up.set(1);
      } catch (err) {
        // Still answer: process and pool metrics matter most when the database is away.
        request.log.warn({ err }, 'metrics: database counts unavailable');
        up.set(0);
      }
      const p = database.poolStats();
      pool.set({ state: 'total' }, p.total);
      pool.set({ state: 'idle' }, p.idle);
      pool.set({ state: 'waiting' }, p.waiting);
      pool.set({ state: 'max' }, p.max);
      return reply.type(registry.contentType).send(await registry.metrics());
    },
  );
}
