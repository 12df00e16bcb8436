import { onIncidentsWritten } from '../db/writer/incident-writer.ts';

/**
 * The current version of incidents this process has seen, so a conditional GET can answer 304 without
 * asking the database. A version only ever grows, so the cache keeps the highest one heard, from three
 * places: this process's writer (as it writes, before commit: a version too high costs a full read,
 * never a wrong 304), the database's notifications of every commit by any process (migration
 * 20261208T090000), and reads. It is trusted only while those notifications are heard: while the
 * listening connection is down it is empty and every poll reads the database, as before.
 * A version not known here is read (and remembered); an incident deleted or truncated away is forgotten,
 * and reads that began before that are not remembered (the ticket).
 */
export class IncidentVersions {
  private readonly seen = new Map<string, number>();
  private generation = 0;
  private listening = false;
  private stopWriter: (() => void) | null = null;

  constructor(private readonly maxEntries = 100_000) {}

  /** Starts hearing this process's writer and every commit's notification (the database's `listen`). */
  async follow(
    listen: (
      channel: string,
      handlers: { onNotify(p: string): void; onUp(): void; onDown(): void },
    ) => Promise<void>,
  ): Promise<void> {
    this.stopWriter ??= onIncidentsWritten((rows) => {
      for (const r of rows) this.saw(r.id, r.version);
    });
    await listen(INCIDENT_VERSIONS_CHANNEL, {
      onNotify: (payload) => this.heard(payload),
      onUp: () => this.setListening(true),
      onDown: () => this.setListening(false),
    });
  }

  /** Stops hearing the writer (the listening connection closes with the database). */
  stop(): void {
    this.stopWriter?.();
    this.stopWriter = null;
    this.setListening(false);
  }

  /** The version to compare an ETag with, or undefined: then read the database. */
  known(id: string): number | undefined {
    return this.listening ? this.seen.get(id) : undefined;
  }

  /** Take before a database read whose result is passed to `saw`. */
  ticket(): number {
    return this.generation;
  }

  /** A version read or written: kept if higher than what is known (and the cache has not been reset since `ticket`). */
  saw(id: string, version: number, ticket = this.generation): void {
    if (!this.listening || ticket !== this.generation) return;
    const known = this.seen.get(id);
    if (known !== undefined && known >= version) return;
    // A full cache starts over rather than tracking recency: incidents still polled come back on their next read.
    if (known === undefined && this.seen.size >= this.maxEntries) this.seen.clear();
    this.seen.set(id, version);
  }

  /** A notification's payload: `<id>:<version>`, `<id>:gone` (deleted) or `reset` (truncated). */
  heard(payload: string): void {
    const [id, version] = payload.split(':');
    const n = Number(version);
    if (id && version === 'gone') this.seen.set(id, Number.POSITIVE_INFINITY);
    else if (id && Number.isSafeInteger(n)) this.saw(id, n);
    // `reset` (a truncate), or a payload this version of the engine does not know: start over.
    else this.reset();
  }

  /** Whether commits are being heard now; going down or coming up empties the cache. */
  setListening(listening: boolean): void {
    this.reset();
    this.listening = listening;
  }

  private reset(): void {
    this.generation++;
    this.seen.clear();
  }

  get size(): number {
    return this.seen.size;
  }
}

/** The channel the incidents trigger notifies on every version change (migration 20261208T090000). */
export const INCIDENT_VERSIONS_CHANNEL = 'fivep_incident_versions';
