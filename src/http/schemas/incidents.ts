import { z } from 'zod';
import { messageKey } from '../../domain/messages/message.ts';
import { SEVERITIES, STAGES } from '../../domain/playbooks/playbook.schema.ts';
import {
  BooleanQuery,
  Cursor,
  CursorInstant,
  EXAMPLE_INCIDENT_ID,
  Limit,
  Timestamp,
  TimestampIn,
} from './common.ts';

export const STATES = [...STAGES, 'legal', 'monitoring', 'dismissed', 'closed'] as const;

const exampleIncident = {
  id: EXAMPLE_INCIDENT_ID,
  playbookId: 'delivery-delay',
  playbookVersion: '5f0c3a…',
  title: 'Courier backlog after the Black Friday sale',
  summary: 'Hundreds of parcels stuck at the sorting hub',
  severity: 'high',
  state: 'admit',
  version: 2,
  openedAt: '2026-11-24T08:00:00.000Z',
  updatedAt: '2026-11-24T08:40:00.000Z',
  deadline: {
    stage: 'admit',
    dueAt: '2026-11-24T12:40:00.000Z',
    dueAtLocal: '2026-11-24T13:40:00+01:00',
    breached: false,
    paused: false,
  },
  allowedEvents: ['admit', 'escalate_legal', 'dismiss', 'set_severity'],
  completedStages: ['apologise'],
  legalReturnTo: null,
  complaintCount: 214,
  newSinceMonitoring: 0,
  tags: [],
  timeZone: 'Europe/Warsaw',
};

export const IncidentOut = z
  .object({
    id: z.uuid(),
    playbookId: z.string(),
    playbookVersion: z.string(),
    title: z.string(),
    summary: z.string().nullable(),
    severity: z.enum(SEVERITIES),
    state: z.enum(STATES).meta({ description: 'The 5P step due next, or legal/monitoring/dismissed/closed' }),
    version: z.number().int().meta({ description: '+1 on every change; the ETag' }),
    openedAt: Timestamp,
    updatedAt: Timestamp,
    deadline: z
      .object({
        stage: z.enum(STAGES),
        dueAt: Timestamp.nullable().meta({ description: 'null while paused (legal)' }),
        dueAtLocal: z
          .string()
          .nullable()
          .meta({ description: 'dueAt in the playbook time zone, with its offset (RFC 3339)' }),
        breached: z.boolean(),
        paused: z.boolean(),
      })
      .nullable(),
    allowedEvents: z.array(z.string()),
    completedStages: z.array(z.enum(STAGES)),
    legalReturnTo: z.enum(STAGES).nullable(),
    complaintCount: z.number().int(),
    newSinceMonitoring: z
      .number()
      .int()
      .meta({
        description:
          'Complaints that arrived since the incident entered monitoring (state monitoring) or closed (state closed): ' +
          'each waits for its reply; they reopen the incident only at the playbook’s reopen threshold. 0 in the 5P stages',
      }),
    tags: z
      .array(z.string())
      .meta({ description: 'Set by escalations, e.g. the on-call tag of a breached deadline' }),
    timeZone: z.string().meta({
      description: "The playbook's IANA time zone, which local times are in",
      example: 'Europe/Warsaw',
    }),
  })
  .meta({ id: 'Incident', example: exampleIncident });

const Text = (max: number) => z.string().trim().min(1).max(max);

export const CreateIncidentBody = z
  .strictObject({
    playbookId: Text(64),
    title: Text(200),
    severity: z.enum(SEVERITIES),
    summary: Text(4000).optional(),
    actor: Text(200).optional().meta({ description: 'Who opens it (recorded in the audit log)' }),
  })
  .meta({
    example: {
      playbookId: 'delivery-delay',
      title: 'Courier backlog after the Black Friday sale',
      severity: 'high',
      summary: 'Hundreds of parcels stuck at the sorting hub',
      actor: 'Anna (PR)',
    },
  });

export const IfMatchHeaders = z.object({
  'if-match': z
    .string()
    .regex(/^\s*(W\/)?"?\d{1,9}"?\s*$/, messageKey('value.etag'))
    .optional(),
});

export function parseIfMatch(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  return Number.parseInt(value.replace(/[^\d]/g, ''), 10);
}

export const IncidentListQuery = z.strictObject({
  state: z.enum(STATES).optional(),
  severity: z.enum(SEVERITIES).optional(),
  playbookId: z.string().max(64).optional(),
  breached: BooleanQuery.optional(),
  updatedSince: TimestampIn.optional(),
  limit: Limit,
  cursor: Cursor,
});

export const IncidentPage = z
  .object({ items: z.array(IncidentOut), nextCursor: z.string().nullable() })
  .meta({ example: { items: [exampleIncident], nextCursor: null } });

export const IncidentCursor = z.object({ u: CursorInstant, i: z.uuid() });

const DeadlineStatus = z.enum(['pending', 'met', 'breached', 'paused', 'cancelled']);

export const DeadlineOut = z
  .object({
    incidentId: z.uuid(),
    stage: z.enum(STAGES),
    startedAt: Timestamp,
    dueAt: Timestamp.nullable(),
    completedAt: Timestamp.nullable(),
    breachedAt: Timestamp.nullable(),
    status: DeadlineStatus,
  })
  .meta({
    id: 'Deadline',
    example: {
      incidentId: EXAMPLE_INCIDENT_ID,
      stage: 'apologise',
      startedAt: '2026-11-24T08:00:00.000Z',
      dueAt: '2026-11-24T10:00:00.000Z',
      completedAt: '2026-11-24T08:40:00.000Z',
      breachedAt: null,
      status: 'met',
    },
  });

export const DeadlineList = z.object({
  items: z.array(DeadlineOut),
  nextCursor: z.string().nullable().optional(),
});

export const DeadlineQuery = z.strictObject({
  status: DeadlineStatus.optional(),
  dueBefore: TimestampIn.optional(),
  limit: Limit,
  cursor: Cursor,
});

export const DeadlineCursor = z.object({ d: CursorInstant, i: z.uuid() });

export const AuditEntryOut = z
  .object({
    seq: z.number().int(),
    at: Timestamp,
    actor: z.string(),
    keyId: z.string().nullable(),
    keyName: z.string().nullable(),
    action: z.string(),
    fromState: z.string().nullable(),
    toState: z.string().nullable(),
    data: z.record(z.string(), z.unknown()),
    prevHash: z.string(),
    hash: z.string(),
  })
  .meta({
    id: 'AuditEntry',
    example: {
      seq: 2,
      at: '2026-11-24T08:40:00.000Z',
      actor: 'Anna (PR)',
      keyId: null,
      keyName: null,
      action: 'incident.apologise',
      fromState: 'apologise',
      toState: 'admit',
      data: { event: 'apologise' },
      prevHash: '1b4f…',
      hash: '9e2a…',
    },
  });

export const AuditPage = z.object({ items: z.array(AuditEntryOut), nextCursor: z.string().nullable() });
export const AuditQuery = z.strictObject({ cursor: Cursor, limit: Limit });
export const AuditCursor = z.object({ s: z.number().int().nonnegative() });

export const AuditVerdict = z
  .object({
    valid: z.boolean(),
    entries: z.number().int(),
    firstInvalidSeq: z.number().int().optional(),
    reason: z.string().optional(),
  })
  .meta({ example: { valid: true, entries: 7 } });

export const StatsQuery = z.strictObject({ since: TimestampIn.optional() });
export const StatsOut = z
  .object({
    since: Timestamp,
    incidents: z.object({
      byState: z.record(z.string(), z.number()),
      bySeverity: z.record(z.string(), z.number()),
    }),
    deadlines: z.object({ dueWithinHour: z.number(), breached: z.number() }),
    timeToApology: z.array(
      z.object({ playbookId: z.string(), medianMinutes: z.number(), incidents: z.number() }),
    ),
    complaints: z
      .object({
        unanswered: z
          .number()
          .int()
          .meta({ description: 'Complaints without a first reply (now, not since)' }),
        overdue: z.number().int().meta({ description: 'Of those, the ones past their firstReplyDueAt' }),
      })
      .meta({ description: 'Complaints waiting for their first reply' }),
  })
  .meta({
    example: {
      since: '2026-10-25T00:00:00.000Z',
      incidents: { byState: { apologise: 2, closed: 9 }, bySeverity: { high: 3, low: 8 } },
      deadlines: { dueWithinHour: 1, breached: 0 },
      timeToApology: [{ playbookId: 'delivery-delay', medianMinutes: 42, incidents: 6 }],
      complaints: { unanswered: 14, overdue: 3 },
    },
  });
