import { z } from 'zod';
import { Cursor, Limit, Timestamp } from './common.ts';

export const SystemAuditEntryOut = z
  .object({
    seq: z.number().int(),
    at: Timestamp,
    actor: z.string(),
    action: z.string(),
    data: z.record(z.string(), z.unknown()),
    prevHash: z.string(),
    hash: z.string(),
  })
  .meta({
    id: 'SystemAuditEntry',
    example: {
      seq: 3,
      at: '2026-11-24T08:40:00.000Z',
      actor: 'webhooks',
      action: 'webhook.disabled',
      data: { webhookId: '0190d1a0-5b8e-7cc1-8e8b-6a1f4d1e2b3c', reason: 'failing for 72 hours' },
      prevHash: '1b4f…',
      hash: '9e2a…',
    },
  });

export const SystemAuditPage = z.object({
  items: z.array(SystemAuditEntryOut),
  nextCursor: z.string().nullable(),
});
export const SystemAuditQuery = z.strictObject({ cursor: Cursor, limit: Limit });
export const SystemAuditCursor = z.object({ s: z.number().int().nonnegative() });

export const SystemAuditVerdict = z
  .object({
    valid: z.boolean(),
    entries: z.number().int(),
    firstInvalidSeq: z.number().int().optional(),
    reason: z.string().optional(),
    head: z
      .object({ seq: z.number().int(), hash: z.string() })
      .nullable()
      .meta({ description: 'The newest entry: copy it elsewhere to notice later if entries go missing.' }),
  })
  .meta({ example: { valid: true, entries: 3, head: { seq: 3, hash: '9e2a…' } } });
