import { type Kysely, sql } from 'kysely';

/**
 * Writes stepped incident events (src/db/repositories/transition-write.repository.ts). The service steps
 * the machine in memory and hands over, as one JSON array, everything each event writes; this function
 * applies each event whose incident row still has the expected version and audit head, locking rows in
 * id order, and returns the updated rows. The lock is `for no key update`, as lockIncident's: it
 * serialises every change to an incident but does not wait for (or deadlock with) the foreign-key
 * checks of complaints being inserted for it. Why a function: the same work as one statement of data-modifying
 * CTEs took PostgreSQL ~1.5 ms per event just to plan; here the plans are prepared once per session. Deadline
 * changes apply one after another (two changes to one row see each other); the rest is one statement per
 * table for the whole group.
 *
 * Input per event: { incidentId, expected: { version, auditSeq }, reminderAt,
 *   deadlines: [{ type, stage, at?, startedAt?, dueAt?, remainingMs?, remindAt? }],
 *   statements: [{ stage, text, at }], audit: AuditEntry, events: [{ id, event, payload, at }],
 *   change: { state, severity, snapshot, view, at, deadlineStage, deadlineDueAt, auditSeq, auditHeadHash } }
 * Later schema changes that touch these tables must replace this function in a new migration.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create function fivep_apply_transitions(writes jsonb) returns setof incidents
    language plpgsql as $fn$
    declare
      w jsonb;
      d jsonb;
      v_id uuid;
      v_reminder float8;
      v_due timestamptz;
      v_applied uuid[];
    begin
      -- The events whose incident is still as read, locked in id order (several callers cannot deadlock).
      select array_agg(locked.id order by locked.id) into v_applied
      from (
        select i.id from incidents i
        join jsonb_array_elements(writes) wj on i.id = (wj.value->>'incidentId')::uuid
        where i.version = (wj.value->'expected'->>'version')::int
          and i.audit_seq = (wj.value->'expected'->>'auditSeq')::int
        order by i.id
        for no key update of i
      ) locked;
      if v_applied is null then
        return;
      end if;

      -- Deadline changes one by one, in order: two changes to one row must see each other.
      for w in select value from jsonb_array_elements(writes)
               where (value->>'incidentId')::uuid = any(v_applied) order by value->>'incidentId' loop
        v_id := (w->>'incidentId')::uuid;
        v_reminder := (w->>'reminderAt')::float8;
        for d in select value from jsonb_array_elements(w->'deadlines') loop
          v_due := (d->>'dueAt')::timestamptz;
          case d->>'type'
            when 'deadline_started' then
              insert into deadlines (id, incident_id, stage, started_at, due_at, status, remind_at)
              values (gen_random_uuid(), v_id, d->>'stage', (d->>'startedAt')::timestamptz, v_due, 'pending',
                (d->>'startedAt')::timestamptz + (v_due - (d->>'startedAt')::timestamptz) * v_reminder);
            when 'deadline_met' then
              -- Completed late still counts as a breach: the row keeps when it was due. A row the
              -- worker already marked breached is completed too.
              update deadlines set
                completed_at = (d->>'at')::timestamptz,
                status = case when due_at is not null and due_at < (d->>'at')::timestamptz
                  then 'breached' else 'met' end,
                breached_at = case when due_at < (d->>'at')::timestamptz
                  then coalesce(breached_at, due_at) else breached_at end
              where incident_id = v_id and stage = d->>'stage'
                and (status in ('pending', 'paused') or (status = 'breached' and completed_at is null));
            when 'deadline_paused' then
              update deadlines set status = 'paused', paused_at = (d->>'at')::timestamptz,
                remaining_ms = (d->>'remainingMs')::bigint, due_at = null
              where incident_id = v_id and stage = d->>'stage' and status in ('pending', 'paused');
            when 'deadline_resumed' then
              update deadlines set status = 'pending', paused_at = null, remaining_ms = null, due_at = v_due,
                remind_at = started_at + (v_due - started_at) * v_reminder
              where incident_id = v_id and stage = d->>'stage' and status in ('pending', 'paused');
            when 'deadline_rescheduled' then
              update deadlines set due_at = v_due, remaining_ms = (d->>'remainingMs')::bigint,
                remind_at = case when v_due is null then null else started_at + (v_due - started_at) * v_reminder end
              where incident_id = v_id and stage = d->>'stage' and status in ('pending', 'paused');
            when 'deadline_cancelled' then
              update deadlines set status = 'cancelled', completed_at = (d->>'at')::timestamptz
              where incident_id = v_id and stage = d->>'stage' and status in ('pending', 'paused');
            else
              raise exception 'fivep_apply_transitions: unknown deadline change %', d->>'type';
          end case;
        end loop;
      end loop;

      -- Everything else is one statement per table for the whole group.
      insert into statements (id, incident_id, stage, text, published_at)
      select gen_random_uuid(), (wj.value->>'incidentId')::uuid, sj.value->>'stage', sj.value->>'text',
        (sj.value->>'at')::timestamptz
      from jsonb_array_elements(writes) wj, jsonb_array_elements(wj.value->'statements') sj
      where (wj.value->>'incidentId')::uuid = any(v_applied);

      insert into audit_entries
        (incident_id, seq, at, actor, key_id, key_name, action, from_state, to_state, data, prev_hash, hash)
      select (wj.value->>'incidentId')::uuid, (a.e->>'seq')::int, (a.e->>'at')::timestamptz, a.e->>'actor',
        (a.e->>'keyId')::uuid, a.e->>'keyName', a.e->>'action', a.e->>'fromState', a.e->>'toState',
        a.e->'data', a.e->>'prevHash', a.e->>'hash'
      from jsonb_array_elements(writes) wj, lateral (select wj.value->'audit' as e) a
      where (wj.value->>'incidentId')::uuid = any(v_applied);

      insert into outbox (id, event, incident_id, payload, created_at)
      select (ej.value->>'id')::uuid, ej.value->>'event', (wj.value->>'incidentId')::uuid, ej.value->'payload',
        (ej.value->>'at')::timestamptz
      from jsonb_array_elements(writes) wj, jsonb_array_elements(wj.value->'events') ej
      where (wj.value->>'incidentId')::uuid = any(v_applied);

      insert into webhook_deliveries
        (id, webhook_id, outbox_id, event, status, attempts, next_attempt_at, created_at)
      select gen_random_uuid(), wh.id, (ej.value->>'id')::uuid, ej.value->>'event', 'pending', 0,
        (ej.value->>'at')::timestamptz, (ej.value->>'at')::timestamptz
      from jsonb_array_elements(writes) wj, jsonb_array_elements(wj.value->'events') ej, webhooks wh
      where (wj.value->>'incidentId')::uuid = any(v_applied)
        and wh.disabled_at is null and wh.events @> jsonb_build_array(ej.value->>'event');

      return query
      update incidents i set
        state = x.c->>'state',
        severity = x.c->>'severity',
        snapshot = x.c->'snapshot',
        view = x.c->'view',
        version = i.version + 1,
        updated_at = (x.c->>'at')::timestamptz,
        deadline_stage = x.c->>'deadlineStage',
        deadline_due_at = (x.c->>'deadlineDueAt')::timestamptz,
        -- The flag means "the current deadline was breached"; a new deadline starts clean.
        breached = case when (x.c->>'deadlineDueAt')::timestamptz is distinct from i.deadline_due_at
          then false else i.breached end,
        audit_seq = (x.c->>'auditSeq')::int,
        audit_head_hash = x.c->>'auditHeadHash'
      from (select (wj.value->>'incidentId')::uuid as id, wj.value->'change' as c
            from jsonb_array_elements(writes) wj) x
      where i.id = x.id and i.id = any(v_applied)
      returning i.*;
    end
    $fn$;
  `.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop function fivep_apply_transitions(jsonb)`.execute(db);
}
