/**
 * Everything the bench starts or creates registers its undo here, so a normal end, a harness error and
 * Ctrl-C all leave no child process, database or table behind. Each undo runs at most once.
 */
const pending = new Set<() => Promise<void>>();

export function defer(label: string, fn: () => Promise<void>): () => Promise<void> {
  const undo = async () => {
    if (!pending.delete(undo)) return;
    await fn().catch((err: Error) => console.error(`cleanup (${label}) failed: ${err.message}`));
  };
  pending.add(undo);
  return undo;
}

/** Newest first: the service must be stopped before its database can be dropped. */
export async function cleanupAll(): Promise<void> {
  for (const undo of [...pending].reverse()) await undo();
}

let interrupted = false;
export function cleanupOnSignals(): void {
  for (const [sig, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.on(sig, () => {
      if (interrupted) process.exit(code); // second Ctrl-C: give up on cleaning
      interrupted = true;
      console.error(`\n${sig}: stopping children and dropping what the bench created…`);
      void cleanupAll().finally(() => process.exit(code));
    });
  }
}
