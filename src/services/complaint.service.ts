import type { Kysely } from 'kysely';
import type { Clock } from '../clock.ts';
import {
  type ComplaintRow,
  findComplaint,
  findComplaintsByKeys,
} from '../db/repositories/complaint.repository.ts';
import { findIncidentHeads } from '../db/repositories/incident.repository.ts';
import type { DB } from '../db/schema.ts';
import type { Actor } from '../domain/audit/audit-chain.ts';
import { detectLanguage } from '../domain/complaints/complaint.language.ts';
import { checkComplaintContent } from '../domain/complaints/complaint.rules.ts';
import { say } from '../domain/messages/message.ts';
import { NotFoundError, UnprocessableError } from '../errors.ts';
import { Batcher } from './batcher.ts';
import { byKey, keyOf, storeComplaints } from './complaint-ingest.ts';
import type {
  ComplaintInput,
  FreshItem,
  IngestedComplaint,
  IngestItem,
  IngestOutcome,
} from './complaint-input.ts';
import { ComplaintTriage } from './complaint-triage.ts';
import type { Complaint } from './complaint-view.ts';
import { viewComplaint, viewComplaints } from './complaint-zones.ts';
import type { IncidentCommands } from './incident-commands.ts';
import type { PlaybookRegistry } from './playbook-registry.ts';

export type { ComplaintInput, IngestedComplaint, IngestItem, IngestOutcome } from './complaint-input.ts';
export type { Complaint } from './complaint-view.ts';

export interface ComplaintServiceDeps {
  db: Kysely<DB>;
  clock: Clock;
  playbooks: PlaybookRegistry;
  incidents: IncidentCommands;
  /** First-reply time of a complaint no playbook claims (config FIRST_REPLY_DEFAULT). */
  firstReplyDefaultMs: number;
}

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

type Store = () => Promise<IngestOutcome[]>;

/** Complaint ingest and correlation, a group of complaints per transaction. Replies live in ComplaintReplies. */
export class ComplaintService {
  /** Per actor: a group's audit entries (reopen, escalation, opening) name one actor. */
  private readonly queues = new Map<string, Batcher<IngestItem, IngestOutcome>>();
  /** Large groups' transactions, one at a time (see LARGE_GROUP). */
  private readonly largeStores = new Batcher<Store, IngestOutcome[]>({
    run: async ([store]) => [await store!()],
    flush: 'now',
    maxItems: 1,
    maxInFlight: 1,
    onFailure: 'fail-all',
  });

  private readonly triage: ComplaintTriage;

  constructor(private readonly deps: ComplaintServiceDeps) {
    this.triage = new ComplaintTriage(deps);
  }

  /** Many triaged complaints to one incident at once (ComplaintTriage). */
  attachMany(...args: Parameters<ComplaintTriage['attachMany']>) {
    return this.triage.attachMany(...args);
  }

  /**
   * Stores a complaint once per (source, externalId) and correlates it: `created` is false when it was
   * already received (the stored complaint comes back unchanged). A refused complaint throws its error.
   * Concurrent calls are group-committed (see {@link ingestMany}).
   */
  async ingest(
    input: ComplaintInput,
    actor: Actor,
    field = 'body',
  ): Promise<{ created: boolean; complaint: IngestedComplaint }> {
    const outcome = await this.queue(actor).submit({ input, field });
    if ('error' in outcome) throw outcome.error;
    return outcome;
  }

  /**
   * A batch: {@link ingestMany} as one unit of a group, so the batch is stored whole or not at all, and
   * batches posted at the same time share a transaction.
   */
  ingestBatch(items: readonly IngestItem[], actor: Actor): Promise<IngestOutcome[]> {
    return items.length === 0 ? Promise.resolve([]) : this.queue(actor).submitAll(items);
  }

  private queue(actor: Actor): Batcher<IngestItem, IngestOutcome> {
    const key = JSON.stringify([actor.name, actor.keyId, actor.keyName]);
    let queue = this.queues.get(key);
    if (!queue) {
      queue = new Batcher({
        run: (items) => this.ingestMany(items, actor),
        flush: 'now',
        maxItems: MAX_GROUP,
        maxInFlight: 2,
        onFailure: 'fail-all',
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
      if (content.length > 0)
        outcomes[i] = { error: new UnprocessableError(say('invalid_fields', { errors: content }), content) };
      else checked.push(i);
    }
    // Retries are the common case during a crisis: answer them from one indexed read, without locks. The
    // incidents named are placed by an unlocked read too (see storeComplaints); both reads run side by side.
    const named = checked.flatMap((i) => items[i]!.input.incidentId ?? []);
    const [storedRows, namedRows] = await Promise.all([
      findComplaintsByKeys(
        this.deps.db,
        checked.map((i) => items[i]!.input),
      ),
      findIncidentHeads(this.deps.db, named),
    ]);
    const stored = byKey(storedRows);
    const shown = new Map((await this.view(this.deps.db, storedRows)).map((c) => [c.id, c]));
    const fresh: number[] = [];
    for (const i of checked) {
      const known = stored.get(keyOf(items[i]!.input));
      if (known) outcomes[i] = { created: false, complaint: shown.get(known.id)! };
      else fresh.push(i);
    }
    if (fresh.length === 0) return outcomes;
    const heads = new Map(namedRows.map((r) => [r.id, r]));
    // Detected here, outside the transaction: a group's CPU work overlaps another group's database work.
    const ready: FreshItem[] = fresh.map((i) => ({
      ...items[i]!,
      language: detectLanguage(items[i]!.input.text),
    }));
    const store: Store = () =>
      this.deps.db.transaction().execute((trx) => storeComplaints(trx, this.deps, ready, heads, actor));
    const written = fresh.length > LARGE_GROUP ? await this.largeStores.submit(store) : await store();
    for (const [j, i] of fresh.entries()) outcomes[i] = written[j]!;
    return outcomes;
  }

  /** A manager attaches a triaged complaint (bulk triage with one); another incident's is refused (409). */
  async attach(id: string, incidentId: string, actor: Actor): Promise<Complaint> {
    const { refused } = await this.triage.attachMany(incidentId, { complaintIds: [id] }, actor);
    if (refused[0]) throw refused[0].error;
    return viewComplaint(this.deps.db, this.deps.playbooks, await this.get(id));
  }

  async get(id: string): Promise<ComplaintRow> {
    const row = await findComplaint(this.deps.db, id);
    if (!row) throw new NotFoundError('complaint', id);
    return row;
  }

  /** Rows as the API shows them (local first-reply times: complaint-zones.ts). */
  view(db: Kysely<DB>, rows: readonly ComplaintRow[]): Promise<Complaint[]> {
    return viewComplaints(db, this.deps.playbooks, rows);
  }
}
