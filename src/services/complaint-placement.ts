import { matchPlaybooks, type TriggerMatch } from '../domain/complaints/complaint.match.ts';
import { firstReplyDueAt } from '../domain/complaints/complaint.rules.ts';
import type { Playbook, Severity } from '../domain/playbooks/playbook.schema.ts';
import type { CorrelationDeps } from './complaint-correlation.ts';
import type { ComplaintInput } from './complaint-input.ts';

/** Every complaint of a group is received at once: one first-reply time per playbook and severity. */
export function firstReplyTimes(now: Date): (playbook: Playbook, severity: Severity) => Date {
  const dues = new Map<Playbook, Map<Severity, Date>>();
  return (playbook, severity) => {
    const bySeverity = dues.get(playbook) ?? new Map<Severity, Date>();
    dues.set(playbook, bySeverity);
    const due = bySeverity.get(severity) ?? firstReplyDueAt(playbook, severity, now);
    bySeverity.set(severity, due);
    return due;
  };
}

/** The playbooks a complaint belongs to, best first; a `playbookId` hint from the integration decides alone. */
export function candidatesOf(deps: CorrelationDeps, input: ComplaintInput): TriggerMatch[] {
  if (input.playbookId !== undefined) {
    return [{ playbookId: input.playbookId, keywords: [], tags: [], score: Number.POSITIVE_INFINITY }];
  }
  return matchPlaybooks(
    deps.playbooks.list().map((r) => r.playbook),
    { source: input.source, text: input.text, tags: input.tags ?? [], orderId: input.orderId ?? null },
  );
}
