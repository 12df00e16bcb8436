import type { Kysely } from 'kysely';
import type { Clock } from '../clock.ts';
import { deleteExpiredIdempotencyKeys } from '../db/repositories/idempotency.repository.ts';
import type { DB } from '../db/schema.ts';

/**
 * Forgets Idempotency-Keys once they expired (24 hours after their request, ./idempotency-keys.ts): the
 * table would otherwise grow with every keyed request forever. Runs at most once per `everyMs` from the
 * worker loop, deleting in bounded chunks; several workers purging at once only delete less each.
 */
export class IdempotencyPurge {
  private lastRun: number | undefined;

  constructor(
    private readonly deps: {
      db: Kysely<DB>;
      clock: Clock;
      everyMs?: number;
      chunk?: number;
      maxChunks?: number;
    },
  ) {}

  /** Purges if due; returns how many keys were deleted. */
  async tick(): Promise<number> {
    const now = this.deps.clock();
    const every = this.deps.everyMs ?? 60_000;
    if (this.lastRun !== undefined && now.getTime() - this.lastRun < every) return 0;
    this.lastRun = now.getTime();
    const chunk = this.deps.chunk ?? 5_000;
    let deleted = 0;
    for (let i = 0; i < (this.deps.maxChunks ?? 20); i++) {
      const n = await deleteExpiredIdempotencyKeys(this.deps.db, now, chunk);
      deleted += n;
      if (n < chunk) break;
    }
    return deleted;
  }
}
