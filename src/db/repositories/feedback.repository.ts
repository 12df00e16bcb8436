import { type Kysely, sql } from 'kysely';
import { FEEDBACK_SAMPLE_SIZE, type FeedbackDigest } from '../../domain/complaints/feedback.ts';
import type { DB } from '../schema.ts';

/** Which complaints the digest counts; every member narrows it. */
export interface FeedbackFilter {
  /** Received at or after. */
  since?: Date | undefined;
  /** Received before. */
  until?: Date | undefined;
  /** Attached to an incident of this playbook, or matched to its trigger while unattached. */
  playbookId?: string | undefined;
  incidentId?: string | undefined;
}

/**
 * The complaints in scope by topic, in one statement: the count, the count per channel and the newest few
 * ids of each topic, and how many complaints are in scope at all. Built as JSON in the database, so both
 * drivers return the same shapes.
 */
export async function feedbackDigest(db: Kysely<DB>, filter: FeedbackFilter): Promise<FeedbackDigest> {
  const where = [sql`true`];
  if (filter.since) where.push(sql`c.received_at >= ${filter.since.toISOString()}::timestamptz`);
  if (filter.until) where.push(sql`c.received_at < ${filter.until.toISOString()}::timestamptz`);
  if (filter.incidentId) where.push(sql`c.incident_id = ${filter.incidentId}::uuid`);
  if (filter.playbookId) {
    where.push(sql`(exists (select 1 from incidents i where i.id = c.incident_id and i.playbook_id = ${filter.playbookId})
      or (c.incident_id is null and exists (
        select 1 from complaint_matches m where m.complaint_id = c.id and m.playbook_id = ${filter.playbookId})))`);
  }
  const result = await sql<{ total: number; topics: FeedbackDigest['topics'] }>`
    with scope as (
      select c.id, c.source, c.received_at, c.topics from complaints c where ${sql.join(where, sql` and `)}
    ), mentions as (
      select s.id, s.source, s.received_at, t.topic,
        row_number() over (partition by t.topic order by s.received_at desc, s.id desc) as newest
      from scope s cross join unnest(s.topics) as t(topic)
    ), per_channel as (
      select topic, jsonb_object_agg(source, n order by source) as channels
      from (select topic, source, count(*)::int as n from mentions group by topic, source) x
      group by topic
    ), per_topic as (
      select m.topic, count(*)::int as count,
        jsonb_agg(m.id order by m.newest) filter (where m.newest <= ${FEEDBACK_SAMPLE_SIZE}) as sample
      from mentions m group by m.topic
    )
    select (select count(*)::int from scope) as total,
      coalesce((
        select jsonb_agg(jsonb_build_object('topic', p.topic, 'count', p.count, 'channels', c.channels,
          'sample', p.sample) order by p.count desc, p.topic collate "C")
        from per_topic p join per_channel c using (topic)
      ), '[]'::jsonb) as topics`.execute(db);
  const row = result.rows[0]!;
  return { total: Number(row.total), topics: row.topics };
}
