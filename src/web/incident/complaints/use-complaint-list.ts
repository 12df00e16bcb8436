import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../../api/client';
import { failureOf, type LinkState, ResilientReader } from '../../api/resilient';
import type { paths } from '../../api/schema';
import { WORKSPACE_GAP_MS } from '../use-workspace';
import { type ListFilter, queryOf } from './list-filter';

type Page = paths['/v1/incidents/{id}/complaints']['get']['responses'][200]['content']['application/json'];
/** A complaint of the incident with its conversation (every reply). */
export type ListedComplaint = Page['items'][number];

/** How many more complaints "show more" brings; the API gives at most MAX_PAGE in one page. */
export const PAGE = 50;
const MAX_PAGE = 200;

export interface ComplaintList {
  items: ListedComplaint[];
  total: number | null;
  /** Whether the first read for the current filter has come. */
  ready: boolean;
  link: LinkState;
  more(): void;
  reload(): void;
}

/**
 * The incident's complaints for a filter, every one reachable: the first `shown` of them are read (in
 * pages of up to 200), "more" reads PAGE further. Read again when `changed` changes (a workspace read
 * brought something new), coalesced like the workspace, conditionally (304 while the page is the same);
 * a failed read keeps the list on screen and is retried with backoff.
 */
export function useComplaintList(id: string, filter: ListFilter, changed: unknown): ComplaintList {
  const [items, setItems] = useState<ListedComplaint[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [ready, setReady] = useState(false);
  const [link, setLink] = useState<LinkState>('live');
  const shown = useRef(PAGE);
  const reader = useRef<ResilientReader | null>(null);
  const key = JSON.stringify(queryOf(filter));

  useEffect(() => {
    shown.current = PAGE;
    setReady(false);
    let etag: string | null = null;
    // A read for a filter no longer chosen may still answer: it must not replace the new list.
    let current = true;
    const r = new ResilientReader(
      async () => {
        const read = await readUpTo(id, filter, shown.current, etag);
        if (!current) return { ok: true };
        if (!read.ok) return read;
        if (read.page) {
          etag = read.etag;
          setItems(read.page.items);
          setTotal(read.page.total);
        }
        setReady(true);
        return { ok: true };
      },
      setLink,
      WORKSPACE_GAP_MS,
    );
    reader.current = r;
    r.now();
    return () => {
      current = false;
      r.stop();
    };
  }, [id, key]);

  useEffect(() => {
    if (changed) reader.current?.request();
  }, [changed]);

  return {
    items,
    total,
    ready,
    link,
    more: () => {
      shown.current += PAGE;
      reader.current?.now();
    },
    reload: () => reader.current?.now(),
  };
}

type Read = { ok: true; page: Page | null; etag: string | null } | { ok: false; retryAfterMs?: number };

/** The first `want` complaints of the filter; `page` null when the one page asked is unchanged (304). */
async function readUpTo(id: string, filter: ListFilter, want: number, etag: string | null): Promise<Read> {
  const query = queryOf(filter);
  const items: ListedComplaint[] = [];
  let cursor = null as string | null;
  let total = 0;
  let firstEtag: string | null = null;
  do {
    const limit = Math.min(MAX_PAGE, want - items.length);
    const conditional: string | null = cursor === null && want <= MAX_PAGE ? etag : null;
    const after: { cursor?: string } = cursor ? { cursor } : {};
    const read = await api.GET('/v1/incidents/{id}/complaints', {
      params: { path: { id }, query: { ...query, limit, ...after } },
      headers: conditional ? { 'if-none-match': etag } : {},
    });
    const data: Page | string | undefined = read.data;
    const response: Response = read.response;
    const failure = failureOf(response);
    if (failure) return failure;
    if (response.status === 304) return { ok: true, page: null, etag };
    // The route also answers CSV; this asks for JSON (openapi-fetch's default).
    if (!data || typeof data === 'string') return { ok: false };
    if (cursor === null) firstEtag = response.headers.get('etag');
    items.push(...data.items);
    total = data.total;
    cursor = data.nextCursor;
  } while (cursor && items.length < want);
  return { ok: true, page: { items, total, nextCursor: cursor }, etag: firstEtag };
}
