import { z } from 'zod';
import {
  EARLIEST_INSTANT,
  isStorableInstant,
  LATEST_INSTANT,
  MAX_OFFSET,
} from '../../domain/instant-range.ts';
import { messageKey } from '../../domain/messages/message.ts';

export const EXAMPLE_INCIDENT_ID = '3f1d2c4b-8a9e-4f60-b1c2-d3e4f5a6b7c8';

export const IdParams = z.object({
  id: z.uuid().meta({ example: EXAMPLE_INCIDENT_ID }),
});

/** A date and time the API writes. */
export const Timestamp = z.iso.datetime({ offset: true }).meta({ example: '2026-11-24T09:30:00.000Z' });

/**
 * A date and time the API takes (body fields and filters): also in the range the databases store, else
 * 422 rule `range` (src/domain/instant-range.ts). Answers keep `Timestamp`, whose values are in range.
 */
export const TimestampIn = z.iso
  .datetime({ offset: true })
  .refine(isStorableInstant, { error: messageKey('value.datetime_range') })
  .meta({
    example: '2026-11-24T09:30:00.000Z',
    description: `From ${EARLIEST_INSTANT} to ${LATEST_INSTANT}, with an offset of at most ±${MAX_OFFSET}`,
  });

/** An instant a cursor carries: a cursor naming one outside the range was not issued by this API (422). */
export const CursorInstant = z.iso.datetime().refine(isStorableInstant);

export const Limit = z.coerce.number().int().min(1).max(200).default(50);

/** The `cursor` query parameter; src/http/paging.ts writes and reads what it carries. */
export const Cursor = z.string().max(512).optional().meta({
  description: 'Opaque cursor from the previous page’s nextCursor',
});

export const BooleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

/** Whether an If-None-Match header matches an entity tag (weak comparison, RFC 9110 §13.1.2). */
export function matchesIfNoneMatch(header: string | string[] | undefined, etag: string): boolean {
  if (!header) return false;
  const value = Array.isArray(header) ? header.join(',') : header;
  if (value.trim() === '*') return true;
  const bare = etag.replace(/^W\//, '');
  return value.split(',').some((t) => t.trim().replace(/^W\//, '') === bare);
}
