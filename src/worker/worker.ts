import { isDatabaseUnavailable } from '../database-errors.ts';
import type { Log } from '../logger.ts';
import type { DeadlineScheduler } from '../services/deadline-scheduler.ts';
import type { IdempotencyPurge } from '../services/idempotency-purge.ts';
import type { WebhookDispatcher } from '../services/webhook-dispatcher.ts';

/** While the database stays away, the warning is repeated this often (not on every pass). */
export const OUTAGE_REMINDER_MS = 30_000;

/**
 * Runs the deadline scheduler, the webhook dispatcher and (now and then) the idempotency-key purge in a
 * loop. Safe to run in any number of processes against one PostgreSQL; on PGlite it runs inside the API
 * process. It runs until `stop()`: a pass that fails (the database away) is logged and the next one tries
 * again, so an outage pauses the work and never ends it.
 */
export class Worker {
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  /** When the current outage was first seen and last reported; undefined while the database answers. */
  private outage: { since: number; reportedAt: number; failedPasses: number } | undefined;

  constructor(
    private readonly parts: {
      scheduler: DeadlineScheduler;
      dispatcher: WebhookDispatcher;
      purge?: IdempotencyPurge | undefined;
    },
    private readonly options: { intervalMs: number; log?: Log | undefined; now?: () => number },
  ) {}

  /** One pass: breaches and reminders first (they create events), then deliveries, then housekeeping. */
  async runOnce(): Promise<void> {
    const deadlines = await this.parts.scheduler.tick();
    const deliveries = await this.parts.dispatcher.tick();
    const idempotencyKeysPurged = (await this.parts.purge?.tick()) ?? 0;
    if (
      deadlines.breached +
        deadlines.reminded +
        deadlines.firstRepliesReminded +
        deadlines.firstRepliesBreached +
        deliveries.delivered +
        deliveries.failed +
        idempotencyKeysPurged >
      0
    ) {
      this.options.log?.info({ ...deadlines, ...deliveries, idempotencyKeysPurged }, 'worker pass');
    }
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = (async () => {
      while (this.running) {
        await this.pass();
        if (this.running) await this.pause();
      }
    })();
  }

  /** Finishes the pass under way, then stops. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  private async pass(): Promise<void> {
    try {
      await this.runOnce();
      if (this.outage) {
        const { since, failedPasses } = this.outage;
        this.outage = undefined;
        this.options.log?.info(
          { awayMs: this.now() - since, failedPasses },
          'database is back: worker passes resumed',
        );
      }
    } catch (err) {
      if (isDatabaseUnavailable(err)) this.databaseAway(err);
      else this.options.log?.error({ err }, 'worker pass failed');
    }
  }

  /** An outage is expected weather, not a fault: a warning when it starts and now and then while it lasts. */
  private databaseAway(err: unknown): void {
    const now = this.now();
    if (!this.outage) {
      this.outage = { since: now, reportedAt: now, failedPasses: 1 };
      this.options.log?.warn({ err }, 'database unavailable: worker passes wait for it');
      return;
    }
    this.outage.failedPasses++;
    if (now - this.outage.reportedAt >= OUTAGE_REMINDER_MS) {
      this.outage.reportedAt = now;
      const { since, failedPasses } = this.outage;
      this.options.log?.warn(
        { err, awayMs: now - since, failedPasses },
        'database still unavailable: worker passes wait for it',
      );
    }
  }

  /**
   * The pause between passes. Its timer is referenced on purpose: in a worker process it is what keeps
   * the event loop alive while the pool holds no socket (an unref'd one let the process end by itself).
   */
  private pause(): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, this.options.intervalMs);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }
}
