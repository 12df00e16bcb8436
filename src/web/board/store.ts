import { api, type BoardCounts } from '../api/client';

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
  a.complaintsByHour.join() === b.complaintsByHour.join();

/**
 * The board in one read: `GET /v1/board` answers every card (an incident's fields and its counts, one
 * SQL statement), and each live tick asks again with If-None-Match, so an idle tick is one 304. A card
 * that did not change keeps its object, so the memoised card does not render again.
 */
export class BoardStore {
  data: BoardData = { cards: new Map() };
  /** Closed and dismissed incidents are read only while the board shows them. */
  private done = false;
  private etag: string | null = null;
  private busy: Promise<void> | null = null;
  private again = false;

  constructor(private readonly onChange: (d: BoardData) => void) {}

  /** The first read; a tick that arrives meanwhile waits for it, and runs after it. */
  load(): Promise<void> {
    return this.refresh();
  }

  /** Shows or hides the closed and dismissed incidents (a full read either way). */
  showDone(done: boolean): Promise<void> {
    if (done === this.done) return Promise.resolve();
    this.done = done;
    this.etag = null;
    return this.refresh();
  }

  /** One tick (a poll, or a stream event): read again if the board changed. A tick during a read is kept. */
  refresh(): Promise<void> {
    if (this.busy) {
      this.again = true;
      return this.busy;
    }
    this.busy = (async () => {
      try {
        do {
          this.again = false;
          await this.read();
        } while (this.again);
      } finally {
        this.busy = null;
      }
    })();
    return this.busy;
  }

  private async read(): Promise<void> {
    const { data, response } = await api.GET('/v1/board', {
      params: { query: this.done ? { done: 'true' } : {} },
      headers: this.etag ? { 'if-none-match': this.etag } : {},
    });
    if (response.status === 304) return;
    if (!data) throw new Error('board');
    this.etag = response.headers.get('etag');
    const cards = new Map<string, Card>();
    for (const c of data.items) {
      const known = this.data.cards.get(c.incidentId);
      cards.set(c.incidentId, known && sameCard(known, c) ? known : c);
    }
    this.data = { cards };
    this.onChange(this.data);
  }
}
