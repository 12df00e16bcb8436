// Seeds 100,000 incidents for the list scenarios, fast: a few real incidents walked through the API to
// every state (so snapshots, deadlines and audit chains are the service's own), then cloned in bulk with
// direct SQL into the bench database. Each clone gets a fresh id and update time and one audit entry
// ("incident.seeded") whose hash is computed exactly as the service does, with the row's audit head
// pointing at it, so `GET …/audit/verify` holds for clones too.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { hashAuditEntry } from '../../src/domain/audit/audit-chain.ts';
import type { Severity } from '../../src/domain/playbooks/playbook.schema.ts';
import { ALL_STATES, benchPlaybooks, incidentIn, pool } from './incidents.ts';
import type { BenchContext } from './types.ts';

export const SEED_COUNT = 100_000;
const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high', 'critical'];
const BATCH = 10_000;
/** Clones' update times step back this far from one another: 100,000 × 26 s ≈ 30 days. */
const STEP_MS = 26_000;

export interface SeedInfo {
  templates: number;
  seeded: number;
  playbookIds: string[];
  seconds: number;
}

const seeded = new Map<string, Promise<SeedInfo>>();

/** Once per service (scenarios sharing a run share the seed). PostgreSQL only. */
export function seedIncidents(ctx: BenchContext): Promise<SeedInfo> {
  let p = seeded.get(ctx.baseUrl);
  if (!p) {
    p = seed(ctx);
    seeded.set(ctx.baseUrl, p);
  }
  return p;
}

async function seed(ctx: BenchContext): Promise<SeedInfo> {
  const url = ctx.database.url;
  if (!url) throw new Error('seeding needs the service on PostgreSQL');
  const started = performance.now();
  const playbooks = await benchPlaybooks();
  const combos = playbooks.flatMap((pb) =>
    SEVERITIES.flatMap((severity) => ALL_STATES.map((state) => ({ pb, severity, state }))),
  );
  const templates = await pool(combos, ctx.connections, (c) =>
    incidentIn(ctx, c.pb, c.severity, c.state, `Seed template ${c.pb.playbook.id} ${c.severity} ${c.state}`),
  );
  console.error(`  ${templates.length} template incidents walked through the API; cloning ${SEED_COUNT}…`);

  let probeId = '';
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin');
    const now = Date.now();
    for (let from = 0; from < SEED_COUNT; from += BATCH) {
      const n = Math.min(BATCH, SEED_COUNT - from);
      const ids: string[] = [];
      const tpl: string[] = [];
      const at: string[] = [];
      const states: string[] = [];
      const hashes: string[] = [];
      const data: string[] = [];
      for (let i = from; i < from + n; i++) {
        const t = i % templates.length;
        const id = randomUUID();
        // Jitter within the step keeps update times unique-ish without changing the spread.
        const when = new Date(now - i * STEP_MS - Math.floor(Math.random() * STEP_MS)).toISOString();
        const template = templates[t]!;
        const content = {
          incidentId: id,
          seq: 1,
          at: when,
          actor: 'bench-seed',
          keyId: null,
          keyName: null,
          action: 'incident.seeded',
          fromState: null,
          toState: template.state,
          data: { clonedFrom: template.id },
        };
        probeId ||= id;
        ids.push(id);
        tpl.push(template.id);
        at.push(when);
        states.push(template.state);
        hashes.push(hashAuditEntry(content, ''));
        data.push(JSON.stringify(content.data));
      }
      await client.query(
        `insert into incidents (id, playbook_id, playbook_version, title, summary, severity, state, version,
           snapshot, opened_at, updated_at, deadline_stage, deadline_due_at, breached, complaint_count,
           audit_seq, audit_head_hash, view)
         select s.id, t.playbook_id, t.playbook_version, t.title || ' (clone ' || s.n || ')', t.summary,
           t.severity, t.state, t.version, t.snapshot, s.at - (t.updated_at - t.opened_at), s.at,
           t.deadline_stage, t.deadline_due_at, t.breached, t.complaint_count, 1, s.hash, t.view
         from unnest($1::uuid[], $2::uuid[], $3::timestamptz[], $4::text[])
           with ordinality as s(id, template, at, hash, n)
         join incidents t on t.id = s.template`,
        [ids, tpl, at, hashes],
      );
      await client.query(
        `insert into audit_entries (incident_id, seq, at, actor, key_id, key_name, action, from_state,
           to_state, data, prev_hash, hash)
         select s.id, 1, s.at, 'bench-seed', null, null, 'incident.seeded', null, s.state, s.data::jsonb,
           '', s.hash
         from unnest($1::uuid[], $2::timestamptz[], $3::text[], $4::text[], $5::text[])
           as s(id, at, state, data, hash)`,
        [ids, at, states, data, hashes],
      );
    }
    await client.query('commit');
    await client.query('analyze incidents');
    await client.query('analyze audit_entries');
  } catch (err) {
    await client.query('rollback').catch(() => {});
    throw err;
  } finally {
    await client.end();
  }
  // The clones must look like any incident to the service: read one back and verify its audit chain.
  const probe = await ctx.http('GET', `/v1/incidents/${probeId}`);
  if (probe.status !== 200) throw new Error(`a seeded incident reads as HTTP ${probe.status}`);
  const verdict = await ctx.http('GET', `/v1/incidents/${probeId}/audit/verify`);
  if (verdict.status !== 200 || (verdict.body as { valid?: boolean }).valid !== true) {
    throw new Error(`a seeded incident's audit chain does not verify: ${JSON.stringify(verdict.body)}`);
  }
  return {
    templates: templates.length,
    seeded: SEED_COUNT,
    playbookIds: playbooks.map((p) => p.playbook.id),
    seconds: (performance.now() - started) / 1000,
  };
}
