/**
 * Driver and server errors that mean the database, not the request or the code, is at fault: it is away,
 * restarting or refusing connections. The API answers them 503 (src/http/error-handler.ts); the worker
 * waits them out (src/worker/worker.ts). Pure, so both edges share one reading.
 */
const UNAVAILABLE_SQLSTATE = /^(08|53|57P0[1-3])/;
const UNAVAILABLE_ERRNO = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND']);

export function isDatabaseUnavailable(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown };
  if (typeof e.code === 'string' && (UNAVAILABLE_SQLSTATE.test(e.code) || UNAVAILABLE_ERRNO.has(e.code))) {
    return true;
  }
  return (
    typeof e.message === 'string' &&
    /timeout exceeded when trying to connect|Connection terminated|connection is closed|connection error and is not queryable|\b(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND)\b/i.test(
      e.message,
    )
  );
}
