import type { Kysely } from 'kysely';
import type { Clock } from '../clock.ts';
import { incidentCommitments } from '../db/repositories/commitment.repository.ts';
import { listCompensations } from '../db/repositories/compensation.repository.ts';
import { listIncidentDeadlines } from '../db/repositories/deadline.repository.ts';
import { findIncident } from '../db/repositories/incident.repository.ts';
import { complaintFactsOf } from '../db/repositories/report.repository.ts';
import { listStatements } from '../db/repositories/statement.repository.ts';
import type { DB } from '../db/schema.ts';
import { compensationPolicy } from '../domain/compensations/compensation.policy.ts';
import { playbookTimeZone, type Severity } from '../domain/playbooks/playbook.schema.ts';
import { buildIncidentReport, type IncidentReport } from '../domain/reports/incident.report.ts';
import { NotFoundError } from '../errors.ts';
import { readAuditChain, verifyChainOf } from './audit-log.ts';
import { toDeadlineView } from './incident-queries.ts';
import type { PlaybookRegistry } from './playbook-registry.ts';

/** Reads what an incident's post-mortem is built from and builds it (src/domain/reports/). */
export class IncidentReports {
  constructor(private readonly deps: { db: Kysely<DB>; clock: Clock; playbooks: PlaybookRegistry }) {}

  async report(id: string): Promise<IncidentReport> {
    const { db } = this.deps;
    // One transaction: the chain, the deadlines and the row it is verified against are one moment's.
    return db.transaction().execute(async (trx) => {
      const row = await findIncident(trx, id);
      if (!row) throw new NotFoundError('incident', id);
      const now = this.deps.clock();
      const [playbook, deadlines, statements, complaints, audit, ledger, commitments] = await Promise.all([
        this.deps.playbooks.definition(row.playbook_version, trx),
        listIncidentDeadlines(trx, id),
        listStatements(trx, id),
        complaintFactsOf(trx, id),
        readAuditChain(trx, id),
        listCompensations(trx, id),
        incidentCommitments(trx, id),
      ]);
      const severity = row.severity as Severity;
      return buildIncidentReport(
        {
          incident: {
            id: row.id,
            title: row.title,
            playbookId: row.playbook_id,
            playbookVersion: row.playbook_version,
            state: row.state,
            severity,
            openedAt: row.opened_at.toISOString(),
            timeZone: playbookTimeZone(playbook),
          },
          deadlines: deadlines.map((d) => toDeadlineView(d, now)),
          statements: statements.map((s) => ({
            id: s.id,
            stage: s.stage,
            status: s.status,
            author: s.author?.actor ?? null,
            createdAt: s.createdAt,
            publishedAt: s.publishedAt,
            channels: s.channels,
            approvals: s.decisions.filter((d) => d.decision === 'approve').length,
            text: s.text,
          })),
          complaints,
          audit,
          verdict: verifyChainOf(row, audit),
          compensation: { items: ledger, currency: compensationPolicy(playbook, severity).currency },
          commitments: commitments.map((c) => ({
            id: c.id,
            description: c.description,
            owner: c.owner,
            dueAt: c.dueAt,
            status: c.status,
          })),
        },
        now,
      );
    });
  }
}
