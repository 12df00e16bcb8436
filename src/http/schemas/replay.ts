import { z } from 'zod';
import { Timestamp } from './common.ts';

export const ReplayBody = z.strictObject({
  playbookVersion: z.string().trim().min(1).max(128).meta({
    description: "A stored version of the incident's playbook (GET /v1/playbooks/{id}/versions/{version})",
    example: '5d0c4e8b2a7f1c3e9b6d4a2f0e8c6b4a2d0f8e6c4b2a0f8e6d4c2b0a9f8e7d6c',
  }),
});

const Nullable = Timestamp.nullable();

export const ReplayOut = z
  .object({
    playbookVersion: z.string(),
    complete: z
      .boolean()
      .meta({ description: 'False when a step was refused under the version (the walk stops)' }),
    states: z.array(
      z.object({
        seq: z.number().int(),
        at: Timestamp,
        action: z.string(),
        state: z.string(),
        severity: z.string(),
        deadline: z.object({ stage: z.string(), dueAt: Nullable, paused: z.boolean() }).nullable(),
        breached: z.boolean(),
      }),
    ),
    deadlines: z.array(
      z.object({
        stage: z.string(),
        startedAt: Timestamp,
        dueAt: Nullable.meta({ description: 'Due under the replayed version' }),
        actualDueAt: Nullable.meta({ description: 'Due as stored' }),
        completedAt: Nullable,
        wouldBreach: z.boolean(),
        breached: z.boolean(),
      }),
    ),
    differences: z.array(z.string()).meta({ description: 'Where the replay and the stored incident differ' }),
  })
  .meta({
    example: {
      playbookVersion: '5d0c4e8b2a7f1c3e9b6d4a2f0e8c6b4a2d0f8e6c4b2a0f8e6d4c2b0a9f8e7d6c',
      complete: true,
      states: [
        {
          seq: 1,
          at: '2026-03-02T09:00:00.000Z',
          action: 'incident.opened',
          state: 'apologise',
          severity: 'high',
          deadline: { stage: 'apologise', dueAt: '2026-03-02T10:00:00.000Z', paused: false },
          breached: false,
        },
      ],
      deadlines: [
        {
          stage: 'apologise',
          startedAt: '2026-03-02T09:00:00.000Z',
          dueAt: '2026-03-02T10:00:00.000Z',
          actualDueAt: '2026-03-02T11:00:00.000Z',
          completedAt: null,
          wouldBreach: false,
          breached: false,
        },
      ],
      differences: [
        'current apologise deadline due: 2026-03-02T10:00:00.000Z replayed, 2026-03-02T11:00:00.000Z stored',
      ],
    },
  });
