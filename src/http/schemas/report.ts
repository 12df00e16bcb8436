import { z } from 'zod';
import { COMMITMENT_STATUSES } from '../../domain/commitments/commitment.types.ts';
import { SeveritySchema, StageSchema } from '../../domain/playbooks/playbook.schema.ts';
import { EXAMPLE_COMMITMENT_ID } from './commitments.ts';
import { EXAMPLE_INCIDENT_ID, Timestamp } from './common.ts';
import { AuditVerdict } from './incidents.ts';

const Nullable = Timestamp.nullable();

const ReportStage = z.object({
  stage: StageSchema,
  startedAt: Timestamp,
  dueAt: Nullable,
  completedAt: Nullable,
  status: z.enum(['pending', 'met', 'breached', 'paused', 'cancelled']),
  breached: z.boolean(),
  pausedMs: z.number().int().nonnegative().meta({ description: 'Wall-clock time paused in legal' }),
});

const ReportStatement = z.object({
  id: z.uuid(),
  stage: z.string(),
  status: z.string(),
  author: z.string().nullable(),
  createdAt: Timestamp,
  publishedAt: Nullable,
  channels: z.array(z.string()),
  approvals: z.number().int().nonnegative(),
  text: z.string(),
});

const Money = z.string().meta({ description: 'A decimal string in major units', example: '50.00' });
const Ms = z.number().int().nonnegative().nullable();

export const ReportOut = z
  .object({
    incident: z.object({
      id: z.uuid(),
      title: z.string(),
      playbookId: z.string(),
      playbookVersion: z.string(),
      state: z.string(),
      severity: SeveritySchema,
      openedAt: Timestamp,
      timeZone: z.string().meta({ description: "The playbook's time zone (the Markdown's local times)" }),
    }),
    generatedAt: Timestamp,
    stages: z
      .array(ReportStage)
      .meta({ description: 'Every stage deadline, oldest first (reopens repeat a stage)' }),
    statements: z.array(ReportStatement),
    complaints: z.object({
      total: z.number().int(),
      byChannel: z.record(z.string(), z.number().int()),
      byHour: z
        .array(z.object({ hour: Timestamp, count: z.number().int() }))
        .meta({ description: 'By the UTC hour received; hours without complaints are left out' }),
      answered: z.number().int(),
      firstReply: z.object({
        medianMs: Ms.meta({ description: 'Receipt to first public reply, over answered complaints' }),
        p90Ms: Ms.meta({ description: 'Nearest-rank 90th percentile' }),
        breached: z.number().int(),
      }),
    }),
    compensation: z
      .object({ offered: Money, accepted: Money, fulfilled: Money, currency: z.string() })
      .nullable()
      .meta({
        description:
          "The ledger's totals, as GET …/compensations gives them (each item counted where it stands); null while it records no item",
      }),
    commitments: z
      .array(
        z.object({
          id: z.uuid(),
          description: z.string(),
          owner: z.string(),
          dueAt: Timestamp,
          status: z.enum(COMMITMENT_STATUSES),
        }),
      )
      .meta({ description: 'Every commitment of the incident (from improve and manual), oldest first' }),
    audit: AuditVerdict,
  })
  .meta({
    example: {
      incident: {
        id: EXAMPLE_INCIDENT_ID,
        title: 'Parcels late after the warehouse flood',
        playbookId: 'delivery-delay',
        playbookVersion: '5d0c4e8b2a7f1c3e9b6d4a2f0e8c6b4a2d0f8e6c4b2a0f8e6d4c2b0a9f8e7d6c',
        state: 'monitoring',
        severity: 'high',
        openedAt: '2026-03-02T09:00:00.000Z',
        timeZone: 'Europe/Warsaw',
      },
      generatedAt: '2026-03-05T12:00:00.000Z',
      stages: [
        {
          stage: 'apologise',
          startedAt: '2026-03-02T09:00:00.000Z',
          dueAt: '2026-03-02T11:00:00.000Z',
          completedAt: '2026-03-02T10:10:00.000Z',
          status: 'met',
          breached: false,
          pausedMs: 0,
        },
      ],
      statements: [],
      complaints: {
        total: 3,
        byChannel: { email: 1, facebook: 2 },
        byHour: [{ hour: '2026-03-02T09:00:00.000Z', count: 3 }],
        answered: 2,
        firstReply: { medianMs: 1_500_000, p90Ms: 1_800_000, breached: 1 },
      },
      compensation: { offered: '50.00', accepted: '20.00', fulfilled: '0.00', currency: 'PLN' },
      commitments: [
        {
          id: EXAMPLE_COMMITMENT_ID,
          description: 'Second sorting line at the Łódź warehouse',
          owner: 'Operations',
          dueAt: '2026-03-31T21:59:59.999Z',
          status: 'open',
        },
      ],
      audit: { valid: true, entries: 9 },
    },
  });

export const MARKDOWN = 'text/markdown';
export const CSV = 'text/csv';

/** A document that is not JSON, as OpenAPI shows it. */
export const TextDocument = (example: string) => z.string().meta({ example });
