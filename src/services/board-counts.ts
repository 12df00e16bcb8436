import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Clock } from '../clock.ts';
import { boardCounts } from '../db/repositories/board.repository.ts';
import type { DB } from '../db/schema.ts';

export const BOARD_HOURS = 24;
const HOUR_MS = 3_600_000;

export interface BoardCard {
  incidentId: string;
  /** Complaints received per clock hour, oldest first; the last is the current (partial) hour. */
  complaintsByHour: number[];
  unanswered: number;
  overdue: number;
  pendingApprovals: number;
  auditSeq: number;
}

export interface BoardCounts {
  /** Start of the first hour bucket. */
  since: string;
  items: BoardCard[];
}

/** The board's per-incident counts (the cards' sparkline, waiting complaints, pending approvals), with an ETag. */
export class BoardCountsService {
  constructor(private readonly deps: { db: Kysely<DB>; clock: Clock }) {}

  async read(only?: string): Promise<{ body: BoardCounts; etag: string }> {
    const now = this.deps.clock();
    // Clock-hour buckets: the answer (and its ETag) changes only when a count does or the hour turns.
    const since = new Date((Math.floor(now.getTime() / HOUR_MS) - (BOARD_HOURS - 1)) * HOUR_MS);
    const rows = await boardCounts(this.deps.db, now, since, only);
    const items = rows.map((r) => {
      const complaintsByHour = new Array<number>(BOARD_HOURS).fill(0);
      for (const [h, n] of Object.entries(r.hours ?? {})) {
        const i = Number(h);
        if (i >= 0 && i < BOARD_HOURS) complaintsByHour[i] = n;
      }
      return {
        incidentId: r.incident_id,
        complaintsByHour,
        unanswered: r.unanswered,
        overdue: r.overdue,
        pendingApprovals: r.pending_approvals,
        auditSeq: r.audit_seq,
      };
    });
    const body = { since: since.toISOString(), items };
    const etag = `W/"${createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 27)}"`;
    return { body, etag };
  }
}
