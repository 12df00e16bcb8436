import pg from 'pg';

/** What a subscriber hears: notifications, and whether it can currently trust that it hears them all. */
export interface ChannelHandlers {
  onNotify(payload: string): void;
  /** Listening (again): notifications sent from now on arrive; any sent while down were missed. */
  onUp(): void;
  /** The listening connection is gone: notifications may be missed until onUp. */
  onDown(): void;
}

const RETRY_MIN_MS = 250;
const RETRY_MAX_MS = 30_000;

/**
 * LISTEN on one channel over a dedicated PostgreSQL connection (a pooled one would be handed to other
 * queries), reconnecting with backoff when the server goes away. Returns the function that stops it.
 * `setup` runs on every (re)connection before onUp: session state such as a session advisory lock.
 */
export function listenOnPostgres(
  connectionString: string,
  channel: string,
  handlers: ChannelHandlers,
  setup?: (client: pg.Client) => Promise<unknown>,
): () => Promise<void> {
  let stopped = false;
  let client: pg.Client | null = null;
  let timer: NodeJS.Timeout | null = null;
  let delay = RETRY_MIN_MS;

  const retry = () => {
    if (stopped || timer) return;
    timer = setTimeout(() => {
      timer = null;
      void connect();
    }, delay);
    timer.unref();
    delay = Math.min(delay * 2, RETRY_MAX_MS);
  };

  const connect = async () => {
    const c = new pg.Client({ connectionString, connectionTimeoutMillis: 5_000 });
    client = c;
    let down = false;
    const lost = () => {
      if (down) return;
      down = true;
      handlers.onDown();
      c.removeAllListeners('notification');
      c.end().catch(() => {});
      retry();
    };
    c.on('error', lost);
    c.on('end', lost);
    c.on('notification', (msg) => {
      if (msg.channel === channel) handlers.onNotify(msg.payload ?? '');
    });
    try {
      await c.connect();
      // The channel is a fixed identifier of ours, never input: quoting keeps it one token anyway.
      await c.query(`listen "${channel.replaceAll('"', '""')}"`);
      await setup?.(c);
      if (stopped) return void c.end().catch(() => {});
      delay = RETRY_MIN_MS;
      handlers.onUp();
    } catch {
      lost();
    }
  };

  void connect();
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    const c = client;
    client = null;
    if (c) {
      c.removeAllListeners();
      c.on('error', () => {});
      await c.end().catch(() => {});
    }
  };
}
