import { coalesce } from '../coalesce.ts';

/** How a live view's reads are going: all well, or waiting to try again after a failure. */
export type LinkState = 'live' | 'reconnecting';

/** A failed read worth trying again, after the server's pause if it named one. */
export type Failure = { ok: false; retryAfterMs?: number | undefined };
/** One read's outcome: done (whatever it found), or failed. */
export type ReadOutcome = { ok: true } | Failure;

const FIRST_MS = 1000;
const MAX_MS = 30_000;

/** The pause before try `attempt` (1, 2, 3…): 1 s, 2 s, 4 s … 30 s, ±20 % so tabs do not retry in step. */
export function retryDelay(attempt: number, retryAfterMs?: number, random = Math.random): number {
  if (retryAfterMs !== undefined) return retryAfterMs + Math.round(random() * 500);
  const base = Math.min(MAX_MS, FIRST_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.8 + random() * 0.4));
}

/** The tab's shared pause after a 429: the limit is the key's, so every reader of the tab waits. */
let quietUntil = 0;
export function quietFor(): number {
  return Math.max(0, quietUntil - Date.now());
}

/**
 * What an answer means for a live read: a 429 (with its Retry-After in seconds) or a 5xx is a failure to
 * try again, and so is no answer at all (network); any other status is the read's own to judge. A 429 of
 * the key's rate limit quiets every reader of the tab (`shared`); the stream's own limit of open streams
 * does not.
 */
export function failureOf(response: Response | undefined, shared = true): Failure | null {
  if (!response) return { ok: false };
  if (response.status === 429) {
    const seconds = Number(response.headers.get('retry-after'));
    const ms = Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : undefined;
    if (ms && shared) quietUntil = Math.max(quietUntil, Date.now() + ms);
    return ms ? { ok: false, retryAfterMs: ms } : { ok: false };
  }
  if (response.status >= 500) return { ok: false };
  return null;
}

/**
 * A read kept going whatever happens: requests coalesce (at most one read per `gapMs`, a trailing one
 * after the last request), a failed read is tried again after `retryDelay` while the view keeps what it
 * last read, and `onLink` says whether the view is live or reconnecting.
 */
export class ResilientReader {
  private attempt = 0;
  private stopped = false;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly runs: ReturnType<typeof coalesce>;

  constructor(
    private readonly read: () => Promise<ReadOutcome>,
    private readonly onLink: (s: LinkState) => void,
    gapMs: number,
  ) {
    this.runs = coalesce(() => this.once(), gapMs);
  }

  /** Read (again) soon; a request while a retry waits is left to that retry. */
  request(): void {
    if (!this.retryTimer) this.runs.request();
  }

  /** Read at once (after a person's own change), unless a retry is waiting. */
  now(): void {
    if (!this.retryTimer) this.runs.now();
  }

  stop(): void {
    this.stopped = true;
    this.runs.cancel();
    if (this.retryTimer) clearTimeout(this.retryTimer);
  }

  private async once(): Promise<void> {
    const quiet = quietFor();
    let outcome: ReadOutcome;
    if (quiet > 0) outcome = { ok: false, retryAfterMs: quiet };
    else {
      try {
        outcome = await this.read();
      } catch {
        outcome = { ok: false };
      }
    }
    if (this.stopped) return;
    if (outcome.ok) {
      this.attempt = 0;
      this.onLink('live');
      return;
    }
    this.attempt++;
    this.onLink('reconnecting');
    this.retryTimer = setTimeout(
      () => {
        this.retryTimer = null;
        this.runs.request();
      },
      retryDelay(this.attempt, outcome.retryAfterMs),
    );
  }
}
