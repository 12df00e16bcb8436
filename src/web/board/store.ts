import { api, type BoardCounts, type Incident } from '../api/client';

export type Card = BoardCounts['items'][number];

/** The board's data: every incident by id, the per-incident counts, and when each current deadline started. */
export interface BoardData {
  incidents: Map<string, Incident>;
  counts: Map<string, Card>;
  /** incidentId → startedAt of the pending deadline, for the "25 % left" colour. */
  started: Map<string, string>;
}

const PAGE = 200;

async function allIncidents(onPage: (soFar: Incident[]) => void): Promise<Incident[]> {
  const all: Incident[] = [];
  let cursor: string | undefined;
  do {
    const { data, error } = await api.GET('/v1/incidents', {
      params: { query: { limit: PAGE, ...(cursor ? { cursor } : {}) } },
    });
    if (error || !data) throw new Error('incidents');
    all.push(...data.items);
    cursor = data.nextCursor ?? undefined;
    // The first page paints at once (a screen full of cards); the rest paint together at the end.
    if (cursor && all.length === data.items.length) onPage(all);
  } while (cursor);
  return all;
}

async function pendingStarts(): Promise<Map<string, string>> {
  const started = new Map<string, string>();
  let cursor: string | undefined;
  do {
    const { data, error } = await api.GET('/v1/deadlines', {
      params: { query: { status: 'pending', limit: PAGE, ...(cursor ? { cursor } : {}) } },
    });
    if (error || !data) break;
    for (const d of data.items) started.set(`${d.incidentId}:${d.stage}`, d.startedAt);
    cursor = data.nextCursor ?? undefined;
  } while (cursor);
  return started;
}

/**
 * Keeps the board current with conditional reads: the first list page (newest change first) and the
 * board counts, each with If-None-Match, so an idle tick costs two 304s. A changed page is merged; if
 * every item on it is new to us, more changed than one page holds and everything is read again.
 */
export class BoardStore {
  data: BoardData = { incidents: new Map(), counts: new Map(), started: new Map() };
  private listEtag: string | null = null;
  private countsEtag: string | null = null;
  private busy = false;

  constructor(private readonly onChange: (d: BoardData) => void) {}

  /**
   * Paints as soon as the incidents and counts are in; the deadline start times (only the amber colour
   * needs them) follow in a second render.
   */
  async load(): Promise<void> {
    // Page by page, painting each (the first screen is full after one page); the embedded database
    // answers one query at a time, so the deadline start times wait until the incidents are in.
    const show = (items: Incident[]) => {
      this.data.incidents = new Map(items.map((i) => [i.id, i]));
      this.onChange({ ...this.data });
    };
    const [items] = await Promise.all([allIncidents(show), this.refreshCounts(true)]);
    show(items);
    this.complete = true;
    this.data.started = await pendingStarts();
    this.onChange({ ...this.data });
  }

  /** All pages are in (the board says "loading more" until then). */
  complete = false;

  /** One tick (a poll, or a stream event): what changed is read again. */
  async refresh(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const listChanged = await this.refreshList();
      const countsChanged = await this.refreshCounts(false);
      if (listChanged || countsChanged) this.onChange({ ...this.data });
    } finally {
      this.busy = false;
    }
  }

  private async refreshList(): Promise<boolean> {
    const { data, response } = await api.GET('/v1/incidents', {
      params: { query: { limit: PAGE } },
      headers: this.listEtag ? { 'if-none-match': this.listEtag } : {},
    });
    if (response.status === 304 || !data) return false;
    this.listEtag = response.headers.get('etag');
    let unseen = 0;
    const moved: Incident[] = [];
    for (const item of data.items) {
      const known = this.data.incidents.get(item.id);
      if (!known) unseen += 1;
      if (!known || known.version !== item.version || known.deadline?.breached !== item.deadline?.breached) {
        moved.push(item);
      }
    }
    if (data.nextCursor && unseen === data.items.length) {
      await this.load();
      return true;
    }
    const incidents = new Map(this.data.incidents);
    for (const item of moved) incidents.set(item.id, item);
    this.data.incidents = incidents;
    // A new stage started: its start time is one small read per moved incident.
    await Promise.all(
      moved
        .filter((i) => i.deadline && !this.data.started.has(`${i.id}:${i.deadline.stage}`))
        .map(async (i) => {
          const { data: d } = await api.GET('/v1/incidents/{id}/deadlines', {
            params: { path: { id: i.id } },
          });
          for (const row of d?.items ?? []) {
            if (row.status === 'pending') this.data.started.set(`${i.id}:${row.stage}`, row.startedAt);
          }
        }),
    );
    return moved.length > 0;
  }

  private async refreshCounts(force: boolean): Promise<boolean> {
    const { data, response } = await api.GET('/v1/board', {
      headers: !force && this.countsEtag ? { 'if-none-match': this.countsEtag } : {},
    });
    if (response.status === 304 || !data) return false;
    this.countsEtag = response.headers.get('etag');
    this.data.counts = new Map(data.items.map((c) => [c.incidentId, c]));
    return true;
  }
}
