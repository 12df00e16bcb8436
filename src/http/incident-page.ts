import type { Incident } from '../services/incident.service.ts';
import { pageEtag } from '../services/incident-queries.ts';
import { encodeCursor } from './schemas/common.ts';

interface RenderedPage {
  etag: string;
  body: string;
}

// Keyed by the page array the service hands out: requests that shared one query share one rendering.
const rendered = new WeakMap<readonly Incident[], RenderedPage>();

/** The JSON body and weak ETag of a list page; the cursor points after its last item when it is full. */
export function renderIncidentPage(items: readonly Incident[], limit: number): RenderedPage {
  const known = rendered.get(items);
  if (known) return known;
  const last = items.at(-1);
  const nextCursor = items.length === limit && last ? encodeCursor({ u: last.updatedAt, i: last.id }) : null;
  const etag = pageEtag([
    ...items.map((i) => `${i.id}:${i.version}:${i.deadline?.breached ?? ''}`),
    nextCursor ?? '',
  ]);
  const page = { etag, body: JSON.stringify({ items, nextCursor }) };
  rendered.set(items, page);
  return page;
}
