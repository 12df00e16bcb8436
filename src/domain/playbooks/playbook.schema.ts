import { z } from 'zod';
import { isKnownPlace } from '../deadlines/public-holidays.ts';

/** The 5P stages, in the order a crisis must walk them. */
export const STAGES = ['apologise', 'admit', 'counteract', 'improve', 'compensate'] as const;
export const StageSchema = z.enum(STAGES);
export type Stage = z.infer<typeof StageSchema>;

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export const SeveritySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof SeveritySchema>;

/** How serious a severity is, lowest first: the one ranking every rule compares with. */
export const severityRank = (s: Severity): number => SEVERITIES.indexOf(s);

/** The severity one step up, or null at the top. */
export function nextSeverity(current: Severity): Severity | null {
  const i = severityRank(current);
  return i >= 0 && i < SEVERITIES.length - 1 ? SEVERITIES[i + 1]! : null;
}

export const COMPLAINT_SOURCES = [
  'facebook',
  'instagram',
  'x',
  'tiktok',
  'youtube',
  'review',
  'email',
  'chat',
  'other',
] as const;
export const ComplaintSourceSchema = z.enum(COMPLAINT_SOURCES);
export type ComplaintSource = z.infer<typeof ComplaintSourceSchema>;

/**
 * ISO 8601 durations limited to weeks, days, hours, minutes and seconds: months and years have no fixed
 * length, and a deadline must mean the same thing in every time zone.
 */
export const IsoDurationSchema = z
  .string()
  .regex(
    /^P(?!$)(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/,
    'must be an ISO 8601 duration using W, D, H, M or S, e.g. "PT2H" or "P1DT12H"',
  );

const LanguageSchema = z.string().regex(/^[a-z]{2}$/, 'must be a two-letter ISO 639-1 code, e.g. "en"');

const perSeverity = <T extends z.ZodType>(value: T) =>
  z.strictObject({ low: value, medium: value, high: value, critical: value });

const GuidanceSchema = z.strictObject({
  principles: z.array(z.string().min(1)).min(1),
  checks: z.array(z.string().min(1)).min(1),
});

/** Evidence a playbook demands on top of the defaults of the public contract. */
export const ExtraEvidenceSchema = z.strictObject({
  field: z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'must be a camelCase field name'),
  kind: z.enum(['text', 'url', 'list', 'boolean']),
  description: z.string().min(1),
  /** The description in other languages, for a desk in that language; `description` where one is missing. */
  descriptions: z.record(LanguageSchema, z.string().min(1)).optional(),
  /** For text: minimum characters; for list: minimum items. */
  min: z.number().int().positive().optional(),
});
export type ExtraEvidence = z.infer<typeof ExtraEvidenceSchema>;

export const StageDefinitionSchema = z.strictObject({
  deadlines: perSeverity(IsoDurationSchema),
  /** `stage`: the clock starts when the stage is entered; `opened`: when the incident was opened. */
  deadlineFrom: z.enum(['stage', 'opened']).default('stage'),
  requires: z.array(ExtraEvidenceSchema).default([]),
  /** For stages that publish a statement (apologise, admit): minimum length of the statement. */
  minStatementLength: z.number().int().positive().optional(),
  guidance: z.record(LanguageSchema, GuidanceSchema),
});
export type StageDefinition = z.infer<typeof StageDefinitionSchema>;

const TimeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM (24h)');
const WeekdaySchema = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);

export const CalendarSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('24/7') }),
  z.strictObject({
    kind: z.literal('business_hours'),
    timeZone: z.string().refine(isTimeZone, 'must be an IANA time zone, e.g. "Europe/Warsaw"'),
    days: z.array(WeekdaySchema).min(1),
    from: TimeOfDaySchema,
    to: TimeOfDaySchema,
    /**
     * The public holidays of a country (ISO 3166-1 alpha-2) and optional region (its ISO 3166-2
     * subdivision, e.g. `BY`), computed for any year (src/domain/deadlines/public-holidays.ts).
     */
    publicHolidays: z
      .strictObject({
        country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code, e.g. "PL"'),
        region: z
          .string()
          .regex(/^[A-Z0-9]{1,3}$/, 'must be an ISO 3166-2 subdivision code, e.g. "BY"')
          .optional(),
      })
      .refine(
        (p) => isKnownPlace(p.country, p.region),
        'has no public-holiday rules for this country or region',
      )
      .optional(),
    /** The playbook's own extra local dates (YYYY-MM-DD) on which no working time counts. */
    holidays: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).default([]),
  }),
]);
export type Calendar = z.infer<typeof CalendarSchema>;

/**
 * A limit in whole major units (`amount: 50` is 50.00 PLN): exact, so the ledger compares and sums integer
 * minor units and no rule depends on how a float rounds.
 */
const MoneySchema = z.strictObject({
  amount: z
    .number()
    .int('must be a whole number of the currency’s major units, e.g. 50 for 50.00 PLN')
    .nonnegative()
    .max(1_000_000_000),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code, e.g. "PLN"'),
});

/**
 * What may be given in compensation, per severity: `ceilings` per item (also the `compensate` stage's
 * offer), and for the ledger `budgets` (the incident's total of items not declined or cancelled) and
 * `approvalAbove` (an item worth more waits for another key's approval). Both optional with no default,
 * so playbooks written before the ledger keep their version; one currency throughout.
 */
const CompensationSchema = z
  .strictObject({
    ceilings: perSeverity(MoneySchema),
    budgets: perSeverity(MoneySchema).optional(),
    approvalAbove: perSeverity(MoneySchema).optional(),
  })
  .superRefine((c, ctx) => {
    const currency = c.ceilings.low.currency;
    for (const block of ['ceilings', 'budgets', 'approvalAbove'] as const) {
      for (const severity of SEVERITIES) {
        const money = c[block]?.[severity];
        if (money && money.currency !== currency) {
          ctx.addIssue({
            code: 'custom',
            path: [block, severity, 'currency'],
            message: `must be ${currency}, the currency of the other limits`,
          });
        }
      }
    }
    for (const severity of SEVERITIES) {
      const budget = c.budgets?.[severity];
      if (budget && budget.amount < c.ceilings[severity].amount) {
        ctx.addIssue({
          code: 'custom',
          path: ['budgets', severity, 'amount'],
          message: 'must be at least the ceiling of one item at this severity',
        });
      }
    }
  });

export const TriggerSchema = z.strictObject({
  keywords: z.record(LanguageSchema, z.array(z.string().min(2))).default({}),
  tags: z.array(z.string().min(1)).default([]),
  sources: z.array(ComplaintSourceSchema).default([]),
  orderIdPattern: z.string().refine(isRegExp, 'must be a valid regular expression').optional(),
  /** Matching complaints within `within` that open a new incident automatically. */
  threshold: z.strictObject({ count: z.number().int().positive(), within: IsoDurationSchema }),
  /** Severity of an incident opened by the threshold. */
  severity: SeveritySchema.default('medium'),
});

export const VolumeEscalationSchema = z.strictObject({
  count: z.number().int().positive(),
  within: IsoDurationSchema,
  raiseTo: SeveritySchema,
});

/** API-key roles that change things, so the only ones that may approve a statement (see src/http/access-policy.ts). */
export const APPROVER_ROLES = ['admin', 'manager'] as const;
export type ApproverRole = (typeof APPROVER_ROLES)[number];

/** Whether a statement needs another key's approval before it is published, and whose. */
export const ApprovalRuleSchema = z.strictObject({
  required: z.boolean(),
  /** Roles of the keys that may decide; the author's own key never may. */
  roles: z
    .array(z.enum(APPROVER_ROLES))
    .min(1)
    .default([...APPROVER_ROLES]),
});
export type ApprovalRule = z.infer<typeof ApprovalRuleSchema>;

export const PlaybookSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'must be lower-case letters, digits and dashes'),
    title: z.string().min(1),
    /** The title in other languages, for a desk in that language; `title` where one is missing. */
    titles: z.record(LanguageSchema, z.string().min(1)).optional(),
    description: z.string().min(1),
    /** The first is the one the engine writes its own texts in (titles of incidents a threshold opens). */
    languages: z.array(LanguageSchema).min(1),
    severities: perSeverity(z.strictObject({ description: z.string().min(1) })),
    calendar: CalendarSchema.default({ kind: '24/7' }),
    /** Where the team works: local times beside UTC ones, and the day a plain date (`2027-01-15`) ends. */
    timeZone: z.string().refine(isTimeZone, 'must be an IANA time zone, e.g. "Europe/Warsaw"').optional(),
    stages: z.strictObject({
      apologise: StageDefinitionSchema,
      admit: StageDefinitionSchema,
      counteract: StageDefinitionSchema,
      improve: StageDefinitionSchema,
      compensate: StageDefinitionSchema,
    }),
    /** The stage `reopen` returns to. */
    reopenTo: StageSchema.default('apologise'),
    compensation: CompensationSchema,
    /**
     * A complaint matching this playbook within this long after one of its incidents closed reopens it
     * (audited as the system). Absent: a closed incident is never reopened by a complaint. No default, so
     * a playbook without it keeps its version.
     */
    reopenWindow: IsoDurationSchema.optional(),
    /**
     * When stragglers reopen an incident by themselves: a complaint arriving in monitoring, or within
     * `reopenWindow` after the close, joins and waits for its reply; only `threshold` of them within
     * `within` reopen it to `reopenTo` (audited as the system). Absent: only a person reopens.
     */
    reopen: z
      .strictObject({
        threshold: z.number().int().min(1).max(100_000),
        within: IsoDurationSchema,
      })
      .optional(),
    statements: z
      .strictObject({
        /** Added to the built-in apology phrases of each language. */
        apologyPhrases: z.record(LanguageSchema, z.array(z.string().min(2))).default({}),
        /** Phrases that blame the customer; any statement containing one is refused. */
        blamePhrases: z.record(LanguageSchema, z.array(z.string().min(2))).default({}),
        /** Added to the built-in aggressive, sarcastic or dismissive phrases the tone rule refuses. */
        tonePhrases: z.record(LanguageSchema, z.array(z.string().min(2))).default({}),
      })
      .default({ apologyPhrases: {}, blamePhrases: {}, tonePhrases: {} }),
    /** First public reply to each complaint, per severity. */
    firstReply: z.strictObject({ deadlines: perSeverity(IsoDurationSchema) }),
    /** After the last stage: the incident closes by itself once this window passes with no new complaint. */
    monitoring: z.strictObject({
      watchWindow: IsoDurationSchema,
      /**
       * true: once the watch window passed with no new complaint, the worker closes the incident itself
       * when `close` would be allowed (every complaint answered, no open commitment). Absent or false: a
       * person closes it.
       */
      autoClose: z.boolean().optional(),
    }),
    triggers: TriggerSchema.optional(),
    /**
     * What complaints are about (delivery, refund, safety…), for the feedback digest: topic → language →
     * keywords, `*` ending a prefix (src/domain/complaints/complaint.topics.ts). Optional with no default:
     * playbooks without it keep their content-hash version.
     */
    topics: z
      .record(
        z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'must be a lower-case snake_case topic, e.g. "refund"'),
        z.record(LanguageSchema, z.array(z.string().min(2)).min(1)),
      )
      .optional(),
    /**
     * Statement approval per severity; a severity left out (or the whole block) needs none. No default
     * value: a playbook without the block keeps its version (the hash of its parsed content).
     */
    approval: z
      .strictObject({
        low: ApprovalRuleSchema.optional(),
        medium: ApprovalRuleSchema.optional(),
        high: ApprovalRuleSchema.optional(),
        critical: ApprovalRuleSchema.optional(),
      })
      .optional(),
    volumeEscalation: z.array(VolumeEscalationSchema).default([]),
    escalation: z
      .strictObject({
        /** Fraction of a deadline's time after which `deadline.approaching` fires. */
        reminderAt: z.number().gt(0).lt(1).default(0.8),
        onBreach: z
          .strictObject({
            raiseSeverity: z.boolean().default(false),
            tag: z.string().min(1).optional(),
          })
          .default({ raiseSeverity: false }),
      })
      .default({ reminderAt: 0.8, onBreach: { raiseSeverity: false } }),
  })
  .superRefine((pb, ctx) => {
    for (const lang of ['en', 'pl']) {
      if (!pb.languages.includes(lang)) {
        ctx.addIssue({ code: 'custom', path: ['languages'], message: `must include "${lang}"` });
      }
    }
    for (const stage of STAGES) {
      const guidance = pb.stages[stage].guidance;
      for (const lang of pb.languages) {
        if (!guidance[lang]) {
          ctx.addIssue({
            code: 'custom',
            path: ['stages', stage, 'guidance'],
            message: `needs guidance in "${lang}" (listed in languages)`,
          });
        }
      }
    }
    if (pb.calendar.kind === 'business_hours' && pb.calendar.from >= pb.calendar.to) {
      ctx.addIssue({ code: 'custom', path: ['calendar', 'to'], message: 'must be later than "from"' });
    }
  });

/** A validated playbook definition (defaults applied). */
export type Playbook = z.output<typeof PlaybookSchema>;

/**
 * The playbook's time zone: its own `timeZone`, else its business-hours calendar's, else UTC. Optional
 * with no default so that playbooks written before it keep their content-hash version.
 */
/** The playbook's title in `language`, else its `title`. */
export function playbookTitle(playbook: Pick<Playbook, 'title' | 'titles'>, language: string): string {
  return playbook.titles?.[language] ?? playbook.title;
}

export function playbookTimeZone(playbook: Pick<Playbook, 'timeZone' | 'calendar'>): string {
  return (
    playbook.timeZone ?? (playbook.calendar.kind === 'business_hours' ? playbook.calendar.timeZone : 'UTC')
  );
}
/** What a playbook file may contain (defaults not yet applied). */
export type PlaybookInput = z.input<typeof PlaybookSchema>;

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

function isRegExp(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}
