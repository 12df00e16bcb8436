import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { type ChannelHandlers, listenOnPostgres } from './listener.ts';
import { PGliteDialect } from './pglite-dialect.ts';
import { lockDataDir } from './pglite-lock.ts';
import type { DB } from './schema.ts';

export type DatabaseKind = 'pglite' | 'postgres';

/** The one Kysely instance of a process, with what it needs to shut down. */
export interface Database {
  readonly db: Kysely<DB>;
  readonly kind: DatabaseKind;
  close(): Promise<void>;
  /** Connection pool use (PostgreSQL); the embedded database has one session. */
  poolStats(): { total: number; idle: number; waiting: number; max: number };
  /** LISTEN on a channel until close(); handlers hear notifications and when delivery may have gaps. */
  listen(channel: string, handlers: ChannelHandlers): Promise<void>;
  /**
   * Holds the session advisory lock (INSTANCE_LOCK_SPACE, id) until close() or the process dies, on a
   * session of its own (retaken after a reconnect): other instances read it in pg_locks to tell a live
   * owner of an in-flight Idempotency-Key from a dead one. Resolves once held (or after 5 s without).
   */
  holdInstanceLock(id: number): Promise<void>;
}

/** The first key of the instance locks (two-integer advisory locks: this space, then the instance id). */
export const INSTANCE_LOCK_SPACE = 5_105_001;
const INSTANCE_LOCK_WAIT_MS = 5_000;

export interface DatabaseOptions {
  databaseUrl?: string | undefined;
  pgliteDir?: string;
  poolSize?: number;
  /** A dumped data directory to start the embedded database from (tests clone a migrated template). */
  pgliteTemplate?: Blob;
}

// INT8 as string, as `pg` does, so both databases hand the same values up.
const INT8_OID = 20;
// Dates and timestamps through `pg`'s own parsers for the same reason: PGlite's `new Date(text)` reads
// PostgreSQL's "0001-01-01 00:00:00+00" as the year 2001 (and drops "BC").
const DATE_OIDS = [1082, 1114, 1184];

/** Opens PostgreSQL (when a URL is given) or the embedded PGlite behind the same Kysely interface. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  return openPGlite(options.pgliteDir ?? './data/pglite', options.pgliteTemplate);
}

function openPostgres(connectionString: string, max: number): Database {
  const pool = new pg.Pool({
    connectionString,
    max,
    // Fail fast while the server is away: requests answer 503 instead of queueing forever.
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    options: '-c statement_timeout=15000 -c idle_in_transaction_session_timeout=30000',
  });
  // A client losing its server must not crash the process: idle ones are replaced by the pool, and a
  // checked-out one also fails its query (answered 503), but both emit 'error', fatal if unheard.
  pool.on('error', () => {});
  pool.on('connect', (client) => {
    client.on('error', () => {});
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  const listeners: (() => Promise<void>)[] = [];
  return {
    db,
    kind: 'postgres',
    close: async () => {
      await Promise.all(listeners.splice(0).map((stop) => stop()));
      await db.destroy();
    },
    listen: async (channel, handlers) => {
      listeners.push(listenOnPostgres(connectionString, channel, handlers));
    },
    holdInstanceLock: (id) =>
      new Promise<void>((resolve) => {
        setTimeout(resolve, INSTANCE_LOCK_WAIT_MS).unref();
        // A listening session is the one kind this module keeps alive and reconnects; its channel is silent.
        const handlers = { onNotify: () => {}, onUp: resolve, onDown: () => {} };
        const lock = (c: pg.Client) => c.query('select pg_advisory_lock($1, $2)', [INSTANCE_LOCK_SPACE, id]);
        listeners.push(listenOnPostgres(connectionString, 'fivep_instance_lock', handlers, lock));
      }),
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max }),
  };
}

async function openPGlite(dir: string, template?: Blob): Promise<Database> {
  const inMemory = dir.startsWith('memory://');
  const release = inMemory ? () => {} : lockDataDir(dir);
  try {
    // Loaded only when used: the embedded database's WASM module costs ~50 MB of memory in every process
    // that imports it, PostgreSQL deployments included.
    const { PGlite } = await import('@electric-sql/pglite');
    const pglite = new PGlite({
      ...(inMemory ? {} : { dataDir: dir }),
      ...(template ? { loadDataDir: template } : {}),
      parsers: {
        [INT8_OID]: (value: string) => value,
        ...Object.fromEntries(DATE_OIDS.map((oid) => [oid, pg.types.getTypeParser(oid, 'text')])),
      },
    });
    await pglite.waitReady;
    const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
    return {
      db,
      kind: 'pglite',
      poolStats: () => ({ total: 1, idle: 1, waiting: 0, max: 1 }),
      // One session, and the directory lock keeps other processes out: every change is made by this
      // process and its notifications arrive in the same session, after the statement that sent them.
      listen: async (channel, handlers) => {
        await pglite.listen(channel, handlers.onNotify);
        handlers.onUp();
      },
      // The one session lives as long as the process: its lock is released when the process ends.
      holdInstanceLock: async (id) => {
        await pglite.query('select pg_advisory_lock($1, $2)', [INSTANCE_LOCK_SPACE, id]);
      },
      close: async () => {
        try {
          await db.destroy();
          // Kysely only destroys a driver it has initialised (on first query); close PGlite regardless.
          if (!pglite.closed) await pglite.close();
        } finally {
          release();
        }
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}
