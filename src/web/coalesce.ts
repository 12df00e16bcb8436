/**
 * Folds many requests into few runs: the first runs at once, those that arrive within `gapMs` of the last
 * run (or while it runs) become one trailing run, so `fn` runs at most once per `gapMs` and always once
 * after the last request.
 */
export function coalesce(
  fn: () => Promise<void> | void,
  gapMs: number,
): { request(): void; now(): void; cancel(): void } {
  let last = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running = false;
  let pending = false;
  let cancelled = false;

  const run = async () => {
    timer = null;
    running = true;
    pending = false;
    last = Date.now();
    try {
      await fn();
    } catch {
      // The caller's own errors are its to report; the rhythm goes on.
    } finally {
      running = false;
    }
    if (pending) schedule();
  };
  const schedule = () => {
    if (cancelled || timer) return;
    if (running) {
      pending = true;
      return;
    }
    timer = setTimeout(() => void run(), Math.max(0, last + gapMs - Date.now()));
  };
  return {
    request: schedule,
    // At once, whatever the gap (a person's own change): still never two runs at a time.
    now: () => {
      if (cancelled) return;
      if (timer) clearTimeout(timer);
      timer = null;
      if (running) pending = true;
      else void run();
    },
    cancel: () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
    },
  };
}
