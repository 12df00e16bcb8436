import type { Log } from '../logger.ts';
import type { DeadlineScheduler } from '../services/deadline-scheduler.ts';
import type { IdempotencyPurge } from '../services/idempotency-purge.ts';
import type { WebhookDispatcher } from '../services/webhook-dispatcher.ts';

/**
 * Runs the deadline scheduler, the webhook dispatcher and (now and then) the idempotency-key purge in a
 * loop. Safe to run in any number of processes against one PostgreSQL; on PGlite it runs inside the API
 * process.
 */
export class Worker {
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;

  constructor(
    private readonly parts: {
      scheduler: DeadlineScheduler;
      dispatcher: WebhookDispatcher;
      purge?: IdempotencyPurge | undefined;
    },
    private readonly options: { intervalMs: number; log?: Log | undefined },
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
        try {
          await this.runOnce();
        } catch (err) {
          // The database may be away for a moment; the next pass tries again.
          this.options.log?.error({ err }, 'worker pass failed');
        }
        await new Promise<void>((resolve) => {
          this.wake = resolve;
          setTimeout(resolve, this.options.intervalMs).unref();
        });
      }
    })();
  }

  /** Finishes the pass under way, then stops. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }
}
