import { z } from 'zod';
import { fieldError } from '../../errors.ts';
import { majorToMinor, numberExceeds } from '../compensations/money.ts';
import { pastDueError, resolveDueAt } from '../deadlines/due-dates.ts';
import { type Message, say } from '../messages/message.ts';
import { issueMessage, valueAt } from '../messages/zod-issue.ts';
import type { ExtraEvidence, Playbook, Severity, Stage } from '../playbooks/playbook.schema.ts';
import { playbookTimeZone, STAGES } from '../playbooks/playbook.schema.ts';
import { checkChannels, checkStatement } from '../statements/statement.rules.ts';
import { NESTED_SHAPES, shapeOf, unknownFields } from './evidence-fields.ts';
import { EVIDENCE_FIELDS } from './incident.events.ts';
import type { EvidenceError, IncidentEventType } from './incident.types.ts';
import { type NamedStatement, resolveStatementEvidence } from './statement-evidence.ts';

/** What evidence rules need beyond the evidence itself. */
export interface EvidenceCheckContext {
  severity: Severity;
  previousStatements: readonly string[];
  complaintChannels: readonly string[];
  /** The drafted statement `evidence.statementId` names, when it names one. */
  named?: NamedStatement | undefined;
  /** When the step happens: promised changes must be due after it. */
  now?: Date | undefined;
}

export type EvidenceResult =
  | { ok: true; evidence: Record<string, unknown> }
  | { ok: false; errors: EvidenceError[] };

/**
 * Validates the evidence of `event`: the contract's default fields, the playbook's extra `requires` of the
 * stage, the statement and channel rules, the compensation ceiling and currency, and that `set_severity`
 * changes something. Returns the normalised evidence (strings trimmed) or every failing field; a field the
 * event does not know is refused, naming the nearest known one. Pure; used both for the API's error list and as the machine's guard.
 */
export function validateEvidence(
  playbook: Playbook,
  event: IncidentEventType,
  raw: unknown,
  ctx: EvidenceCheckContext,
): EvidenceResult {
  const given = raw ?? {};
  if (typeof given !== 'object' || Array.isArray(given)) {
    return {
      ok: false,
      errors: [fieldError('evidence', 'type', say('evidence.not_object', {}))],
    };
  }
  const resolved = resolveStatementEvidence(playbook, event, given as Record<string, unknown>, ctx);
  const input = resolved.input;
  const evidence: Record<string, unknown> = { ...input };
  const errors: EvidenceError[] = [...resolved.errors];
  const claimed = (field: string) => resolved.claims.includes(field);
  const fields: Record<string, z.ZodType> = EVIDENCE_FIELDS[event];
  for (const [name, schema] of Object.entries(fields)) {
    const parsed = schema.safeParse(input[name]);
    if (parsed.success) {
      if (parsed.data !== undefined) evidence[name] = parsed.data;
    } else if (!claimed(`evidence.${name}`)) {
      errors.push(...parsed.error.issues.map((issue) => toError(name, issue, input[name])));
    }
  }
  if (event === 'improve' && !errors.some((e) => e.field.startsWith('evidence.changes'))) {
    evidence.changes = resolvePlainDates(evidence.changes, playbookTimeZone(playbook));
    const now = ctx.now;
    if (now) {
      (evidence.changes as { dueAt: string }[]).forEach((c, i) => {
        const past = pastDueError(`evidence.changes[${i}].dueAt`, new Date(c.dueAt), now);
        if (past) errors.push(past);
      });
    }
  }
  const extras = isStage(event) ? playbook.stages[event].requires : [];
  for (const extra of extras) errors.push(...checkExtra(extra, input[extra.field]));
  errors.push(...unknownFields(input, [...Object.keys(fields), ...extras.map((e) => e.field)], 'evidence'));
  errors.push(...unknownNestedFields(input));
  const failed = (field: string) =>
    claimed(field) ||
    errors.some(
      (e) => e.field === field || e.field.startsWith(`${field}.`) || e.field.startsWith(`${field}[`),
    );
  errors.push(...checkRules(playbook, event, evidence, ctx, failed));
  if (resolved.statementId !== undefined) evidence.statementId = resolved.statementId;
  return errors.length === 0 ? { ok: true, evidence } : { ok: false, errors };
}

/** Rules on parsed fields; a field that already failed its schema is skipped (its value is not usable). */
function checkRules(
  playbook: Playbook,
  event: IncidentEventType,
  evidence: Record<string, unknown>,
  ctx: EvidenceCheckContext,
  failed: (field: string) => boolean,
): EvidenceError[] {
  const out: EvidenceError[] = [];
  const common = { playbook, previousStatements: ctx.previousStatements };
  if ((event === 'apologise' || event === 'admit') && !failed('evidence.statement')) {
    const kind = event === 'apologise' ? 'apology' : 'admission';
    out.push(
      ...checkStatement(kind, evidence.statement as string, { ...common, field: 'evidence.statement' }),
    );
  }
  if (event === 'apologise' && !failed('evidence.channels')) {
    out.push(...checkChannels(evidence.channels as string[], ctx.complaintChannels, 'evidence.channels'));
  }
  if (event === 'compensate' && !failed('evidence.offer')) {
    const offer = evidence.offer as { value?: number; currency?: string };
    const ceiling = playbook.compensation.ceilings[ctx.severity];
    // Exact: the offer's decimal value against the ceiling in minor units, not one float against another.
    const ceilingMinor = majorToMinor(ceiling.amount, ceiling.currency);
    if (offer.value !== undefined && numberExceeds(offer.value, ceilingMinor, ceiling.currency)) {
      const { amount, currency } = ceiling;
      out.push(
        fieldError(
          'evidence.offer.value',
          'ceiling',
          say('evidence.ceiling', { severity: ctx.severity, amount, currency }),
        ),
      );
    }
    if (offer.value !== undefined && offer.currency !== ceiling.currency) {
      out.push(
        fieldError(
          'evidence.offer.currency',
          'currency',
          say('evidence.currency', { currency: ceiling.currency }),
        ),
      );
    }
  }
  if (event === 'set_severity' && !failed('evidence.severity') && evidence.severity === ctx.severity) {
    out.push(
      fieldError('evidence.severity', 'unchanged', say('evidence.unchanged', { severity: ctx.severity })),
    );
  }
  return out;
}

/** `changes[].dueAt` as instants (a plain date: the end of that day in the playbook's time zone). */
function resolvePlainDates(changes: unknown, timeZone: string): unknown[] {
  return (changes as { dueAt: string }[]).map((change) => ({
    ...change,
    dueAt: resolveDueAt(change.dueAt, timeZone).toISOString(),
  }));
}

/** A playbook's extra field: text (min characters), url (http/https), list (min items) or boolean (must be true). */
function checkExtra(extra: ExtraEvidence, value: unknown): EvidenceError[] {
  const field = `evidence.${extra.field}`;
  if (extra.kind === 'boolean') {
    // A required boolean is a confirmation ("legal reviewed the statement"): only `true` satisfies it.
    if (value === true) return [];
    return [fieldError(field, 'required', say('evidence.confirm', { description: extra.description }))];
  }
  const schema =
    extra.kind === 'text'
      ? z
          .string()
          .trim()
          .min(extra.min ?? 1)
      : extra.kind === 'url'
        ? z.url({ protocol: /^https?$/ })
        : z.array(z.string().trim().min(1)).min(extra.min ?? 1);
  const parsed = schema.safeParse(value);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const error = toError(extra.field, issue, value);
    return fieldError(
      error.field,
      error.rule,
      say('evidence.extra', { description: extra.description, say: error.say }),
    );
  });
}

/** A zod issue as an evidence error, with the field path written the way clients read it. */
function toError(name: string, issue: z.core.$ZodIssue, value: unknown): EvidenceError {
  const field = issue.path.reduce<string>(
    (path, key) => (typeof key === 'number' ? `${path}[${key}]` : `${path}.${String(key)}`),
    `evidence.${name}`,
  );
  // Objects and lists of objects say what they must hold: `{ description, owner }`.
  const message = issueMessage(issue, {
    present: valueAt(value, issue.path) !== undefined,
    shape: shapeOf(name),
  });
  return fieldError(field, EVIDENCE_RULES[message.key] ?? 'invalid', message);
}

/** The rule names evidence errors have always carried, by message. */
const EVIDENCE_RULES: Partial<Record<Message['key'], string>> = {
  'value.required': 'required',
  'value.min_items': 'min_items',
  'value.not_empty': 'min_length',
  'value.min_length': 'min_length',
  'value.min': 'min',
  'value.enum': 'enum',
  'value.url': 'format',
  'value.uuid': 'format',
  'value.datetime': 'format',
  'value.date_or_datetime': 'format',
  'value.due_range': 'range',
  'value.format': 'format',
  'value.currency': 'format',
  'value.type': 'type',
  'value.object_shape': 'type',
  'value.list_shape': 'type',
};

/** Unknown fields inside the evidence's objects (`offer`, each of `actions` and `changes`). */
function unknownNestedFields(input: Record<string, unknown>): EvidenceError[] {
  return Object.entries(NESTED_SHAPES).flatMap(([name, known]) => {
    const value = input[name];
    const items = Array.isArray(value)
      ? value.map((item, i) => [item, `evidence.${name}[${i}]`] as const)
      : [[value, `evidence.${name}`] as const];
    return items.flatMap(([item, path]) =>
      item !== null && typeof item === 'object' && !Array.isArray(item)
        ? unknownFields(item as Record<string, unknown>, known, path)
        : [],
    );
  });
}

function isStage(event: IncidentEventType): event is Stage {
  return (STAGES as readonly string[]).includes(event);
}
