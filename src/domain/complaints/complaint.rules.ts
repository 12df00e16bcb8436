import { type FieldError, fieldError } from '../../errors.ts';
import { addWorkingTime } from '../deadlines/calendar.ts';
import { parseIsoDuration } from '../deadlines/duration.ts';
import { say } from '../messages/message.ts';
import { type Playbook, type Severity, severityRank } from '../playbooks/playbook.schema.ts';
import { checkStatement, type RuleFailure } from '../statements/statement.rules.ts';
import { type Customer, cannedInIncident, type IncidentReply } from './reply-canned.ts';

/**
 * Longest complaint text stored, in Unicode code points (what a person counts as characters, so emoji and
 * Greek count as one each). Longer posts are refused with 422 naming `text`, rather than truncated: a
 * silently shortened complaint would misquote the customer. 10,000 is above every channel we ingest
 * (X 280, Facebook comments 8,000, review sites ~5,000).
 */
export const MAX_COMPLAINT_TEXT = 10_000;

// With the `u` flag a valid pair is one code point above U+FFFF, so this range matches only lone halves.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/**
 * Content rules the JSON schema cannot express: the text limit in code points, and well-formed Unicode in
 * every string (a lone surrogate escaped as `\ud800` is valid JSON but not text; PostgreSQL would refuse it
 * or store garbage), and no NUL (PostgreSQL refuses U+0000). Checked here per item, so one bad item in a
 * batch does not sink the others (src/http/reject-hostile-structure.ts leaves batch strings to this).
 */
export function checkComplaintContent(input: Record<string, unknown>, prefix: string): FieldError[] {
  const errors: FieldError[] = [];
  visitStrings(input, prefix, (value, field) => {
    if (value.includes('\u0000')) {
      errors.push(fieldError(field, 'no_nul', say('content.no_nul', {})));
    } else if (LONE_SURROGATE.test(value)) {
      errors.push(fieldError(field, 'well_formed', say('content.lone_surrogate', {})));
    }
  });
  const text = input.text;
  if (typeof text === 'string') {
    let length = 0;
    for (const _ of text) length++;
    if (length > MAX_COMPLAINT_TEXT) {
      errors.push(
        fieldError(
          `${prefix}.text`,
          'max_length',
          say('content.too_long', { length, max: MAX_COMPLAINT_TEXT }),
        ),
      );
    }
  }
  return errors;
}

function visitStrings(value: unknown, path: string, visit: (s: string, field: string) => void, depth = 0) {
  if (typeof value === 'string') visit(value, path);
  else if (value !== null && typeof value === 'object' && depth < 8) {
    for (const [key, member] of Object.entries(value)) {
      visitStrings(member, Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`, visit, depth + 1);
    }
  }
}

/** When the first reply to a complaint is due: the playbook's time for the severity, in its working time. */
export function firstReplyDueAt(playbook: Playbook, severity: Severity, receivedAt: Date): Date {
  const ms = parseIsoDuration(playbook.firstReply.deadlines[severity]);
  return addWorkingTime(receivedAt, ms, playbook.calendar);
}

/**
 * The severity volume escalation asks for, or null. A rule fires when the complaints within its window
 * crossed its count with this attach (`before` < count ≤ `after`), so a manager who lowered the severity
 * on purpose is not overruled by every later complaint; the highest severity asked for wins, and severity
 * never falls by itself.
 */
export function volumeEscalation(
  rules: readonly { count: number; raiseTo: Severity; inWindow: number }[],
  current: Severity,
  added: number,
): Severity | null {
  let target: Severity | null = null;
  for (const rule of rules) {
    const before = rule.inWindow - added;
    if (
      before < rule.count &&
      rule.inWindow >= rule.count &&
      severityRank(rule.raiseTo) > severityRank(current)
    ) {
      if (target === null || severityRank(rule.raiseTo) > severityRank(target)) target = rule.raiseTo;
    }
  }
  return target;
}

/** Wall-clock milliseconds of an ISO duration window (complaint windows are real time, not working time). */
export const windowMs = (iso: string): number => parseIsoDuration(iso);

/**
 * Only `statements` is read for a reply (the playbook's extra blame phrases); a complaint outside any
 * playbook is checked against the built-in phrases alone.
 */
const NO_PLAYBOOK: Pick<Playbook, 'statements'> = {
  statements: { apologyPhrases: {}, blamePhrases: {}, tonePhrases: {} },
};

/**
 * Reply rules: no blaming the customer, calm tone, and no template. A reply repeated word for word on any
 * other complaint is `canned` (exact match after normalisation, as statement.rules.ts explains); inside an
 * incident, so is one nearly the same as a reply to another of its complaints once names and numbers are
 * masked (reply-canned.ts). `sameTextElsewhere` is the earlier reply with the same normalised text on
 * another complaint, if any; `incident` the replies to the incident's other complaints.
 */
export function checkReply(
  text: string,
  playbook: Playbook | null,
  sameTextElsewhere: string | null,
  incident?: { customer: Customer; others: readonly IncidentReply[] },
): RuleFailure[] {
  const failures = checkStatement('reply', text, {
    playbook: playbook ?? NO_PLAYBOOK,
    previousStatements: sameTextElsewhere === null ? [] : [sameTextElsewhere],
    field: 'body.text',
  });
  if (!incident || failures.some((f) => f.rule === 'canned')) return failures;
  return [...failures, ...cannedInIncident(text, incident.customer, incident.others)];
}
