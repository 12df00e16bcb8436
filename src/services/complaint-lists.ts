import type { Kysely } from 'kysely';
import type { Clock } from '../clock.ts';
import {
  type ComplaintFilter,
  type ComplaintOrder,
  type ComplaintPosition,
  countComplaints,
  listComplaints,
  matchedPlaybookIds,
} from '../db/repositories/complaint-list.repository.ts';
import { listRepliesOf } from '../db/repositories/complaint-reply.repository.ts';
import { findIncident } from '../db/repositories/incident.repository.ts';
import type { DB } from '../db/schema.ts';
import { type ClosestPlaybook, closestPlaybook } from '../domain/complaints/complaint.closest.ts';
import type { ComplaintSource } from '../domain/playbooks/playbook.schema.ts';
import { NotFoundError } from '../errors.ts';
import { type Complaint, type Reply, toReply } from './complaint-view.ts';
import { viewComplaints } from './complaint-zones.ts';
import type { PlaybookRegistry } from './playbook-registry.ts';

export interface ComplaintListQuery extends Omit<ComplaintFilter, 'overdue'> {
  /** Judged at the service's clock. */
  overdue?: boolean | undefined;
  order: ComplaintOrder;
  after?: ComplaintPosition | undefined;
  limit: number;
  /** Each complaint with its conversation (an incident's list, the desk). */
  withReplies?: boolean;
}

/** Why an unattached complaint waits: the playbook it counts towards, or the one it came closest to. */
export interface ComplaintMatch {
  playbookId: string | null;
  closest: ClosestPlaybook | null;
}

export type ListedComplaint = Complaint & { replies?: Reply[]; match?: ComplaintMatch };

/**
 * The complaint lists: a page in the chosen order and, for a list of one incident or of the unattached,
 * the total the filter matches (a desk shows "37 of 320"). Unattached complaints say why they wait.
 */
export class ComplaintLists {
  constructor(private readonly deps: { db: Kysely<DB>; clock: Clock; playbooks: PlaybookRegistry }) {}

  async list(q: ComplaintListQuery): Promise<{ items: ListedComplaint[]; total: number | null }> {
    const { db } = this.deps;
    if (typeof q.incidentId === 'string' && !(await findIncident(db, q.incidentId))) {
      throw new NotFoundError('incident', q.incidentId);
    }
    const { overdue, order, after, limit, withReplies, ...rest } = q;
    const filter: ComplaintFilter = {
      ...rest,
      ...(overdue === undefined ? {} : { overdue: { is: overdue, now: this.deps.clock() } }),
    };
    const rows = await listComplaints(db, { ...filter, order, after, limit });
    const scoped = q.incidentId !== undefined;
    const [items, total, replies, matches] = await Promise.all([
      viewComplaints(db, this.deps.playbooks, rows),
      // A whole-table count is not worth a page of every complaint: only a scoped list is counted.
      scoped ? countComplaints(db, filter) : Promise.resolve(null),
      withReplies
        ? listRepliesOf(
            db,
            rows.map((r) => r.id),
          )
        : Promise.resolve([]),
      this.matchesOf(rows.filter((r) => r.incident_id === null)),
    ]);
    const byComplaint = new Map<string, Reply[]>();
    for (const r of replies)
      byComplaint.set(r.complaint_id, [...(byComplaint.get(r.complaint_id) ?? []), toReply(r)]);
    return {
      total,
      items: items.map((c) => ({
        ...c,
        ...(withReplies ? { replies: byComplaint.get(c.id) ?? [] } : {}),
        ...(matches.has(c.id) ? { match: matches.get(c.id)! } : {}),
      })),
    };
  }

  private async matchesOf(
    loose: readonly { id: string; source: string; text: string; tags: string[]; order_id: string | null }[],
  ): Promise<Map<string, ComplaintMatch>> {
    const matched = await matchedPlaybookIds(
      this.deps.db,
      loose.map((r) => r.id),
    );
    const playbooks = this.deps.playbooks.list().map((r) => r.playbook);
    return new Map(
      loose.map((r) => {
        const counted = matched.get(r.id)?.[0] ?? null;
        const facts = {
          source: r.source as ComplaintSource,
          text: r.text,
          tags: r.tags,
          orderId: r.order_id,
        };
        return [r.id, { playbookId: counted, closest: counted ? null : closestPlaybook(playbooks, facts) }];
      }),
    );
  }
}
