import type { Kysely } from 'kysely';
import {
  committedAfter,
  type StreamCursor,
  type StreamRow,
  streamCursorOf,
  streamHead,
  streamRowsAfter,
} from '../db/repositories/outbox-stream.repository.ts';
import type { DB } from '../db/schema.ts';
import { say } from '../domain/messages/message.ts';
import { payloadFor, type StreamAudience, streamAudience } from '../domain/stream-visibility.ts';
import { DomainError } from '../errors.ts';

/** One message of the stream: the outbox id, the event type and the payload as webhooks carry it. */
export interface StreamEvent {
  id: string;
  event: string;
  data: Record<string, unknown>;
}

export interface StreamSink {
  /** Events in stream order, never one twice; called synchronously from the poller. */
  deliver(events: readonly StreamEvent[]): void;
  /** The hub is shutting down: end the response. */
  end(): void;
}

export interface StreamSubscription {
  /** Leaves the hub (the response closed); safe to call twice. */
  close(): void;
}

interface Subscriber {
  keyId: string;
  audience: StreamAudience;
  cursor: StreamCursor;
  /** Rows past the cursor already committed when a stream from now opened: before its "now". */
  skip: Set<string>;
  sink: StreamSink;
}

/** At most this many committed-but-unsettled rows are remembered as "before now" for a new stream. */
const SKIP_LIMIT = 10_000;

export interface EventStreamsDeps {
  db: Kysely<DB>;
  /** Pause between polls of the outbox while a stream is open. */
  pollMs: number;
  /** Open streams one key may hold; one more is refused with 429. */
  maxPerKey: number;
  /** A failed poll: logged by the caller; the next poll retries from the same place. */
  onError(err: unknown): void;
  /** Rows read per query (500): a longer catch-up continues on the next poll. */
  pageSize?: number;
}

const after = (a: StreamCursor, b: StreamCursor): boolean => {
  const x = BigInt(a.xid) - BigInt(b.xid);
  return x > 0n || (x === 0n && BigInt(a.seq) > BigInt(b.seq));
};

/**
 * The live stream's one poller per process. While any stream is open it reads the outbox every `pollMs`
 * with one query after the shared head, whatever the number of streams, and hands each stream the rows it
 * has not had. A stream resuming from an older event first catches up with its own bounded reads (up to
 * the head), then joins the shared read. Polling rather than LISTEN/NOTIFY: see ARCHITECTURE.md.
 */
export class EventStreams {
  private readonly subscribers = new Set<Subscriber>();
  private readonly perKey = new Map<string, number>();
  private head: StreamCursor | null = null;
  private timer: NodeJS.Timeout | null = null;
  private polling: Promise<void> | null = null;
  private closed = false;
  private failing = false;

  private readonly page: number;

  constructor(private readonly deps: EventStreamsDeps) {
    this.page = deps.pageSize ?? 500;
  }

  /** Open streams (for metrics and tests). */
  get size(): number {
    return this.subscribers.size;
  }

  /**
   * What `open` would refuse before reading anything: a role the stream is not for (403), a closing
   * process (503), a key at its limit (429). HEAD asks this without opening a stream.
   */
  admit(caller: { keyId: string; role: string }): NonNullable<ReturnType<typeof streamAudience>> {
    const audience = streamAudience(caller.role);
    if (audience === null) {
      throw new DomainError('FORBIDDEN', say('stream_for_people', { role: caller.role }));
    }
    if (this.closed) throw new DomainError('NOT_READY', say('stream_closing', {}));
    if ((this.perKey.get(caller.keyId) ?? 0) >= this.deps.maxPerKey) {
      throw new DomainError('RATE_LIMITED', say('stream_limit', { max: this.deps.maxPerKey }), {
        retryAfter: 5,
      });
    }
    return audience;
  }

  /**
   * Opens a stream for `caller`, after `lastEventId` or else from now. Refuses a role the stream is not
   * for (403), a key over its limit (429) and an id that names no event (400), before any byte is sent.
   */
  async open(
    caller: { keyId: string; role: string },
    lastEventId: string | undefined,
    sink: StreamSink,
  ): Promise<StreamSubscription> {
    const audience = this.admit(caller);
    const held = this.perKey.get(caller.keyId) ?? 0;
    // The slot is taken before the reads below, so concurrent opens cannot pass the limit together.
    this.perKey.set(caller.keyId, held + 1);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      const n = (this.perKey.get(caller.keyId) ?? 1) - 1;
      if (n > 0) this.perKey.set(caller.keyId, n);
      else this.perKey.delete(caller.keyId);
    };
    try {
      const cursor = lastEventId
        ? await streamCursorOf(this.deps.db, lastEventId)
        : await streamHead(this.deps.db);
      if (cursor === null) {
        throw new DomainError('BAD_REQUEST', say('stream_cursor_unknown', { id: lastEventId ?? '' }));
      }
      // From now: rows above the settled head that are already committed happened before this stream.
      const skip = new Set(lastEventId ? [] : await committedAfter(this.deps.db, cursor, SKIP_LIMIT));
      this.head ??= lastEventId ? await streamHead(this.deps.db) : cursor;
      const subscriber: Subscriber = { keyId: caller.keyId, audience, cursor, skip, sink };
      this.subscribers.add(subscriber);
      this.start();
      return {
        close: () => {
          if (this.subscribers.delete(subscriber)) release();
          if (this.subscribers.size === 0) this.stop();
        },
      };
    } catch (err) {
      release();
      throw err;
    }
  }

  /** Ends every stream and stops polling (server shutdown): open responses must not hold the close. */
  async close(): Promise<void> {
    this.closed = true;
    this.stop();
    for (const s of [...this.subscribers]) s.sink.end();
    this.subscribers.clear();
    this.perKey.clear();
    await this.polling;
  }

  private start(): void {
    if (this.timer || this.closed) return;
    this.timer = setInterval(() => {
      // One poll at a time: a slow one is not stacked on.
      this.polling ??= this.poll()
        .then(() => {
          this.failing = false;
        })
        .catch((err) => {
          // Once per outage, not every poll.
          if (!this.failing) this.deps.onError(err);
          this.failing = true;
        })
        .finally(() => {
          this.polling = null;
        });
    }, this.deps.pollMs);
    this.timer.unref();
  }

  private stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    // Idle: the next stream reads the head afresh.
    if (this.subscribers.size === 0) this.head = null;
  }

  /** One round: catch-ups (bounded by the head), then the one shared read after the head. */
  private async poll(): Promise<void> {
    const head = this.head;
    if (head === null) return;
    for (const s of this.subscribers) {
      if (!after(head, s.cursor)) continue;
      const rows = await streamRowsAfter(this.deps.db, s.cursor, this.page, head);
      if (this.subscribers.has(s)) this.hand(s, rows);
      if (rows.length < this.page) s.cursor = head;
    }
    const rows = await streamRowsAfter(this.deps.db, head, this.page);
    if (this.head !== head) return; // went idle meanwhile
    for (const s of this.subscribers) {
      if (!after(head, s.cursor)) this.hand(s, rows);
    }
    const last = rows.at(-1);
    if (last) this.head = last.cursor;
  }

  /** Hands `s` the rows after its cursor, as its audience sees them, and moves its cursor. */
  private hand(s: Subscriber, rows: readonly StreamRow[]): void {
    const fresh = rows.filter((r) => after(r.cursor, s.cursor));
    const last = fresh.at(-1);
    if (!last) return;
    s.cursor = last.cursor;
    const shown = s.skip.size === 0 ? fresh : fresh.filter((r) => !s.skip.delete(r.id));
    if (shown.length === 0) return;
    s.sink.deliver(shown.map((r) => ({ id: r.id, event: r.event, data: payloadFor(s.audience, r.payload) })));
  }
}
