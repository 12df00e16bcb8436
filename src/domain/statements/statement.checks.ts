import type { Playbook } from '../playbooks/playbook.schema.ts';
import {
  checkChannels,
  checkStatement,
  type RuleFailure,
  STATEMENT_KIND_RULES,
  type StatementRule,
} from './statement.rules.ts';
import type { StatementCheck, StatementStage } from './statement.types.ts';

/** A statement as drafted: what the rules read. */
export interface StatementDraft {
  stage: StatementStage;
  text: string;
  channels: readonly string[];
}

/** What a rule that passed says, so a UI can show every rule as people type. */
const PASSED: Readonly<Record<StatementRule, string>> = {
  min_length: 'Long enough to say what went wrong and what happens next.',
  apology_phrase: 'It apologises in so many words.',
  blame: 'It does not blame the customer.',
  tone: 'The tone is calm.',
  canned: 'It is not a copy of a statement published for another incident.',
  channels: 'It goes out on every channel customers complained on.',
};

/**
 * Every statement rule of the stage, passed or not: the rules of transitions (statement.rules.ts) run on
 * the draft, so what passes here passes at the step. `failures` carry the field, for a 422.
 */
export function checkDraft(
  playbook: Playbook,
  draft: StatementDraft,
  ctx: { previousStatements: readonly string[]; complaintChannels: readonly string[] },
): { checks: StatementCheck[]; failures: RuleFailure[] } {
  const kind = draft.stage === 'apologise' ? 'apology' : 'admission';
  const opts = { playbook, previousStatements: ctx.previousStatements, field: 'body.text' };
  const failures = checkStatement(kind, draft.text, opts);
  const rules: StatementRule[] = [...STATEMENT_KIND_RULES[kind]];
  if (draft.stage === 'apologise') {
    failures.push(...checkChannels(draft.channels, ctx.complaintChannels, 'body.channels'));
    rules.push('channels');
  }
  const checks = rules.flatMap((rule): StatementCheck[] => {
    const failed = failures.filter((f) => f.rule === rule);
    if (failed.length === 0) return [{ rule, ok: true, message: PASSED[rule] }];
    return failed.map((f) => ({ rule, ok: false, message: f.message }));
  });
  return { checks, failures };
}
