/**
 * A compensation waiting for another key's approval, as a task of `next`: due with the incident's current
 * deadline (the customer waits for it with the stage; none while paused), overdue once that passed.
 */
export interface CompensationApprovalTask {
  kind: 'approve_compensation';
  id: string;
  dueAt: string | null;
  overdue: boolean;
}

export function compensationApprovalTasks(
  pending: readonly { id: string }[],
  deadlineDueAt: string | null,
  now: Date,
): CompensationApprovalTask[] {
  const overdue = deadlineDueAt !== null && Date.parse(deadlineDueAt) < now.getTime();
  return pending.map((c) => ({ kind: 'approve_compensation', id: c.id, dueAt: deadlineDueAt, overdue }));
}
