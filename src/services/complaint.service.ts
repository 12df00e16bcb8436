import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Clock } from '../clock.ts';
import {
  type ComplaintRow,
  findComplaint,
  findComplaintByKey,
  insertComplaint,
  insertMatches,
  lockComplaint,
  updateComplaint,
} from '../db/repositories/complaint.repository.ts';
import { type ComplaintFilter, listComplaints } from '../db/repositories/complaint-list.repository.ts';
import { findIncident, lockIncident } from '../db/repositories/incident.repository.ts';
import type { DB } from '../db/schema.ts';
import { matchPlaybooks, type TriggerMatch } from '../domain/complaints/complaint.match.ts';
import { checkComplaintContent, firstReplyDueAt } from '../domain/complaints/complaint.rules.ts';
import type { ComplaintSource, Severity } from '../domain/playbooks/playbook.schema.ts';
import { DomainError, NotFoundError, UnprocessableError } from '../errors.ts';
import type { Actor } from './audit-log.ts';
import { afterAttach, findOpenIncident, lockPlaybooks, openOnThreshold } from './complaint-correlation.ts';
import { type Complaint, toComplaint } from './complaint-view.ts';
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

/** Complaint ingest and correlation; each complaint is one transaction. Replies live in ComplaintReplies. */
export class ComplaintService {
  constructor(private readonly deps: ComplaintServiceDeps) {}

  /**
   * Stores a complaint once per (source, externalId) and correlates it: `created` is false when it was
   * already received (the stored complaint comes back unchanged). `field` prefixes error fields (batch items).
   */
  async ingest(
    input: ComplaintInput,
    actor: Actor,
    field = 'body',
  ): Promise<{ created: boolean; complaint: Complaint }> {
    const content = checkComplaintContent({ ...input }, field);
    if (content.length > 0) throw new UnprocessableError(describe(content), content);
    // Retries are the common case during a crisis: answer them from one indexed read, without locks.
    const known = await findComplaintByKey(this.deps.db, input.source, input.externalId);
    if (known) return { created: false, complaint: toComplaint(known) };
    if (input.playbookId !== undefined && !this.deps.playbooks.get(input.playbookId)) {
      throw unknownReference(`${field}.playbookId`, `There is no playbook "${input.playbookId}".`);
    }
    return this.deps.db.transaction().execute((trx) => this.ingestIn(trx, input, actor, field));
  }

  private async ingestIn(
    trx: Transaction<DB>,
    input: ComplaintInput,
    actor: Actor,
    field: string,
  ): Promise<{ created: boolean; complaint: Complaint }> {
    const now = this.deps.clock();
    const candidates = input.incidentId ? [] : this.candidates(input);
    await lockPlaybooks(
      trx,
      candidates.map((c) => c.playbookId),
    );
    const incidentId = input.incidentId ?? (await findOpenIncident(trx, this.deps, candidates));
    const incident = incidentId ? await lockIncident(trx, incidentId) : null;
    if (incidentId && !incident) {
      throw unknownReference(`${field}.incidentId`, `Incident ${incidentId} does not exist.`);
    }
    const playbook = incident
      ? await this.deps.playbooks.definition(incident.playbook_version, trx)
      : this.deps.playbooks.get(candidates[0]?.playbookId ?? '')?.playbook;
    const severity = (incident?.severity ?? playbook?.triggers?.severity ?? 'medium') as Severity;
    const id = randomUUID();
    const row = await insertComplaint(trx, {
      id,
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
      firstReplyDueAt: playbook ? firstReplyDueAt(playbook, severity, now) : null,
      postedByKeyId: actor.keyId,
    });
    if (!row) {
      // Lost the race to a concurrent retry: nothing was written, answer with the winner.
      const stored = await findComplaintByKey(trx, input.source, input.externalId);
      if (!stored)
        throw new DomainError('CONFLICT', 'The complaint is being stored by another request; retry.');
      return { created: false, complaint: toComplaint(stored) };
    }
    if (incident && playbook) {
      await afterAttach(trx, this.deps, incident, playbook, 1, { reopen: true, actor, complaintId: id });
      return { created: true, complaint: toComplaint(row) };
    }
    await insertMatches(
      trx,
      id,
      now,
      candidates.map((c) => c.playbookId),
    );
    const opened = await openOnThreshold(trx, this.deps, candidates, actor);
    if (!opened) return { created: true, complaint: toComplaint(row) };
    const attached = await lockComplaint(trx, id);
    return { created: true, complaint: toComplaint(attached ?? row) };
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

function unknownReference(field: string, message: string): UnprocessableError {
  return new UnprocessableError(message, [{ field, rule: 'exists', message }]);
}

function describe(errors: readonly { field: string; message: string }[]): string {
  return errors.map((e) => `${e.field}: ${e.message}`).join('; ');
}
