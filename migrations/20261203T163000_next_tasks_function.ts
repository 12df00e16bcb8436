import { type Kysely, sql } from 'kysely';

/**
 * `fivep_next_tasks(incident, reply_limit)`: the open task lists `GET …/next` shows, as json arrays (ids,
 * and due times in epoch milliseconds). A PL/pgSQL function, like the writer, because its plan is prepared
 * once per session: the same four subqueries sent as one statement cost PostgreSQL ~0.7 ms each time just
 * to plan (measured with pgbench: 2.4–3.2k statements/s against 5.7–6.5k through the function). Stable,
 * reads only. Unanswered complaints are sorted per incident through complaints_by_incident (20261202T080000).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create function fivep_next_tasks(incident uuid, reply_limit int)
    returns table (awaiting json, approvals json, compensation_approvals json, commitments json)
    language plpgsql stable as $fn$
    begin
      return query select
        (select coalesce(json_agg(json_build_array(c.id, floor(extract(epoch from c.first_reply_due_at) * 1000)::bigint)
           order by c.first_reply_due_at, c.id), '[]')
         from (select x.id, x.first_reply_due_at from complaints x
               where x.incident_id = incident and x.answered = false
               order by x.first_reply_due_at, x.id limit reply_limit) c),
        (select coalesce(json_agg(s.id order by s.created_at), '[]') from statements s
         where s.incident_id = incident and s.status = 'pending_approval'),
        (select coalesce(json_agg(p.id order by p.created_at), '[]') from compensations p
         where p.incident_id = incident and p.status = 'pending_approval'),
        (select coalesce(json_agg(json_build_array(m.id, floor(extract(epoch from m.due_at) * 1000)::bigint)
           order by m.due_at, m.id), '[]')
         from commitments m where m.incident_id = incident and m.status = 'open');
    end
    $fn$`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop function if exists fivep_next_tasks(uuid, int)`.execute(db);
}
