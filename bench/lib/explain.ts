// Shows how PostgreSQL runs the service's own list query: the SQL is not copied here but compiled by
// calling the service's `listIncidents` repository function on a Kysely instance that records what it runs.
import { writeFile } from 'node:fs/promises';
import { type CompiledQuery, Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { type IncidentFilter, listIncidents } from '../../src/db/repositories/incident.repository.ts';
import type { DB } from '../../src/db/schema.ts';

export interface Explained {
  label: string;
  sql: string;
  parameters: readonly unknown[];
  plan: string;
  indexes: string[];
  seqScan: boolean;
  executionMs: number;
}

export async function explainList(
  url: string,
  cases: { label: string; filter: Omit<IncidentFilter, 'now'> }[],
): Promise<Explained[]> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  let last: CompiledQuery | undefined;
  const db = new Kysely<DB>({
    dialect: new PostgresDialect({ pool }),
    log: (event) => {
      if (event.level === 'query') last = event.query;
    },
  });
  try {
    const out: Explained[] = [];
    for (const c of cases) {
      await listIncidents(db, { ...c.filter, now: new Date() }); // compiles (and warms) the real query
      if (!last) throw new Error('no query was logged');
      const { sql, parameters } = last;
      const { rows } = await pool.query<{ 'QUERY PLAN': string }>(
        `explain (analyze, buffers) ${sql}`,
        parameters as unknown[],
      );
      const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
      out.push({
        label: c.label,
        sql,
        parameters,
        plan,
        indexes: [
          ...new Set([...plan.matchAll(/Index (?:Only )?Scan(?: Backward)? using (\w+)/g)].map((m) => m[1]!)),
        ],
        seqScan: /Seq Scan on incidents/.test(plan),
        executionMs: Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? Number.NaN),
      });
    }
    return out;
  } finally {
    await db.destroy();
  }
}

export async function writeExplain(file: string, header: string, plans: Explained[]): Promise<void> {
  const parts = plans.map(
    (p) =>
      `## ${p.label}\n\n${p.sql}\n-- parameters: ${JSON.stringify(p.parameters)}\n\n` +
      `EXPLAIN (ANALYZE, BUFFERS):\n${p.plan}\n`,
  );
  await writeFile(file, `${header}\n\n${parts.join('\n')}`);
}
