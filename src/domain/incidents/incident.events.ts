import { z } from 'zod';
import { isStorableDate, isStorableInstant } from '../instant-range.ts';
import { messageKey } from '../messages/message.ts';
import { SeveritySchema, StageSchema } from '../playbooks/playbook.schema.ts';
import type { IncidentEventType } from './incident.types.ts';
import type { NamedStatement } from './statement-evidence.ts';

const Text = z.string().trim().min(1);

/**
 * When a promised change is due: an instant with its offset, or a plain date meaning the end of that day
 * in the playbook's time zone (resolved by validateEvidence, which knows the playbook); in the range the
 * databases store (src/domain/instant-range.ts).
 */
export const DueAt = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()], { error: messageKey('value.date_or_datetime') })
  .refine((v) => isStorableInstant(v) && isStorableDate(v), { error: messageKey('value.due_range') });

/** Kinds of compensation an offer may take. */
export const OFFER_KINDS = ['discount', 'voucher', 'refund', 'gift', 'free_shipping', 'other'] as const;

/**
 * The evidence each event requires by default (the API table), one zod schema per field. Kept as field
 * maps rather than whole objects so that every field is checked on its own: a refusal lists every failing
 * field, and the rules that need a field's parsed value (statements, ceilings) still run when another field
 * fails. Unknown fields are not listed here: they are kept as given.
 */
export const EVIDENCE_FIELDS = {
  apologise: { statement: Text, channels: z.array(Text).min(1) },
  admit: { statement: Text, cause: Text },
  counteract: { actions: z.array(z.object({ description: Text, owner: Text }).loose()).min(1) },
  improve: {
    changes: z.array(z.object({ description: Text, owner: Text, dueAt: DueAt }).loose()).min(1),
  },
  compensate: {
    offer: z
      .object({
        kind: z.enum(OFFER_KINDS),
        description: Text,
        value: z.number().nonnegative().optional(),
        currency: z
          .string()
          .regex(/^[A-Z]{3}$/, messageKey('value.currency'))
          .optional(),
      })
      .loose(),
  },
  /** Why attached complaints stay without a public reply, when some do (else `close` is refused). */
  close: {
    unansweredReason: Text.optional(),
    /** Close with public commitments still open: they stay tracked (reminded, missed) after the close. */
    carryOver: z.boolean().optional(),
  },
  /** Lawyers only where the customer's fault is evident: what they did, and the proof. */
  escalate_legal: {
    reason: Text,
    customerAtFault: z.object({ summary: Text, evidence: z.array(Text).min(1) }),
  },
  resume: {},
  dismiss: { reason: Text },
  /** `stragglers`: set when the playbook's reopen threshold reopened it (the system), so a desk can word it. */
  reopen: {
    reason: Text,
    stragglers: z.object({ count: z.number().int().min(1), within: Text }).optional(),
  },
  set_severity: { severity: SeveritySchema, reason: Text },
} as const satisfies Record<IncidentEventType, Record<string, z.ZodType>>;

/** The default evidence of `event` as one object schema (for OpenAPI and clients); unknown fields pass. */
export function evidenceSchema(event: IncidentEventType) {
  return z.object(EVIDENCE_FIELDS[event]).loose();
}

/** An event as the machine receives it: the command plus the step context, with the clock as an ISO string. */
export interface IncidentMachineEvent {
  type: IncidentEventType;
  /** RFC 3339 UTC instant of the step. */
  now: string;
  evidence: Record<string, unknown>;
  previousStatements: readonly string[];
  complaintChannels: readonly string[];
  named?: NamedStatement | undefined;
}

const Instant = z.iso.datetime();

/** The deadline as kept in context: the public shape plus the working time already spent paused. */
export const StoredDeadlineSchema = z.object({
  stage: StageSchema,
  startedAt: Instant,
  dueAt: Instant.nullable(),
  pausedAt: Instant.nullable(),
  remainingMs: z.number().nonnegative().nullable(),
  /** Working time spent in legal since the stage's deadline started; extends the deadline when recomputed. */
  pausedWorkMs: z.number().nonnegative(),
});
export type StoredDeadline = z.infer<typeof StoredDeadlineSchema>;

/** Machine context: plain JSON (dates as ISO strings), so persisted snapshots round-trip through jsonb. */
export const IncidentContextSchema = z.object({
  severity: SeveritySchema,
  openedAt: Instant,
  /** Start of the current 5P walk: `openedAt`, or the last reopen. Anchor of `deadlineFrom: opened`. */
  cycleStartedAt: Instant,
  completedStages: z.array(StageSchema),
  legalReturnTo: StageSchema.nullable(),
  deadline: StoredDeadlineSchema.nullable(),
});
export type IncidentContext = z.infer<typeof IncidentContextSchema>;

/** Input of a new incident. */
export interface IncidentInput {
  severity: z.infer<typeof SeveritySchema>;
  now: string;
}
