import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Clock } from '../clock.ts';
import {
  type ComplaintRow,
  complaintKey,
  findComplaint,
  findComplaints,
  findComplaintsByKeys,
  insertComplaints,
  insertMatchesMany,
  lockAndAddToComplaintCounts,
  lockComplaint,
  type NewComplaintRow,
  setFirstReplyDue,
  updateComplaint,
} from '../db/repositories/complaint.repository.ts';
import { type ComplaintFilter, listComplaints } from '../db/repositories/complaint-list.repository.ts';
import {
  findIncident,
  findIncidentHeads,
  type IncidentHead,
  lockIncident,
} from '../db/repositories/incident.repository.ts';
import type { DB } from '../db/schema.ts';
import { matchPlaybooks, type TriggerMatch } from '../domain/complaints/complaint.match.ts';
import { checkComplaintContent, firstReplyDueAt } from '../domain/complaints/complaint.rules.ts';
import type { ComplaintSource, Playbook, Severity } from '../domain/playbooks/playbook.schema.ts';
import { DomainError, NotFoundError, UnprocessableError } from '../errors.ts';
import type { Actor } from './audit-log.ts';
import {
  type Attachment,
  afterAttach,
  afterAttachMany,
  joinableIncidents,
  lockPlaybooks,
  openOnThreshold,
} from './complaint-correlation.ts';
import { type Complaint, toComplaint } from './complaint-view.ts';
import { GroupCommit } from './group-commit.ts';
import type { IncidentService } from './incident.service.ts';
import type { PlaybookRegistry } from './playbook-registry.ts';

export type { Complaint } from './complaint-view.ts';

export interface ComplaintInput {
  source: ComplaintSource;
  externalId: string;
  text: string;
  author?: string | undefined;
  url?: string | undefined;
  occurredAt?: string | undefined;
  orderId?: string | undefined;
  tags?: string[] | undefined;
  incidentId?: string | undefined;
  playbookId?: string | undefined;
}

export interface ComplaintServiceDeps {
  db: Kysely<DB>;
  clock: Clock;
  playbooks: PlaybookRegistry;
  incidents: IncidentService;
}

/** One complaint of a group; `field` prefixes its error fields (`body`, `body.items[3]`). */
export interface IngestItem {
  input: ComplaintInput;
  field: string;
}

/** What one item of a group came to: stored (`created` false when it was already known) or refused. */
export type IngestOutcome = { created: boolean; complaint: Complaint } | { error: DomainError };

/**
 * Complaints posted at the same time share a transaction, up to this many (a larger batch runs alone):
 * enough to turn a burst into a handful of commits and to update each incident once for many complaints,
 * small enough that a group's locks are held only milliseconds.
 */
const MAX_GROUP = 1000;
/**
 * A group storing more complaints than this touches many incidents (a batch spans hundreds): two such
 * transactions at once would only queue on the same rows, and the waiting one would hold back the cleanup
 * of the rows they both update. They take turns; their unlocked reads still overlap the other's work.
 */
const LARGE_GROUP = 100;
/** Complaint ingest and correlation, a group of complaints per transaction. Replies live in ComplaintReplies. */
export class ComplaintService {
  /** Per actor: a group's audit entries (reopen, escalation, opening) name one actor. */
  private readonly queues = new Map<string, GroupCommit<IngestItem, IngestOutcome>>();
  /** The turn of large groups' transactions (see LARGE_GROUP). */
  private largeTurn: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: ComplaintServiceDeps) {}

  /**
   * Stores a complaint once per (source, externalId) and correlates it: `created` is false when it was
   * already received (the stored complaint comes back unchanged). A refused complaint throws its error.
   * Concurrent calls are group-committed (see {@link ingestMany}).
   */
  async ingest(
    input: ComplaintInput,
    actor: Actor,
    field = 'body',
  ): Promise<{ created: boolean; complaint: Complaint }> {
    const [outcome] = await this.queue(actor).submit([{ input, field }]);
    if (!outcome || 'error' in outcome) throw outcome?.error;
    return outcome;
  }

  /**
   * A batch: {@link ingestMany} as one unit of a group, so the batch is stored whole or not at all, and
   * batches posted at the same time share a transaction.
   */
  ingestBatch(items: readonly IngestItem[], actor: Actor): Promise<IngestOutcome[]> {
    return items.length === 0 ? Promise.resolve([]) : this.queue(actor).submit(items);
  }

  private queue(actor: Actor): GroupCommit<IngestItem, IngestOutcome> {
    const key = JSON.stringify([actor.name, actor.keyId, actor.keyName]);
    let queue = this.queues.get(key);
    if (!queue) {
      queue = new GroupCommit((items) => this.ingestMany(items, actor), {
        maxItems: MAX_GROUP,
        onIdle: () => this.queues.delete(key),
      });
      this.queues.set(key, queue);
    }
    return queue;
  }

  /**
   * Ingests a group in one transaction with a constant number of statements in the common case, with the
   * outcome of posting the items one by one in order: the first of a (source, externalId) answers 201,
   * its repeats 200 with the same complaint; a refused item (422) does not affect the others. A database
   * failure rejects the whole group and writes none of it.
   */
  async ingestMany(items: readonly IngestItem[], actor: Actor): Promise<IngestOutcome[]> {
    const outcomes: IngestOutcome[] = new Array(items.length);
    const checked: number[] = [];
    for (const [i, { input, field }] of items.entries()) {
      const content = checkComplaintContent({ ...input }, field);
      if (content.length > 0) outcomes[i] = { error: new UnprocessableError(describe(content), content) };
      else checked.push(i);
    }
    // Retries are the common case during a crisis: answer them from one indexed read, without locks. The
    // incidents named are placed by an unlocked read too (see ingestIn); both reads run side by side.
    const named = checked.flatMap((i) => items[i]!.input.incidentId ?? []);
    const [storedRows, namedRows] = await Promise.all([
      findComplaintsByKeys(
        this.deps.db,
        checked.map((i) => items[i]!.input),
      ),
      findIncidentHeads(this.deps.db, named),
    ]);
    const stored = byKey(storedRows);
    const fresh: number[] = [];
    for (const i of checked) {
      const known = stored.get(keyOf(items[i]!.input));
      if (known) outcomes[i] = { created: false, complaint: toComplaint(known) };
      else fresh.push(i);
    }
    if (fresh.length === 0) return outcomes;
    const heads = new Map(namedRows.map((r) => [r.id, r]));
    const store = () =>
      this.deps.db.transaction().execute((trx) =>
        this.ingestIn(
          trx,
          fresh.map((i) => items[i]!),
          heads,
          actor,
        ),
      );
    let written: IngestOutcome[];
    if (fresh.length > LARGE_GROUP) {
      const turn = this.largeTurn.then(store);
      this.largeTurn = turn.catch(() => {});
      written = await turn;
    } else {
      written = await store();
    }
    for (const [j, i] of fresh.entries()) outcomes[i] = written[j]!;
    return outcomes;
  }

  private async ingestIn(
    trx: Transaction<DB>,
    items: readonly IngestItem[],
    named: ReadonlyMap<string, IncidentHead>,
    actor: Actor,
  ): Promise<IngestOutcome[]> {
    const now = this.deps.clock();
    const errors: (DomainError | undefined)[] = items.map(({ input, field }) =>
      input.playbookId !== undefined && !this.deps.playbooks.get(input.playbookId)
        ? unknownReference(`${field}.playbookId`, `There is no playbook "${input.playbookId}".`)
        : undefined,
    );
    const candidates = items.map(({ input }, i) =>
      input.incidentId !== undefined || errors[i] ? [] : this.candidates(input),
    );
    const playbookIds = [...new Set(candidates.flat().map((c) => c.playbookId))];
    await lockPlaybooks(trx, playbookIds);
    const joinable = await joinableIncidents(trx, this.deps, playbookIds);
    // Placed by unlocked reads (the named incidents before the transaction, the playbooks' open ones here):
    // the complaints are stored before their incidents are locked, so the locks are held for the counters
    // and what follows, not for the inserts (a batch spans hundreds of incidents and concurrent groups
    // queue on them). A severity changed meanwhile is corrected under the lock below.
    const targets = items.map(({ input }, i): IncidentHead | null =>
      input.incidentId !== undefined
        ? (named.get(input.incidentId) ?? null)
        : (candidates[i]!.map((c) => joinable.get(c.playbookId)).find((h) => h !== undefined) ?? null),
    );
    for (const [i, { input, field }] of items.entries()) {
      if (input.incidentId !== undefined && !errors[i] && !targets[i]) {
        errors[i] = unknownReference(`${field}.incidentId`, `Incident ${input.incidentId} does not exist.`);
      }
    }

    // The first item of a key that can be stored is its leader; later items of the key answer with what
    // it stored (as a repeat posted after it would), earlier refused ones keep their own error.
    const leaderOf = new Map<string, number>();
    for (const [i, { input }] of items.entries()) {
      if (!errors[i] && !leaderOf.has(keyOf(input))) leaderOf.set(keyOf(input), i);
    }
    // Every complaint of the group is received now: one first-reply time per playbook and severity.
    const dues = new Map<Playbook, Map<Severity, Date>>();
    const dueFor = (playbook: Playbook, severity: Severity): Date => {
      const bySeverity = dues.get(playbook) ?? new Map<Severity, Date>();
      dues.set(playbook, bySeverity);
      const due = bySeverity.get(severity) ?? firstReplyDueAt(playbook, severity, now);
      bySeverity.set(severity, due);
      return due;
    };
    const rows: NewComplaintRow[] = [];
    const placed: { incident: IncidentHead | null; playbook: Playbook | undefined }[] = [];
    for (const i of leaderOf.values()) {
      const { input } = items[i]!;
      const incident = targets[i]!;
      const playbook = incident
        ? await this.deps.playbooks.definition(incident.playbook_version, trx)
        : this.deps.playbooks.get(candidates[i]![0]?.playbookId ?? '')?.playbook;
      const severity = (incident?.severity ?? playbook?.triggers?.severity ?? 'medium') as Severity;
      placed[i] = { incident, playbook };
      rows.push({
        id: randomUUID(),
        source: input.source,
        externalId: input.externalId,
        text: input.text,
        author: input.author ?? null,
        url: input.url ?? null,
        occurredAt: input.occurredAt ? new Date(input.occurredAt) : now,
        receivedAt: now,
        orderId: input.orderId ?? null,
        tags: input.tags ?? [],
        incidentId: incident?.id ?? null,
        firstReplyDueAt: playbook ? dueFor(playbook, severity) : null,
        postedByKeyId: actor.keyId,
      });
    }
    const inserted = byKey(await insertComplaints(trx, rows));
    // Keys another transaction stored since the first read: nothing was written for them, answer its row.
    const lost = rows.filter((r) => !inserted.has(keyOf(r)));
    const winners = byKey(await findComplaintsByKeys(trx, lost));

    const joined = new Map<string, { seen: IncidentHead; playbook: Playbook; ids: string[] }>();
    const matches: { complaintId: string; playbookId: string; receivedAt: Date }[] = [];
    const waiting = new Map<string, string[]>();
    for (const i of leaderOf.values()) {
      const row = inserted.get(keyOf(items[i]!.input));
      if (!row) continue;
      const { incident, playbook } = placed[i]!;
      if (incident && playbook) {
        const group = joined.get(incident.id);
        if (group) group.ids.push(row.id);
        else joined.set(incident.id, { seen: incident, playbook, ids: [row.id] });
        continue;
      }
      for (const c of candidates[i]!) {
        matches.push({ complaintId: row.id, playbookId: c.playbookId, receivedAt: now });
        const ids = waiting.get(c.playbookId);
        if (ids) ids.push(row.id);
        else waiting.set(c.playbookId, [row.id]);
      }
    }
    await insertMatchesMany(trx, matches);

    const attachments: Attachment[] = [];
    const corrected: { id: string; dueAt: Date }[] = [];
    const locked = await lockAndAddToComplaintCounts(
      trx,
      [...joined].map(([incidentId, { ids }]) => ({ incidentId, n: ids.length })),
    );
    for (const incident of locked) {
      const { seen, playbook, ids } = joined.get(incident.id)!;
      if (incident.severity !== seen.severity) {
        const dueAt = dueFor(playbook, incident.severity as Severity);
        for (const id of ids) corrected.push({ id, dueAt });
      }
      attachments.push({
        incident,
        playbook,
        added: ids.length,
        total: incident.complaint_count,
        complaintId: ids[0],
      });
    }
    await setFirstReplyDue(trx, corrected);
    const refreshed = await afterAttachMany(trx, this.deps, attachments, { reopen: true, actor });
    const opened = await openOnThreshold(
      trx,
      this.deps,
      [...waiting].map(([playbookId, complaintIds]) => ({ playbookId, complaintIds })),
      actor,
    );
    // Each item answers with its final state: the incident a threshold opened, first-reply times an
    // escalation brought forward.
    let final = inserted;
    if (refreshed || corrected.length > 0 || opened.size > 0) {
      final = byKey(
        await findComplaints(
          trx,
          [...inserted.values()].map((r) => r.id),
        ),
      );
    }

    const byLeader = new Map<number, IngestOutcome>();
    for (const i of leaderOf.values()) {
      const key = keyOf(items[i]!.input);
      const row = final.get(key);
      const winner = winners.get(key);
      byLeader.set(
        i,
        row
          ? { created: true, complaint: toComplaint(row) }
          : winner
            ? { created: false, complaint: toComplaint(winner) }
            : {
                error: new DomainError(
                  'CONFLICT',
                  'The complaint is being stored by another request; retry.',
                ),
              },
      );
    }
    return items.map(({ input }, i) => {
      const leader = leaderOf.get(keyOf(input));
      if (leader === undefined || leader > i) return { error: errors[i]! };
      const outcome = byLeader.get(leader)!;
      return leader === i || 'error' in outcome ? outcome : { created: false, complaint: outcome.complaint };
    });
  }

  /** The playbooks a complaint belongs to, best first; a `playbookId` hint from the integration decides alone. */
  private candidates(input: ComplaintInput): TriggerMatch[] {
    if (input.playbookId !== undefined) {
      return [{ playbookId: input.playbookId, keywords: [], tags: [], score: Number.POSITIVE_INFINITY }];
    }
    const playbooks = this.deps.playbooks.list().map((r) => r.playbook);
    return matchPlaybooks(playbooks, {
      source: input.source,
      text: input.text,
      tags: input.tags ?? [],
      orderId: input.orderId ?? null,
    });
  }

  /** A manager attaches a triaged complaint; moving it from one incident to another is refused (409). */
  async attach(id: string, incidentId: string, actor: Actor): Promise<Complaint> {
    return this.deps.db.transaction().execute(async (trx) => {
      const complaint = await lockComplaint(trx, id);
      if (!complaint) throw new NotFoundError('Complaint', id);
      if (complaint.incident_id === incidentId) return toComplaint(complaint);
      if (complaint.incident_id !== null) {
        throw new DomainError(
          'CONFLICT',
          `Complaint ${id} is already attached to incident ${complaint.incident_id}.`,
          { incidentId: complaint.incident_id },
        );
      }
      const incident = await lockIncident(trx, incidentId);
      if (!incident) throw unknownReference('body.incidentId', `Incident ${incidentId} does not exist.`);
      const playbook = await this.deps.playbooks.definition(incident.playbook_version, trx);
      const due = firstReplyDueAt(playbook, incident.severity as Severity, complaint.received_at);
      const updated = await updateComplaint(trx, id, {
        incident_id: incidentId,
        first_reply_due_at: complaint.answered ? complaint.first_reply_due_at : due,
      });
      await this.deps.incidents.recordIn(
        trx,
        incidentId,
        { action: 'complaint.attached', data: { complaintId: id, source: complaint.source } },
        actor,
      );
      // A manager's attach is triage, not news: it counts for volume but does not reopen a finished incident.
      await afterAttach(trx, this.deps, incident, playbook, 1, { reopen: false, actor });
      return toComplaint((await lockComplaint(trx, id)) ?? updated);
    });
  }

  async get(id: string): Promise<ComplaintRow> {
    const row = await findComplaint(this.deps.db, id);
    if (!row) throw new NotFoundError('Complaint', id);
    return row;
  }

  async list(filter: ComplaintFilter): Promise<Complaint[]> {
    if (typeof filter.incidentId === 'string' && !(await findIncident(this.deps.db, filter.incidentId))) {
      throw new NotFoundError('Incident', filter.incidentId);
    }
    return (await listComplaints(this.deps.db, filter)).map(toComplaint);
  }
}

const keyOf = (c: { source: string; externalId: string }) => complaintKey(c.source, c.externalId);

function byKey(rows: readonly ComplaintRow[]): Map<string, ComplaintRow> {
  return new Map(rows.map((r) => [complaintKey(r.source, r.external_id), r]));
}

function unknownReference(field: string, message: string): UnprocessableError {
  return new UnprocessableError(message, [{ field, rule: 'exists', message }]);
}

function describe(errors: readonly { field: string; message: string }[]): string {
  return errors.map((e) => `${e.field}: ${e.message}`).join('; ');
}
