import type { AuditEntry, ChainVerdict } from '../audit/audit-chain.ts';
import type { CommitmentStatus } from '../commitments/commitment.types.ts';
import { formatTotals, type LedgerTotalsText, ledgerTotals } from '../compensations/compensation.totals.ts';
import type { Compensation } from '../compensations/compensation.types.ts';
import type { Severity, Stage } from '../playbooks/playbook.schema.ts';
import { type ComplaintFacts, type ComplaintSummary, summariseComplaints } from './complaint-summary.ts';

/** A deadline row as the read side shows it (a pending one past due already reads as breached). */
export interface ReportDeadline {
  stage: Stage;
  startedAt: string;
  dueAt: string | null;
  completedAt: string | null;
  breachedAt: string | null;
  status: 'pending' | 'met' | 'breached' | 'paused' | 'cancelled';
}

/** A statement as the report lists it. */
export interface ReportStatement {
  id: string;
  stage: string;
  status: string;
  author: string | null;
  createdAt: string;
  publishedAt: string | null;
  channels: string[];
  approvals: number;
  text: string;
}

/** A public commitment as the report lists it. */
export interface ReportCommitment {
  id: string;
  description: string;
  owner: string;
  dueAt: string;
  status: CommitmentStatus;
}

/** Everything the report is built from: read by the service, nothing here reads. */
export interface ReportInput {
  incident: {
    id: string;
    title: string;
    playbookId: string;
    playbookVersion: string;
    state: string;
    severity: Severity;
    openedAt: string;
    timeZone: string;
  };
  deadlines: readonly ReportDeadline[];
  statements: readonly ReportStatement[];
  complaints: readonly ComplaintFacts[];
  /** The whole chain, oldest first: pauses are read from its deadline effects. */
  audit: readonly AuditEntry[];
  verdict: ChainVerdict;
  /** The ledger's items and the currency its totals are kept in (the playbook's at the severity). */
  compensation: { items: readonly Compensation[]; currency: string };
  /** The incident's commitments, from improve and manual. */
  commitments: readonly ReportCommitment[];
}

export interface ReportStage {
  stage: Stage;
  startedAt: string;
  dueAt: string | null;
  completedAt: string | null;
  status: ReportDeadline['status'];
  breached: boolean;
  /** Wall-clock time the deadline spent paused (legal), up to `generatedAt` while still paused. */
  pausedMs: number;
}

export interface IncidentReport {
  incident: ReportInput['incident'];
  generatedAt: string;
  stages: ReportStage[];
  statements: ReportStatement[];
  complaints: ComplaintSummary;
  /** The ledger's totals, the same as `GET …/compensations` gives; null while it records no item. */
  compensation: LedgerTotalsText | null;
  commitments: ReportCommitment[];
  audit: ChainVerdict;
}

/** The post-mortem of an incident at `now`: stages against their deadlines, statements, complaints, the chain. */
export function buildIncidentReport(input: ReportInput, now: Date): IncidentReport {
  const pauses = pausesByDeadline(input.audit, now);
  return {
    incident: input.incident,
    generatedAt: now.toISOString(),
    stages: input.deadlines.map((d) => ({
      stage: d.stage,
      startedAt: d.startedAt,
      dueAt: d.dueAt,
      completedAt: d.completedAt,
      status: d.status,
      breached: d.status === 'breached',
      pausedMs: pauses.get(deadlineKey(d.stage, d.startedAt)) ?? 0,
    })),
    statements: [...input.statements],
    complaints: summariseComplaints(input.complaints),
    compensation:
      input.compensation.items.length === 0
        ? null
        : formatTotals(ledgerTotals(input.compensation.items, input.compensation.currency)),
    commitments: [...input.commitments],
    audit: input.verdict,
  };
}

const deadlineKey = (stage: string, startedAt: string) => `${stage}@${Date.parse(startedAt)}`;

interface Effectish {
  type: string;
  stage?: string;
  startedAt?: string;
  at?: string;
}

/**
 * Paused time per deadline (stage and start), from the deadline effects the chain recorded: each
 * `deadline_paused` runs until the `deadline_resumed` or `deadline_cancelled` of the same deadline, or now.
 */
function pausesByDeadline(audit: readonly AuditEntry[], now: Date): Map<string, number> {
  const totals = new Map<string, number>();
  const open = new Map<string, { key: string; since: number }>();
  const current = new Map<string, string>();
  for (const entry of audit) {
    const effects = Array.isArray(entry.data.effects) ? (entry.data.effects as Effectish[]) : [];
    for (const e of effects) {
      if (typeof e.stage !== 'string') continue;
      if (e.type === 'deadline_started' && e.startedAt) {
        current.set(e.stage, deadlineKey(e.stage, e.startedAt));
        continue;
      }
      const key = current.get(e.stage);
      if (key === undefined || e.at === undefined) continue;
      if (e.type === 'deadline_paused') open.set(e.stage, { key, since: Date.parse(e.at) });
      if (e.type === 'deadline_resumed' || e.type === 'deadline_cancelled') {
        const pause = open.get(e.stage);
        if (pause) totals.set(key, (totals.get(key) ?? 0) + Date.parse(e.at) - pause.since);
        open.delete(e.stage);
      }
    }
  }
  for (const pause of open.values()) {
    totals.set(pause.key, (totals.get(pause.key) ?? 0) + Math.max(0, now.getTime() - pause.since));
  }
  return totals;
}
