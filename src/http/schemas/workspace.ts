import { z } from 'zod';
import { COMPLAINT_SOURCES } from '../../domain/playbooks/playbook.schema.ts';
import { CommitmentOut } from './commitments.ts';
import { Timestamp } from './common.ts';
import { CompensationList } from './compensations.ts';
import { IncidentOut } from './incidents.ts';
import { NextOut } from './next.ts';
import { StatementOut } from './statements.ts';

export const WorkspaceQuery = z.strictObject({
  guidance: z
    .string()
    .regex(/^[a-z]{2}$/)
    .optional()
    .meta({
      description:
        'The language of the stage guidance, among the playbook’s (`playbook.languages`); else from Accept-Language',
      example: 'pl',
    }),
});

const TimelineRun = z.object({
  seq: z.number().int().meta({ description: 'The first entry of the run' }),
  lastSeq: z.number().int().meta({ description: 'The last entry of the run' }),
  count: z.number().int().meta({ description: 'Entries folded into this line (1 for a change of state)' }),
  at: Timestamp,
  lastAt: Timestamp,
  actor: z.string(),
  action: z.string().meta({ description: 'The audit action, e.g. complaint.attached or incident.apologise' }),
  fromState: z.string().nullable(),
  toState: z.string().nullable(),
  data: z.record(z.string(), z.unknown()).meta({ description: 'The data of the run’s newest entry' }),
});

export const WorkspaceOut = z
  .object({
    incident: IncidentOut,
    next: NextOut,
    playbook: z.object({
      id: z.string(),
      version: z.string(),
      title: z.string(),
      timeZone: z.string().meta({ description: 'IANA zone the desk shows local times in' }),
      languages: z.array(z.string()).meta({ description: 'The languages its guidance is written in' }),
    }),
    statements: z.array(StatementOut),
    ledger: CompensationList,
    commitments: z.array(CommitmentOut),
    complaints: z
      .object({
        total: z.number().int(),
        unanswered: z.number().int().meta({ description: 'Without a reply: what a close would refuse' }),
        overdue: z.number().int().meta({ description: 'Of those, past their first-reply time' }),
        private: z.number().int().meta({ description: 'Moved to a private channel' }),
        edited: z.number().int().meta({ description: 'Edited on the platform since they arrived' }),
        removed: z.number().int().meta({ description: 'Removed on the platform' }),
        newSinceMonitoring: z.number().int(),
        bySource: z.partialRecord(z.enum(COMPLAINT_SOURCES), z.number().int()),
        posts: z
          .array(
            z.object({
              postId: z.string(),
              source: z.enum(COMPLAINT_SOURCES),
              total: z.number().int(),
              unanswered: z.number().int(),
            }),
          )
          .meta({ description: 'The posts the comments sit under, most commented first (at most 50)' }),
      })
      .meta({
        description: 'Counted with the same conditions as the complaint list’s filters and the board',
      }),
    timeline: z.object({
      entries: z.number().int().meta({ description: 'The chain’s length' }),
      items: z.array(TimelineRun).meta({
        description:
          'The newest 1000 entries, newest first, as lines for people: a run of the same action by the same actor that changes no state is one line with its count',
      }),
    }),
    lastReopen: z
      .object({
        at: Timestamp,
        actor: z.string(),
        reason: z.string(),
        stragglers: z.object({ count: z.number().int(), within: z.string() }).nullable().meta({
          description: 'Set when the playbook’s reopen threshold did it (the actor is then `system`)',
        }),
      })
      .nullable()
      .meta({ description: 'The reopen that put the incident in its state, while it has not moved since' }),
  })
  .meta({ id: 'Workspace' });
