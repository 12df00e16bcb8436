import { z } from 'zod';
import { messageKey } from '../../domain/messages/message.ts';
import {
  DECISIONS,
  STATEMENT_STAGES,
  STATEMENT_STATUSES,
  type Statement,
} from '../../domain/statements/statement.types.ts';
import { EXAMPLE_INCIDENT_ID, Timestamp } from './common.ts';

const Text = (max: number) => z.string().trim().min(1).max(max);
const EXAMPLE_STATEMENT_ID = '8c2f6a1e-3b7d-4e9a-a5c4-1f0e2d3c4b5a';
const EXAMPLE_TEXT =
  'We are sorry: many of you are still waiting for parcels ordered last week. That is on us, and here is what we are doing about it.';

export const StatementBody = z
  .strictObject({
    stage: z.enum(STATEMENT_STAGES),
    text: Text(5000),
    channels: z
      .array(Text(64))
      .max(20)
      .optional()
      .meta({ description: 'Where it will be published; an apology must cover every complaint channel' }),
    language: z
      .string()
      .regex(/^[a-z]{2}$/, 'must be a two-letter ISO 639-1 code, e.g. "en"')
      .optional()
      .meta({ description: 'Defaults to the playbook’s first language' }),
    actor: Text(200).optional().meta({ description: 'Who writes it (recorded in the audit log)' }),
  })
  .meta({
    example: { stage: 'apologise', text: EXAMPLE_TEXT, channels: ['facebook', 'x'], language: 'en' },
  });

export const DecisionBody = z
  .strictObject({
    decision: z.enum(DECISIONS),
    note: Text(2000).optional().meta({
      description:
        'Why: kept with the decision and audited; required to reject (the author rewrites from it)',
    }),
    actor: Text(200).optional().meta({ description: 'Who decides (recorded in the audit log)' }),
  })
  .refine((b) => b.decision !== 'reject' || b.note !== undefined, {
    path: ['note'],
    error: messageKey('statement.reject_reason'),
  })
  .meta({ example: { decision: 'approve', note: 'Checked with legal; fine to publish.' } });

const Check = z.object({ rule: z.string(), ok: z.boolean(), message: z.string() });
const Person = z.object({ actor: z.string(), keyId: z.uuid().nullable() });

export const CheckOut = z.object({ ok: z.boolean(), checks: z.array(Check) }).meta({
  example: {
    ok: false,
    checks: [
      { rule: 'min_length', ok: true, message: 'Long enough to say what went wrong and what happens next.' },
      {
        rule: 'tone',
        ok: false,
        message: 'The text piles up punctuation (“!!!”): one full stop or question mark reads calmer.',
      },
    ],
  },
});

const exampleStatement = {
  id: EXAMPLE_STATEMENT_ID,
  incidentId: EXAMPLE_INCIDENT_ID,
  stage: 'apologise',
  text: EXAMPLE_TEXT,
  language: 'en',
  channels: ['facebook', 'x'],
  status: 'approved',
  author: { actor: 'Anna (PR)', keyId: '4a9c0b1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d' },
  createdAt: '2026-11-24T08:20:00.000Z',
  decisions: [
    {
      by: { actor: 'Marek (head of care)', keyId: '5b0d1c2e-3f4a-4b6c-9d7e-8f9a0b1c2d3e' },
      decision: 'approve',
      note: 'Checked with legal; fine to publish.',
      at: '2026-11-24T08:31:00.000Z',
    },
  ],
  publishedAt: null,
  checks: [{ rule: 'tone', ok: true, message: 'The tone is calm.' }],
};

export const StatementOut = z
  .object({
    id: z.uuid(),
    incidentId: z.uuid(),
    stage: z.enum(STATEMENT_STAGES),
    text: z.string(),
    language: z.string().nullable(),
    channels: z.array(z.string()),
    status: z.enum(STATEMENT_STATUSES),
    author: Person.nullable().meta({ description: 'null for statements published before drafts existed' }),
    createdAt: Timestamp,
    decisions: z.array(
      z.object({ by: Person, decision: z.enum(DECISIONS), note: z.string().nullable(), at: Timestamp }),
    ),
    publishedAt: Timestamp.nullable(),
    checks: z.array(Check).meta({ description: 'The stage’s statement rules as checked when drafted' }),
  })
  .meta({ id: 'Statement', example: exampleStatement });

export const StatementList = z
  .object({ items: z.array(StatementOut) })
  .meta({ example: { items: [exampleStatement] } });

/** The contract's `Statement`: the reminder times stay internal. */
export function toStatementOut(s: Statement): z.infer<typeof StatementOut> {
  const { remindAt: _remindAt, remindedAt: _remindedAt, ...out } = s;
  return out;
}
