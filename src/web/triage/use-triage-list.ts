import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { api, type Complaint } from '../api/client';
import { subscribeLive, useCoalesced } from '../live';
import { listQuery, PAGE, type TriageFilter } from './filter';

/** How often at most the waiting list is read again by itself. */
export const LIVE_GAP_MS = 10_000;

export interface TriageList {
  items: Complaint[];
  total: number | null;
  /** More pages wait behind "show more". */
  more: boolean;
  loading: boolean;
  failed: boolean;
  loadMore: () => Promise<void>;
  /** Reads the list again from its first page, as far as it was shown. */
  reload: () => Promise<void>;
}

/**
 * The complaints attached to no incident for a filter, page by page (cursor → nextCursor). A reply for a
 * filter no longer in force is dropped, so a quick change of filters never shows a stale page. Kept
 * live: complaints that arrive or are attached elsewhere show within LIVE_GAP_MS (about 10 s).
 */
export function useTriageList(filter: TriageFilter): TriageList {
  const [items, setItems] = useState<Complaint[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [failed, setFailed] = useState(false);
  const generation = useRef(0);
  const shown = useRef(0);
  shown.current = items.length;

  const read = useCallback(
    async (from: string | null, keep: Complaint[], want = 1): Promise<void> => {
      const mine = ++generation.current;
      setLoading(true);
      let list = keep;
      let next = from;
      let count: number | null = null;
      // Reading again after an attach: as many pages as were on screen, so the place is kept.
      for (let page = 0; page < want; page++) {
        const { data } = await api.GET('/v1/complaints', { params: { query: listQuery(filter, next) } });
        if (mine !== generation.current) return;
        if (!data) {
          setFailed(true);
          setLoading(false);
          return;
        }
        list = [...list, ...data.items];
        next = data.nextCursor;
        count = data.total;
        if (!next) break;
      }
      setFailed(false);
      setItems(list);
      setCursor(next);
      setTotal(count);
      setLoading(false);
    },
    [filter],
  );

  useEffect(() => {
    setItems([]);
    setTotal(null);
    void read(null, []);
  }, [read]);

  // New complaints send no event of their own: on the tab's live signals (events and its ticks), read
  // again as far as shown, at most once in LIVE_GAP_MS.
  const again = useCoalesced(() => read(null, [], Math.max(1, Math.ceil(shown.current / PAGE))), LIVE_GAP_MS);
  useEffect(() => subscribeLive(() => again()), []);

  return {
    items,
    total,
    more: cursor !== null,
    loading,
    failed,
    loadMore: () => read(cursor, items),
    reload: () => read(null, [], Math.max(1, Math.ceil(shown.current / PAGE))),
  };
}
