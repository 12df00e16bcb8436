import type { Playbook, Stage } from '../playbooks/playbook.schema.ts';
import { STAGES } from '../playbooks/playbook.schema.ts';
import { EVIDENCE_FIELDS } from './incident.events.ts';

/** One thing the current stage demands before its event is accepted. */
export type Requirement =
  | { field: string; source: 'contract' }
  | {
      field: string;
      source: 'playbook';
      kind: string;
      description: string;
      /** The description in other languages (a desk shows its own). */
      descriptions: Record<string, string>;
      min?: number;
    };

/** The current stage: what it requires and how to go about it, in one of the playbook's languages. */
export interface StageGuide {
  id: Stage;
  requires: Requirement[];
  guidance: { language: string; principles: string[]; checks: string[] };
}

/** The first of the caller's preferred languages the playbook is written in, else the playbook's first. */
export function pickLanguage(available: readonly string[], preferred: readonly string[]): string {
  return preferred.find((lang) => available.includes(lang)) ?? available[0]!;
}

/**
 * The languages to look for guidance in: Accept-Language when the caller sent one; else the language most
 * of the incident's complaints are written in (a PR team answering Greek complaints reads the Greek
 * guidance); `pickLanguage` falls back to the playbook's first when it has none of them.
 */
export function guidanceLanguages(
  accepted: readonly string[],
  complaintLanguage: string | undefined,
): string[] {
  if (accepted.length > 0) return [...accepted];
  return complaintLanguage === undefined ? [] : [complaintLanguage];
}

/** The guide to the stage due in `state`, or null outside the 5P walk (legal, monitoring, closed…). */
export function stageGuide(
  playbook: Playbook,
  state: string,
  preferred: readonly string[],
): StageGuide | null {
  if (!(STAGES as readonly string[]).includes(state)) return null;
  const id = state as Stage;
  const stage = playbook.stages[id];
  const written = playbook.languages.filter((lang) => stage.guidance[lang] !== undefined);
  const language = pickLanguage(written.length > 0 ? written : Object.keys(stage.guidance), preferred);
  const guidance = stage.guidance[language]!;
  return {
    id,
    requires: [
      ...Object.keys(EVIDENCE_FIELDS[id]).map((field): Requirement => ({ field, source: 'contract' })),
      ...stage.requires.map(
        (r): Requirement => ({
          field: r.field,
          source: 'playbook',
          kind: r.kind,
          description: r.description,
          descriptions: { ...r.descriptions },
          ...(r.min !== undefined ? { min: r.min } : {}),
        }),
      ),
    ],
    guidance: { language, principles: [...guidance.principles], checks: [...guidance.checks] },
  };
}

/** A complaint waiting for its first reply, as a task: soonest due first, overdue once its time passed. */
export interface ReplyTask {
  kind: 'reply';
  id: string;
  dueAt: string | null;
  overdue: boolean;
}

export function replyTasks(
  complaints: readonly { id: string; dueAt: Date | null }[],
  now: Date,
): ReplyTask[] {
  return [...complaints]
    .sort(
      (a, b) =>
        (a.dueAt?.getTime() ?? Number.POSITIVE_INFINITY) - (b.dueAt?.getTime() ?? Number.POSITIVE_INFINITY),
    )
    .map((c) => ({
      kind: 'reply',
      id: c.id,
      dueAt: c.dueAt?.toISOString() ?? null,
      overdue: c.dueAt !== null && c.dueAt.getTime() < now.getTime(),
    }));
}

/**
 * A statement waiting for approval, as a task for everyone who reads the incident: it is due with the
 * stage it will publish (the incident's current deadline; none while paused), overdue once that passed.
 */
export interface ApprovalTask {
  kind: 'approve_statement';
  id: string;
  dueAt: string | null;
  overdue: boolean;
}

export function approvalTasks(
  pending: readonly { id: string }[],
  deadlineDueAt: string | null,
  now: Date,
): ApprovalTask[] {
  const overdue = deadlineDueAt !== null && Date.parse(deadlineDueAt) < now.getTime();
  return pending.map((s) => ({ kind: 'approve_statement', id: s.id, dueAt: deadlineDueAt, overdue }));
}

/** An open public commitment, as a task: due when promised, overdue once that passed (the worker then marks it missed). */
export interface CommitmentTask {
  kind: 'commitment';
  id: string;
  dueAt: string;
  overdue: boolean;
}

export function commitmentTasks(open: readonly { id: string; dueAt: Date }[], now: Date): CommitmentTask[] {
  return [...open]
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())
    .map((c) => ({
      kind: 'commitment',
      id: c.id,
      dueAt: c.dueAt.toISOString(),
      overdue: c.dueAt.getTime() < now.getTime(),
    }));
}
