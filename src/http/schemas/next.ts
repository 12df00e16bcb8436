import { z } from 'zod';
import { STAGES } from '../../domain/playbooks/playbook.schema.ts';
import { EXAMPLE_INCIDENT_ID, Timestamp } from './common.ts';
import { IncidentOut } from './incidents.ts';

const Requirement = z.union([
  z.object({ field: z.string(), source: z.literal('contract') }),
  z.object({
    field: z.string(),
    source: z.literal('playbook'),
    kind: z.string(),
    description: z.string(),
    descriptions: z
      .record(z.string(), z.string())
      .meta({ description: 'The description in other languages, e.g. { "pl": "…" }' }),
    min: z.number().int().optional(),
  }),
]);

export const NextOut = z
  .object({
    incidentId: z.uuid(),
    state: IncidentOut.shape.state,
    deadline: IncidentOut.shape.deadline,
    stage: z
      .object({
        id: z.enum(STAGES),
        requires: z
          .array(Requirement)
          .meta({ description: 'Evidence the stage event needs: the contract’s and the playbook’s' }),
        guidance: z.object({
          language: z.string().meta({
            description:
              'From Accept-Language among the playbook’s languages; without the header, the language most of the incident’s complaints are in, if the playbook has guidance in it; else its first',
          }),
          principles: z.array(z.string()),
          checks: z.array(z.string()),
        }),
      })
      .nullable()
      .meta({ description: 'null outside the five stages (legal, monitoring, dismissed, closed)' }),
    tasks: z
      .array(
        z.object({
          kind: z.enum(['approve_statement', 'approve_compensation', 'reply', 'commitment']),
          id: z.uuid().meta({
            description:
              'The statement or compensation waiting for approval, the complaint for its first reply, or the open commitment',
          }),
          dueAt: Timestamp.nullable(),
          dueAtLocal: z
            .string()
            .nullable()
            .meta({ description: 'dueAt in the playbook time zone, with its offset' }),
          overdue: z.boolean(),
        }),
      )
      .meta({
        description:
          'Statements waiting for approval (due with the current stage), compensations waiting for approval, then unanswered complaints, soonest due first (at most 100), then open public commitments, soonest due first',
      }),
  })
  .meta({
    id: 'NextStep',
    example: {
      incidentId: EXAMPLE_INCIDENT_ID,
      state: 'apologise',
      deadline: {
        stage: 'apologise',
        dueAt: '2026-11-24T10:40:00.000Z',
        dueAtLocal: '2026-11-24T11:40:00+01:00',
        breached: false,
        paused: false,
      },
      stage: {
        id: 'apologise',
        requires: [
          { field: 'statement', source: 'contract' },
          { field: 'channels', source: 'contract' },
        ],
        guidance: {
          language: 'pl',
          principles: ['Przeproś publicznie, tam gdzie klienci się skarżą.'],
          checks: ['Czy przeprosiny padły na każdym kanale?'],
        },
      },
      tasks: [
        {
          kind: 'reply',
          id: '0b8e7f7e-5d0c-4a57-9f55-2a6f3d3c1a10',
          dueAt: '2026-11-24T11:12:03.000Z',
          dueAtLocal: '2026-11-24T12:12:03+01:00',
          overdue: false,
        },
      ],
    },
  });

export const AcceptLanguageHeaders = z.object({
  'accept-language': z.string().max(512).optional().meta({ description: 'e.g. "pl, en;q=0.5"' }),
});
