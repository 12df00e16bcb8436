-- The one writer of the incident tables (incidents, deadlines, statements, compensations, commitments, audit_entries, outbox and the
-- webhook deliveries the outbox fans out to). It applies changes the domain planned as data
-- (src/domain/incidents/incident.change.ts), sent by src/db/writer/incident-writer.ts, and decides
-- nothing: every value comes planned; this only locks, guards and writes, one statement per table.
-- A migration loads this file (create or replace); change it only together with a new migration that
-- loads it again. A test fails when the function in the database differs from this file.
--
-- input: { changes: [change], events: [event] }, change: { incidentId, at, expect: new|version|held,
--   version?, auditSeq?, touchesRow, insert?, machine?, breached?, tags?, bumpVersion, complaintsAdded?,
--   head?, audit: [], deadlines: [], statements: [], events: [] }; event: { id, event, incidentId, payload, at };
--   statement: { op: insert, id?, stage, text, status, language, channels, author, createdAt, checks, remindAt,
--   publishedAt } or { op: update, id, from: [status], set: { status?, publishedAt?, remindAt?, remindedAt? }, decision? }
--   compensations?: [{ op: insert, id, complaintId, recipient, kind, valueMinor, currency, description, status,
--   createdAt, history } or { op: update, id, from: [status], status, entry }]
-- Returns the incident rows it wrote; a `version` change whose row moved since it was read is left out.
-- Generic plans: the statements' shape never depends on the input, and planning them afresh on every call
-- (what PostgreSQL chooses here for a jsonb argument) costs more than running them.
create or replace function fivep_apply_incident_changes(input jsonb) returns setof incidents
language plpgsql set plan_cache_mode = force_generic_plan as $fn$
declare
  v_rows uuid[];
  v_applied jsonb;
  v_events jsonb;
  v_ids uuid[];
  n_new int;
  n_deadlines int;
  n_statements int;
  n_audit int;
  n_events int;
  n_compensations int;
begin
  -- What the changes hold, so that a statement with nothing to write is not run at all (each costs more to
  -- start than to run on a few rows).
  select count(*) filter (where x.c->>'expect' = 'new'), coalesce(sum(jsonb_array_length(x.c->'deadlines')), 0),
    coalesce(sum(jsonb_array_length(x.c->'statements')), 0), coalesce(sum(jsonb_array_length(x.c->'audit')), 0),
    coalesce(sum(jsonb_array_length(x.c->'events')), 0) + jsonb_array_length(input->'events')
  into n_new, n_deadlines, n_statements, n_audit, n_events
  from jsonb_array_elements(input->'changes') as x(c);
  select coalesce(sum(jsonb_array_length(x.c->'compensations')), 0) into n_compensations
  from jsonb_array_elements(input->'changes') as x(c);

  if n_new > 0 then
  insert into incidents (id, playbook_id, playbook_version, title, summary, severity, state, version,
    snapshot, view, opened_at, updated_at, deadline_stage, deadline_due_at, audit_seq, audit_head_hash)
  select (x.c->>'incidentId')::uuid, x.c->'insert'->>'playbookId', x.c->'insert'->>'playbookVersion',
    x.c->'insert'->>'title', x.c->'insert'->>'summary', x.c->'machine'->>'severity', x.c->'machine'->>'state',
    1, x.c->'machine'->'snapshot', x.c->'machine'->'view', (x.c->>'at')::timestamptz, (x.c->>'at')::timestamptz,
    x.c->'machine'->>'deadlineStage', (x.c->'machine'->>'deadlineDueAt')::timestamptz,
    (x.c->'head'->>'seq')::int, x.c->'head'->>'hash'
  from jsonb_array_elements(input->'changes') as x(c)
  where x.c->>'expect' = 'new';
  end if;

  -- The rows that change, locked in id order so concurrent writers cannot deadlock. `for no key update`
  -- serialises every change of an incident without waiting for the foreign-key checks of complaints
  -- being inserted for it.
  -- Every lookup by id goes through `= any(ids)`: joined to a set-returning function alone, the planner
  -- expects 100 rows and scans the whole table.
  v_ids := array(select (x.c->>'incidentId')::uuid from jsonb_array_elements(input->'changes') as x(c)
    where (x.c->>'touchesRow')::boolean);
  with locked as materialized (
    select i.id, i.version, i.audit_seq from incidents i where i.id = any(v_ids) order by i.id
    for no key update of i
  )
  select coalesce(array_agg(l.id order by l.id), '{}') into v_rows
  from locked l join jsonb_array_elements(input->'changes') as x(c) on l.id = (x.c->>'incidentId')::uuid
  where (x.c->>'touchesRow')::boolean
    and (x.c->>'expect' <> 'version'
      or (l.version = (x.c->>'version')::int and l.audit_seq = (x.c->>'auditSeq')::int));

  select coalesce(jsonb_agg(x.c), '[]') into v_applied
  from jsonb_array_elements(input->'changes') as x(c)
  where not (x.c->>'touchesRow')::boolean or (x.c->>'incidentId')::uuid = any(v_rows);

  if n_deadlines > 0 then
  -- Updates before inserts: a step may finish one stage's row and start the next.
  v_ids := array(select distinct (x.c->>'incidentId')::uuid
    from jsonb_array_elements(v_applied) as x(c), jsonb_array_elements(x.c->'deadlines') as y(d)
    where y.d->>'op' = 'update');
  if cardinality(v_ids) > 0 then
  update deadlines t set
    status = coalesce(u.s->>'status', t.status),
    due_at = case when u.s ? 'dueAt' then (u.s->>'dueAt')::timestamptz else t.due_at end,
    remind_at = case when u.s ? 'remindAt' then (u.s->>'remindAt')::timestamptz else t.remind_at end,
    paused_at = case when u.s ? 'pausedAt' then (u.s->>'pausedAt')::timestamptz else t.paused_at end,
    remaining_ms = case when u.s ? 'remainingMs' then (u.s->>'remainingMs')::bigint else t.remaining_ms end,
    completed_at = case when u.s ? 'completedAt' then (u.s->>'completedAt')::timestamptz else t.completed_at end,
    breached_at = case when u.s ? 'breachedAt' then (u.s->>'breachedAt')::timestamptz else t.breached_at end,
    reminded_at = case when u.s ? 'remindedAt' then (u.s->>'remindedAt')::timestamptz else t.reminded_at end
  from (
    select (x.c->>'incidentId')::uuid as incident_id, y.d->>'stage' as stage, (y.d->>'deadlineId')::uuid as id,
      array(select jsonb_array_elements_text(y.d->'from')) as from_status, y.d->'set' as s
    from jsonb_array_elements(v_applied) as x(c), jsonb_array_elements(x.c->'deadlines') as y(d)
    where y.d->>'op' = 'update'
  ) u
  where t.incident_id = any(v_ids) and t.incident_id = u.incident_id and t.stage = u.stage
    and (u.id is null or t.id = u.id) and t.status = any(u.from_status) and t.completed_at is null;
  end if;

  insert into deadlines (id, incident_id, stage, started_at, due_at, status, remind_at)
  select gen_random_uuid(), (x.c->>'incidentId')::uuid, y.d->>'stage', (y.d->>'startedAt')::timestamptz,
    (y.d->>'dueAt')::timestamptz, 'pending', (y.d->>'remindAt')::timestamptz
  from jsonb_array_elements(v_applied) as x(c), jsonb_array_elements(x.c->'deadlines') as y(d)
  where y.d->>'op' = 'insert';
  end if;

  if n_statements > 0 then
  -- A draft, or an inline statement a step publishes (no id: one is given here).
  insert into statements (id, incident_id, stage, text, status, language, channels, author, created_at,
    checks, remind_at, published_at)
  select coalesce((y.s->>'id')::uuid, gen_random_uuid()), (x.c->>'incidentId')::uuid, y.s->>'stage',
    y.s->>'text', y.s->>'status', y.s->>'language', coalesce(y.s->'channels', '[]'), y.s->'author',
    (y.s->>'createdAt')::timestamptz, coalesce(y.s->'checks', '[]'), (y.s->>'remindAt')::timestamptz,
    (y.s->>'publishedAt')::timestamptz
  from jsonb_array_elements(v_applied) as x(c), jsonb_array_elements(x.c->'statements') as y(s)
  where y.s->>'op' = 'insert';

  -- A status move (a decision with the decision appended, publication, a reminder), only from the
  -- statuses the plan names: a row that moved on in between is left as it is.
  v_ids := array(select (y.s->>'id')::uuid
    from jsonb_array_elements(v_applied) as x(c), jsonb_array_elements(x.c->'statements') as y(s)
    where y.s->>'op' = 'update');
  if cardinality(v_ids) > 0 then
  update statements t set
    status = coalesce(u.s->>'status', t.status),
    published_at = case when u.s ? 'publishedAt' then (u.s->>'publishedAt')::timestamptz else t.published_at end,
    remind_at = case when u.s ? 'remindAt' then (u.s->>'remindAt')::timestamptz else t.remind_at end,
    reminded_at = case when u.s ? 'remindedAt' then (u.s->>'remindedAt')::timestamptz else t.reminded_at end,
    decisions = case when u.decision is null then t.decisions else t.decisions || jsonb_build_array(u.decision) end
  from (
    select (x.c->>'incidentId')::uuid as incident_id, (y.s->>'id')::uuid as id,
      array(select jsonb_array_elements_text(y.s->'from')) as from_status, y.s->'set' as s,
      y.s->'decision' as decision
    from jsonb_array_elements(v_applied) as x(c), jsonb_array_elements(x.c->'statements') as y(s)
    where y.s->>'op' = 'update'
  ) u
  where t.id = any(v_ids) and t.id = u.id and t.incident_id = u.incident_id and t.status = any(u.from_status);
  end if;
  end if;

  -- --- compensation ledger (src/domain/compensations/) ---
  if n_compensations > 0 then
  insert into compensations (id, incident_id, complaint_id, recipient, kind, value_minor, currency,
    description, status, created_at, updated_at, history)
  select (y.p->>'id')::uuid, (x.c->>'incidentId')::uuid, (y.p->>'complaintId')::uuid, y.p->>'recipient',
    y.p->>'kind', (y.p->>'valueMinor')::bigint, y.p->>'currency', y.p->>'description', y.p->>'status',
    (y.p->>'createdAt')::timestamptz, (y.p->>'createdAt')::timestamptz, coalesce(y.p->'history', '[]')
  from jsonb_array_elements(v_applied) as x(c), jsonb_array_elements(x.c->'compensations') as y(p)
  where y.p->>'op' = 'insert';

  -- A status move, only from the statuses the plan names: a row that moved on in between stays as it is.
  v_ids := array(select (y.p->>'id')::uuid
    from jsonb_array_elements(v_applied) as x(c), jsonb_array_elements(x.c->'compensations') as y(p)
    where y.p->>'op' = 'update');
  if cardinality(v_ids) > 0 then
  update compensations t set
    status = u.status,
    updated_at = (u.entry->>'at')::timestamptz,
    history = t.history || jsonb_build_array(u.entry)
  from (
    select (x.c->>'incidentId')::uuid as incident_id, (y.p->>'id')::uuid as id,
      array(select jsonb_array_elements_text(y.p->'from')) as from_status, y.p->>'status' as status,
      y.p->'entry' as entry
    from jsonb_array_elements(v_applied) as x(c), jsonb_array_elements(x.c->'compensations') as y(p)
    where y.p->>'op' = 'update'
  ) u
  where t.id = any(v_ids) and t.id = u.id and t.incident_id = u.incident_id and t.status = any(u.from_status);
  end if;
  end if;
  -- --- end compensation ledger ---
  -- --- commitments (v1.1, public commitments): inserts, then status moves guarded on their `from` ---
  -- commitment: { op: insert, id, description, owner, dueAt, source, createdAt, remindAt }
  --   or { op: update, id, from: [status], set: { status?, doneAt?, note?, remindedAt? } }
  if exists (select 1 from jsonb_array_elements(v_applied) as x(c), jsonb_array_elements(x.c->'commitments') as y(m)) then
  insert into commitments (id, incident_id, description, owner, due_at, status, source, created_at, remind_at)
  select (y.m->>'id')::uuid, (x.c->>'incidentId')::uuid, y.m->>'description', y.m->>'owner',
    (y.m->>'dueAt')::timestamptz, 'open', y.m->>'source', (y.m->>'createdAt')::timestamptz,
    (y.m->>'remindAt')::timestamptz
  from jsonb_array_elements(v_applied) as x(c), jsonb_array_elements(x.c->'commitments') as y(m)
  where y.m->>'op' = 'insert';

  v_ids := array(select (y.m->>'id')::uuid
    from jsonb_array_elements(v_applied) as x(c), jsonb_array_elements(x.c->'commitments') as y(m)
    where y.m->>'op' = 'update');
  if cardinality(v_ids) > 0 then
  update commitments t set
    status = coalesce(u.s->>'status', t.status),
    done_at = case when u.s ? 'doneAt' then (u.s->>'doneAt')::timestamptz else t.done_at end,
    note = case when u.s ? 'note' then u.s->>'note' else t.note end,
    reminded_at = case when u.s ? 'remindedAt' then (u.s->>'remindedAt')::timestamptz else t.reminded_at end
  from (
    select (x.c->>'incidentId')::uuid as incident_id, (y.m->>'id')::uuid as id,
      array(select jsonb_array_elements_text(y.m->'from')) as from_status, y.m->'set' as s
    from jsonb_array_elements(v_applied) as x(c), jsonb_array_elements(x.c->'commitments') as y(m)
    where y.m->>'op' = 'update'
  ) u
  where t.id = any(v_ids) and t.id = u.id and t.incident_id = u.incident_id and t.status = any(u.from_status);
  end if;
  end if;
  -- --- end commitments ---

  if n_audit > 0 then
  insert into audit_entries
    (incident_id, seq, at, actor, key_id, key_name, action, from_state, to_state, data, prev_hash, hash)
  select (y.e->>'incidentId')::uuid, (y.e->>'seq')::int, (y.e->>'at')::timestamptz, y.e->>'actor',
    (y.e->>'keyId')::uuid, y.e->>'keyName', y.e->>'action', y.e->>'fromState', y.e->>'toState',
    y.e->'data', y.e->>'prevHash', y.e->>'hash'
  from jsonb_array_elements(v_applied) as x(c), jsonb_array_elements(x.c->'audit') as y(e);
  end if;

  if n_events > 0 then
  select coalesce(jsonb_agg(ev.e), '[]') into v_events
  from (
    select y.e from jsonb_array_elements(v_applied) as x(c), jsonb_array_elements(x.c->'events') as y(e)
    union all
    select z.e from jsonb_array_elements(input->'events') as z(e)
  ) ev;

  insert into outbox (id, event, incident_id, payload, created_at)
  select (x.e->>'id')::uuid, x.e->>'event', (x.e->>'incidentId')::uuid, x.e->'payload', (x.e->>'at')::timestamptz
  from jsonb_array_elements(v_events) as x(e);

  -- One pending delivery per active subscription to the event, in the same transaction as the event.
  insert into webhook_deliveries (id, webhook_id, outbox_id, event, status, attempts, next_attempt_at, created_at)
  select gen_random_uuid(), w.id, (x.e->>'id')::uuid, x.e->>'event', 'pending', 0, (x.e->>'at')::timestamptz,
    (x.e->>'at')::timestamptz
  from jsonb_array_elements(v_events) as x(e)
  join webhooks w on w.disabled_at is null and w.events @> jsonb_build_array(x.e->>'event');
  end if;

  return query
  update incidents i set
    state = coalesce(x.c->'machine'->>'state', i.state),
    severity = coalesce(x.c->'machine'->>'severity', i.severity),
    snapshot = coalesce(x.c->'machine'->'snapshot', i.snapshot),
    view = coalesce(x.c->'machine'->'view', i.view),
    deadline_stage = case when x.c ? 'machine' then x.c->'machine'->>'deadlineStage' else i.deadline_stage end,
    deadline_due_at = case when x.c ? 'machine'
      then (x.c->'machine'->>'deadlineDueAt')::timestamptz else i.deadline_due_at end,
    breached = coalesce((x.c->>'breached')::boolean, i.breached),
    tags = coalesce(x.c->'tags', i.tags),
    version = i.version + case when (x.c->>'bumpVersion')::boolean then 1 else 0 end,
    updated_at = case when (x.c->>'bumpVersion')::boolean then (x.c->>'at')::timestamptz else i.updated_at end,
    complaint_count = i.complaint_count + coalesce((x.c->>'complaintsAdded')::int, 0),
    audit_seq = coalesce((x.c->'head'->>'seq')::int, i.audit_seq),
    audit_head_hash = coalesce(x.c->'head'->>'hash', i.audit_head_hash)
  from (select (a.c->>'incidentId')::uuid as id, a.c from jsonb_array_elements(v_applied) as a(c)) x
  where i.id = any(v_rows) and i.id = x.id
  returning i.*;
end
$fn$;
