import { api, type BoardCounts } from '../api/client';
import { failureOf, type LinkState, type ReadOutcome, ResilientReader } from '../api/resilient';

export type Card = BoardCounts['items'][number];

/** The board's data: every card by incident id. */
export interface BoardData {
  cards: Map<string, Card>;
}

/** The card fields that change what a card shows (a card equal in these keeps its object: no re-render). */
const sameCard = (a: Card, b: Card): boolean =>
  a.version === b.version &&
  a.auditSeq === b.auditSeq &&
  a.complaintCount === b.complaintCount &&
  a.unanswered === b.unanswered &&
  a.overdue === b.overdue &&
  a.pendingApprovals === b.pendingApprovals &&
  a.deadline?.breached === b.deadline?.breached &&
  a.deadline?.startedAt === b.deadline?.startedAt &&
  a.newSinceMonitoring === b.newSinceMonitoring &&
  a.complaintsByHour.join() === b.complaintsByHour.join();

/** Board reads are one request each and mostly 304s: at most one a second. */
const GAP_MS = 1000;

/**
 * The board in one read: `GET /v1/board` answers every card (an incident's fields and its counts, one
 * SQL statement), and each live signal asks again with If-None-Match, so an idle tick is one 304. A card
 * that did not change keeps its object, so the memoised card does not render again. A 429, a 5xx or no
 * answer keeps the cards on screen and tries again (api/resilient.ts).
 */
export class BoardStore {
  data: BoardData = { cards: new Map() };
  /** Closed and dismissed incidents are read only while the board shows them. */
  private done = false;
  private etag: string | null = null;
  private readonly reader: ResilientReader;

  constructor(
    private readonly onChange: (d: BoardData) => void,
    onLink: (s: LinkState) => void,
  ) {
    this.reader = new ResilientReader(() => this.read(), onLink, GAP_MS);
  }

  /** A live signal (or the first read): read again soon if the board changed. */
  refresh(): void {
    this.reader.request();
  }

  /** Shows or hides the closed and dismissed incidents (a full read either way, at once). */
  showDone(done: boolean): void {
    if (done === this.done) return;
    this.done = done;
    this.etag = null;
    this.reader.now();
  }

  stop(): void {
    this.reader.stop();
  }

  private async read(): Promise<ReadOutcome> {
    const { data, response } = await api.GET('/v1/board', {
      params: { query: this.done ? { done: 'true' } : {} },
      headers: this.etag ? { 'if-none-match': this.etag } : {},
    });
    const failure = failureOf(response);
    if (failure) return failure;
    if (response.status === 304) return { ok: true };
    if (!data) return { ok: false };
    this.etag = response.headers.get('etag');
    const cards = new Map<string, Card>();
    for (const c of data.items) {
      const known = this.data.cards.get(c.incidentId);
      cards.set(c.incidentId, known && sameCard(known, c) ? known : c);
    }
    this.data = { cards };
    this.onChange(this.data);
    return { ok: true };
  }
}
