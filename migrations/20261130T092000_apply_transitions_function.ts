import { type Kysely, sql } from 'kysely';

/**
 * Writes stepped incident events (src/db/repositories/transition-write.repository.ts). The service steps
 * the machine in memory and hands over, as one JSON array, everything each event writes; this function
 * applies each event whose incident row still has the expected version and audit head, locking rows in
 * id order, and returns the updated rows. The lock is `for no key update`, as lockIncident's: it
 * serialises every change to an incident but does not wait for (or deadlock with) the foreign-key
 * checks of complaints being inserted for it. Why a function: the same work as one statement of data-modifying
 * CTEs took PostgreSQL ~1.5 ms per event just to plan; here the plans are prepared once per session, and
 * the changes apply one after another, so two changes to one deadline row see each other.
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
      s jsonb;
      e jsonb;
      a jsonb;
      ch jsonb;
      v_id uuid;
      v_reminder float8;
      v_due timestamptz;
      v_row incidents;
    begin
      for w in select value from jsonb_array_elements(writes) order by value->>'incidentId' loop
        v_id := (w->>'incidentId')::uuid;
        perform 1 from incidents
          where id = v_id
            and version = (w->'expected'->>'version')::int
            and audit_seq = (w->'expected'->>'auditSeq')::int
          for no key update;
        if not found then
          continue;
        end if;
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

        for s in select value from jsonb_array_elements(w->'statements') loop
          insert into statements (id, incident_id, stage, text, published_at)
          values (gen_random_uuid(), v_id, s->>'stage', s->>'text', (s->>'at')::timestamptz);
        end loop;

        a := w->'audit';
        insert into audit_entries
          (incident_id, seq, at, actor, key_id, key_name, action, from_state, to_state, data, prev_hash, hash)
        values (v_id, (a->>'seq')::int, (a->>'at')::timestamptz, a->>'actor', (a->>'keyId')::uuid,
          a->>'keyName', a->>'action', a->>'fromState', a->>'toState', a->'data', a->>'prevHash', a->>'hash');

        for e in select value from jsonb_array_elements(w->'events') loop
          insert into outbox (id, event, incident_id, payload, created_at)
          values ((e->>'id')::uuid, e->>'event', v_id, e->'payload', (e->>'at')::timestamptz);
          insert into webhook_deliveries
            (id, webhook_id, outbox_id, event, status, attempts, next_attempt_at, created_at)
          select gen_random_uuid(), wh.id, (e->>'id')::uuid, e->>'event', 'pending', 0,
            (e->>'at')::timestamptz, (e->>'at')::timestamptz
          from webhooks wh
          where wh.disabled_at is null and wh.events @> jsonb_build_array(e->>'event');
        end loop;

        ch := w->'change';
        update incidents set
          state = ch->>'state',
          severity = ch->>'severity',
          snapshot = ch->'snapshot',
          view = ch->'view',
          version = version + 1,
          updated_at = (ch->>'at')::timestamptz,
          deadline_stage = ch->>'deadlineStage',
          deadline_due_at = (ch->>'deadlineDueAt')::timestamptz,
          -- The flag means "the current deadline was breached"; a new deadline starts clean.
          breached = case when (ch->>'deadlineDueAt')::timestamptz is distinct from deadline_due_at
            then false else breached end,
          audit_seq = (ch->>'auditSeq')::int,
          audit_head_hash = ch->>'auditHeadHash'
        where id = v_id
        returning * into v_row;
        return next v_row;
      end loop;
    end
    $fn$;
  `.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop function fivep_apply_transitions(jsonb)`.execute(db);
}
