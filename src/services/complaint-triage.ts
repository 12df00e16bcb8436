import type { Kysely } from 'kysely';
import { attachComplaints, lockComplaints } from '../db/repositories/complaint.repository.ts';
import {
  type ComplaintFilter,
  countComplaints,
  listComplaints,
} from '../db/repositories/complaint-list.repository.ts';
import { lockIncident } from '../db/repositories/incident.repository.ts';
import type { DB } from '../db/schema.ts';
import type { Actor } from '../domain/audit/audit-chain.ts';
import { firstReplyDueAt } from '../domain/complaints/complaint.rules.ts';
import { say } from '../domain/messages/message.ts';
import type { Severity } from '../domain/playbooks/playbook.schema.ts';
import { DomainError, NotFoundError, unknownReference } from '../errors.ts';
import { afterAttach, type CorrelationDeps } from './complaint-correlation.ts';

/** At most this many complaints are attached by one request (the rest: the next request). */
export const MAX_BULK_ATTACH = 1000;

export interface BulkAttachResult {
  attached: number;
  alreadyAttached: number;
  refused: { complaintId: string; error: DomainError }[];
  /** For a filter: how many unattached complaints it matched before this request (more may remain). */
  matched?: number;
}

/**
 * Triage in bulk: many unattached complaints join one incident in one transaction, each audited as the
 * single attach audits it (`complaint.attached`), counted for volume, never reopening the incident (a
 * manager's triage is not news; stragglers of a quiet incident are still counted). A complaint of
 * another incident is refused on its own (409), an unknown one too (404); the others go on.
 */
export class ComplaintTriage {
  constructor(private readonly deps: CorrelationDeps & { db: Kysely<DB> }) {}

  async attachMany(
    incidentId: string,
    pick:
      | { complaintIds: readonly string[] }
      | { filter: Omit<ComplaintFilter, 'incidentId' | 'overdue'> & { overdue?: boolean | undefined } },
    actor: Actor,
  ): Promise<BulkAttachResult> {
    const { db } = this.deps;
    let ids: readonly string[];
    let matched: number | undefined;
    if ('filter' in pick) {
      const { overdue, ...rest } = pick.filter;
      const judged = overdue === undefined ? {} : { overdue: { is: overdue, now: this.deps.clock() } };
      const filter: ComplaintFilter = { ...rest, ...judged, incidentId: null };
      [ids, matched] = await Promise.all([
        listComplaints(db, { ...filter, order: 'oldest', limit: MAX_BULK_ATTACH }).then((r) =>
          r.map((c) => c.id),
        ),
        countComplaints(db, filter),
      ]);
    } else {
      ids = [...new Set(pick.complaintIds)];
    }
    return db.transaction().execute(async (trx) => {
      // Complaints first, then the incident: the order the single attach takes them in.
      const rows = await lockComplaints(trx, ids);
      const found = new Map(rows.map((r) => [r.id, r]));
      const refused: BulkAttachResult['refused'] = [];
      let alreadyAttached = 0;
      const joining: typeof rows = [];
      for (const id of ids) {
        const row = found.get(id);
        if (!row) refused.push({ complaintId: id, error: new NotFoundError('complaint', id) });
        else if (row.incident_id === incidentId) alreadyAttached += 1;
        else if (row.incident_id !== null) {
          const error = new DomainError(
            'CONFLICT',
            say('complaint_already_attached', { id, incidentId: row.incident_id }),
            { incidentId: row.incident_id },
          );
          refused.push({ complaintId: id, error });
        } else joining.push(row);
      }
      // Each complaint refused on its own says why; the incident matters once one would join it.
      if (joining.length === 0 && alreadyAttached === 0) return { attached: 0, alreadyAttached, refused };
      const incident = await lockIncident(trx, incidentId);
      if (!incident) {
        throw unknownReference('body.incidentId', say('not_found', { thing: 'incident', id: incidentId }));
      }
      if (joining.length > 0) {
        const playbook = await this.deps.playbooks.definition(incident.playbook_version, trx);
        const severity = incident.severity as Severity;
        await attachComplaints(
          trx,
          incidentId,
          joining.map((r) => ({
            id: r.id,
            dueAt: r.answered ? r.first_reply_due_at : firstReplyDueAt(playbook, severity, r.received_at),
          })),
        );
        await this.deps.incidents.recordIn(
          trx,
          incidentId,
          joining.map((r) => ({
            action: 'complaint.attached',
            data: { complaintId: r.id, source: r.source },
          })),
          actor,
        );
        const joined = joining.map((r) => r.id);
        await afterAttach(trx, this.deps, incident, playbook, joined, { reopen: false, actor });
      }
      return {
        attached: joining.length,
        alreadyAttached,
        refused,
        ...(matched === undefined ? {} : { matched }),
      };
    });
  }
}
