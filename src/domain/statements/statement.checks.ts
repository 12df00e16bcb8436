import { english, type Message, say } from '../messages/message.ts';
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

/** What a rule that passed says (a catalog message), so a UI can show every rule as people type. */
const PASSED = (rule: StatementRule): Message => say(`check.${rule}`, {});

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
    if (failed.length === 0) {
      const passed = PASSED(rule);
      return [{ rule, ok: true, message: english(passed), say: passed }];
    }
    return failed.map((f) => ({ rule, ok: false, message: f.message, say: f.say }));
  });
  return { checks, failures };
}
