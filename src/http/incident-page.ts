import { pageEtag } from '../services/incident-queries.ts';
import type { Incident } from '../services/incident-view.ts';
import { Keyset } from './paging.ts';
import { IncidentCursor } from './schemas/incidents.ts';

interface RenderedPage {
  etag: string;
  body: string;
}

/** Incidents run newest change first, by (updatedAt, id). */
export const incidentPages = new Keyset(
  IncidentCursor,
  (last: Incident) => ({ u: last.updatedAt, i: last.id }),
  (c) => ({ updatedAt: new Date(c.u), id: c.i }),
);

// Keyed by the page array the service hands out: requests that shared one query share one rendering.
const rendered = new WeakMap<readonly Incident[], RenderedPage>();

/** The JSON body and weak ETag of a list page; the cursor points after its last item when it is full. */
export function renderIncidentPage(items: readonly Incident[], limit: number): RenderedPage {
  const known = rendered.get(items);
  if (known) return known;
  const nextCursor = incidentPages.next(items, limit);
  const etag = pageEtag([
    ...items.map((i) => `${i.id}:${i.version}:${i.deadline?.breached ?? ''}`),
    nextCursor ?? '',
  ]);
  const page = { etag, body: JSON.stringify({ items, nextCursor }) };
  rendered.set(items, page);
  return page;
}
