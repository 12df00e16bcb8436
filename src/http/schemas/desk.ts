import { z } from 'zod';
import { SEVERITIES, STAGES } from '../../domain/playbooks/playbook.schema.ts';
import { ROLES } from '../../services/api-keys.ts';
import { BooleanQuery, EXAMPLE_INCIDENT_ID, Timestamp } from './common.ts';
import { STATES } from './incidents.ts';

export const MeOut = z
  .object({
    keyId: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    allowed: z.array(z.string()).meta({
      description:
        'Every `METHOD /route` this key may call (from the access policy), so a client shows only what it may do',
    }),
  })
  .meta({
    id: 'Me',
    example: {
      keyId: '0190d1a0-5b8e-7cc1-8e8b-6a1f4d1e2b3c',
      name: 'Wall screen, 2nd floor',
      role: 'dashboard',
      allowed: ['GET /v1/incidents', 'GET /v1/incidents/:id', 'GET /v1/me'],
    },
  });

const exampleHours = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 9, 31, 48, 12];

export const BoardOut = z
  .object({
    since: Timestamp.meta({ description: 'Start of the first of the 24 clock-hour buckets' }),
    items: z.array(
      z.object({
        incidentId: z.uuid(),
        title: z.string(),
        playbookId: z.string(),
        severity: z.enum(SEVERITIES),
        state: z.enum(STATES),
        version: z.number().int().meta({ description: 'The incident’s version: +1 on every change' }),
        complaintCount: z.number().int(),
        newSinceMonitoring: z.number().int().meta({
          description: 'Complaints since the incident entered monitoring or closed (as on the incident)',
        }),
        deadline: z
          .object({
            stage: z.enum(STAGES),
            dueAt: Timestamp.nullable().meta({ description: 'null while paused (legal)' }),
            startedAt: Timestamp.nullable().meta({
              description: 'When this stage’s deadline started (its span is startedAt → dueAt)',
            }),
            breached: z.boolean(),
            paused: z.boolean(),
          })
          .nullable()
          .meta({ description: 'The current stage’s deadline, as on the incident' }),
        complaintsByHour: z.array(z.number().int()).meta({
          description: 'Complaints received per hour, oldest first; the last hour is the current one',
        }),
        unanswered: z.number().int().meta({ description: 'Attached complaints without a public reply' }),
        overdue: z.number().int().meta({ description: 'Of those, past their first-reply time' }),
        pendingApprovals: z.number().int().meta({ description: 'Statements waiting for approval' }),
        auditSeq: z.number().int().meta({
          description:
            'The last entry of its audit chain: it moves with every audited change (a change signal)',
        }),
      }),
    ),
  })
  .meta({
    id: 'BoardCounts',
    description:
      'A card per incident: every one not closed or dismissed (with `done=true` those too), or the one `incidentId` names (in any state)',
    example: {
      since: '2026-11-23T09:00:00.000Z',
      items: [
        {
          incidentId: EXAMPLE_INCIDENT_ID,
          title: 'Courier backlog after the Black Friday sale',
          playbookId: 'delivery-delay',
          severity: 'high',
          state: 'admit',
          version: 2,
          complaintCount: 48,
          newSinceMonitoring: 0,
          deadline: {
            stage: 'admit',
            dueAt: '2026-11-23T12:00:00.000Z',
            startedAt: '2026-11-23T10:00:00.000Z',
            breached: false,
            paused: false,
          },
          complaintsByHour: exampleHours,
          unanswered: 17,
          overdue: 3,
          pendingApprovals: 1,
          auditSeq: 42,
        },
      ],
    },
  });

export const BoardQuery = z.strictObject({
  incidentId: z
    .uuid()
    .optional()
    .meta({ description: 'Only this incident, in any state (for one incident’s page)' }),
  done: BooleanQuery.optional().meta({ description: 'Also the closed and dismissed incidents' }),
});
