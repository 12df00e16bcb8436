import { z } from 'zod';
import { type Playbook, SEVERITIES, STAGES } from '../../domain/playbooks/playbook.schema.ts';
import { approvalRule } from '../../domain/statements/statement.approval.ts';

const PerSeverity = <T extends z.ZodType>(t: T) => z.object({ low: t, medium: t, high: t, critical: t });

const Requirement = z.object({
  field: z.string(),
  kind: z.string(),
  description: z.string(),
  min: z.number().optional(),
});

const StageOut = z.object({
  stage: z.enum(STAGES),
  deadlines: PerSeverity(z.string()).meta({ description: 'ISO 8601 duration per severity' }),
  deadlineFrom: z.enum(['stage', 'opened']),
  requires: z
    .array(Requirement)
    .meta({ description: 'Evidence the stage demands (contract defaults + playbook extras)' }),
  minStatementLength: z.number().optional(),
  guidance: z.record(z.string(), z.object({ principles: z.array(z.string()), checks: z.array(z.string()) })),
});

const Money = z.object({ amount: z.number().int(), currency: z.string() });

export const PlaybookOut = z
  .object({
    id: z.string(),
    version: z.string().meta({ description: 'SHA-256 of the validated definition' }),
    title: z.string(),
    titles: z.record(z.string(), z.string()).meta({
      description: 'The title in other languages (a desk picks its own); `title` where one is missing',
    }),
    description: z.string(),
    languages: z
      .array(z.string())
      .meta({ description: 'Its guidance languages; the first is the engine’s own' }),
    severities: z.array(z.object({ severity: z.enum(SEVERITIES), description: z.string() })),
    calendar: z.record(z.string(), z.unknown()),
    stages: z.array(StageOut),
    reopenTo: z.enum(STAGES),
    compensation: z.object({
      ceilings: PerSeverity(Money).meta({ description: 'Per item, in whole major units' }),
      budgets: PerSeverity(Money).optional().meta({
        description: 'The incident’s total of compensation items not declined or cancelled',
      }),
      approvalAbove: PerSeverity(Money).optional().meta({
        description: 'An item worth more waits for another key’s approval',
      }),
    }),
    firstReply: z.object({ deadlines: PerSeverity(z.string()) }),
    monitoring: z.object({ watchWindow: z.string() }),
    triggers: z.record(z.string(), z.unknown()).nullable(),
    volumeEscalation: z.array(
      z.object({ count: z.number(), within: z.string(), raiseTo: z.enum(SEVERITIES) }),
    ),
    escalation: z.record(z.string(), z.unknown()),
    approval: PerSeverity(z.object({ required: z.boolean(), roles: z.array(z.string()) })).meta({
      description: 'Whether a statement needs another key’s approval at each severity, and whose',
    }),
  })
  .meta({
    id: 'Playbook',
    example: {
      id: 'delivery-delay',
      version: '9c1f…',
      title: 'Delivery delay',
      titles: { pl: 'Opóźniona dostawa' },
      description: 'Parcels arrive late',
      languages: ['pl', 'en'],
      severities: [{ severity: 'low', description: 'A few late parcels' }],
      calendar: { kind: '24/7' },
      stages: [
        {
          stage: 'apologise',
          deadlines: { low: 'PT8H', medium: 'PT4H', high: 'PT2H', critical: 'PT1H' },
          deadlineFrom: 'stage',
          requires: [{ field: 'statement', kind: 'text', description: 'The public apology' }],
          guidance: {
            en: { principles: ['Apologise first, explain later'], checks: ['Names every channel'] },
          },
        },
      ],
      reopenTo: 'apologise',
      compensation: { ceilings: { low: { amount: 20, currency: 'PLN' } } },
      firstReply: { deadlines: { low: 'PT4H', medium: 'PT2H', high: 'PT1H', critical: 'PT30M' } },
      monitoring: { watchWindow: 'P7D' },
      triggers: null,
      volumeEscalation: [],
      escalation: { reminderAt: 0.8 },
      approval: {
        low: { required: false, roles: ['admin', 'manager'] },
        medium: { required: false, roles: ['admin', 'manager'] },
        high: { required: false, roles: ['admin', 'manager'] },
        critical: { required: true, roles: ['admin', 'manager'] },
      },
    },
  });

const DEFAULT_REQUIREMENTS: Record<(typeof STAGES)[number], z.infer<typeof Requirement>[]> = {
  apologise: [
    { field: 'statement', kind: 'text', description: 'The public apology, in your own words' },
    { field: 'channels', kind: 'list', description: 'Every channel it was published on', min: 1 },
  ],
  admit: [
    { field: 'statement', kind: 'text', description: 'The public admission' },
    { field: 'cause', kind: 'text', description: 'What went wrong' },
  ],
  counteract: [
    { field: 'actions', kind: 'list', description: 'Actions taken: [{ description, owner }]', min: 1 },
  ],
  improve: [
    {
      field: 'changes',
      kind: 'list',
      description: 'Lasting changes: [{ description, owner, dueAt }]',
      min: 1,
    },
  ],
  compensate: [
    { field: 'offer', kind: 'object', description: 'The offer: { kind, description, value?, currency? }' },
  ],
};

/** A playbook as the API shows it: stages as an ordered list with their full requirements. */
export function toPlaybookOut(playbook: Playbook, version: string): z.infer<typeof PlaybookOut> {
  return {
    id: playbook.id,
    version,
    title: playbook.title,
    titles: playbook.titles ?? {},
    description: playbook.description,
    languages: playbook.languages,
    severities: SEVERITIES.map((severity) => ({
      severity,
      description: playbook.severities[severity].description,
    })),
    calendar: playbook.calendar,
    stages: STAGES.map((stage) => {
      const def = playbook.stages[stage];
      return {
        stage,
        deadlines: def.deadlines,
        deadlineFrom: def.deadlineFrom,
        requires: [
          ...DEFAULT_REQUIREMENTS[stage],
          ...def.requires.map((r) => ({
            field: r.field,
            kind: r.kind,
            description: r.description,
            ...(r.min ? { min: r.min } : {}),
          })),
        ],
        ...(def.minStatementLength ? { minStatementLength: def.minStatementLength } : {}),
        guidance: def.guidance,
      };
    }),
    reopenTo: playbook.reopenTo,
    compensation: playbook.compensation,
    firstReply: playbook.firstReply,
    monitoring: playbook.monitoring,
    triggers: playbook.triggers ?? null,
    volumeEscalation: playbook.volumeEscalation,
    escalation: playbook.escalation,
    approval: {
      low: approvalRule(playbook, 'low'),
      medium: approvalRule(playbook, 'medium'),
      high: approvalRule(playbook, 'high'),
      critical: approvalRule(playbook, 'critical'),
    },
  };
}
