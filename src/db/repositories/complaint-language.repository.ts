import { type Kysely, sql } from 'kysely';
import type { DB } from '../schema.ts';

/**
 * The most common detected language (not `und`) among each incident's latest `sample` attached complaints,
 * in one statement for many incidents; a backward scan of complaints_by_incident keeps each one short
 * however many complaints an incident collected. Incidents without a detected language are left out.
 */
export async function commonComplaintLanguages(
  db: Kysely<DB>,
  incidentIds: readonly string[],
  sample: number,
): Promise<Map<string, string>> {
  const rows = await sql<{ incident_id: string; language: string }>`
    select i.id as incident_id, top.language
    from unnest(${[...incidentIds]}::uuid[]) as i(id)
    cross join lateral (
      select latest.language from (
        select language from complaints
        where incident_id = i.id
        order by received_at desc, id desc
        limit ${sample}
      ) latest
      where latest.language <> 'und'
      group by latest.language
      order by count(*) desc, latest.language
      limit 1
    ) top`.execute(db);
  return new Map(rows.rows.map((r) => [r.incident_id, r.language]));
}
