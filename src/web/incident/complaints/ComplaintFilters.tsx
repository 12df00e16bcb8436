import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../i18n/language';
import { CHANNELS } from '../fields';
import { channelName } from './Conversation';
import { type ListFilter, SORTS, type Sort, START, VIEWS, type View } from './list-filter';

const TYPING_MS = 350;
const PHONE = '(max-width: 500px)';

/** Whether the window is phone-sized now (followed as it changes). */
function usePhone(): boolean {
  const [phone, setPhone] = useState(() => matchMedia(PHONE).matches);
  useEffect(() => {
    const query = matchMedia(PHONE);
    const changed = () => setPhone(query.matches);
    query.addEventListener('change', changed);
    return () => query.removeEventListener('change', changed);
  }, []);
  return phone;
}

/** The controls above the list: search, what to show, which channel, in what order, grouped by post. */
export function ComplaintFilters(props: {
  filter: ListFilter;
  byPost: boolean;
  onFilter: (f: ListFilter) => void;
  onByPost: (on: boolean) => void;
}) {
  const t = useT();
  const f = props.filter;
  const [q, setQ] = useState(f.q);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // The search reads once the person pauses typing, not on every key.
  useEffect(() => {
    if (timer.current) clearTimeout(timer.current);
    if (q === f.q) return;
    timer.current = setTimeout(() => props.onFilter({ ...f, q }), TYPING_MS);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [q]);
  const set = (patch: Partial<ListFilter>) => props.onFilter({ ...f, ...patch });
  const value = (e: Event) => (e.target as HTMLSelectElement).value;
  const phone = usePhone();
  const inUse = f.source !== '' || f.sort !== START.sort || props.byPost;
  const rest = (
    <>
      <span class="field">
        <label for="cl-source">{t('cl.channel')}</label>
        <select id="cl-source" value={f.source} onChange={(e) => set({ source: value(e) })}>
          <option value="">{t('cl.channel.any')}</option>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {channelName(t, c)}
            </option>
          ))}
        </select>
      </span>
      <span class="field">
        <label for="cl-sort">{t('cl.sort')}</label>
        <select id="cl-sort" value={f.sort} onChange={(e) => set({ sort: value(e) as Sort })}>
          {SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`cl.sort.${s}`)}
            </option>
          ))}
        </select>
      </span>
      <label class="check">
        <input
          type="checkbox"
          checked={props.byPost}
          onChange={(e) => props.onByPost((e.target as HTMLInputElement).checked)}
        />
        {t('cl.byPost')}
      </label>
    </>
  );

  return (
    <search class="list-filters">
      <span class="field">
        <label for="cl-q">{t('cl.search')}</label>
        <input
          id="cl-q"
          type="search"
          value={q}
          onInput={(e) => setQ((e.target as HTMLInputElement).value)}
        />
      </span>
      <span class="field">
        <label for="cl-view">{t('cl.view')}</label>
        <select id="cl-view" value={f.view} onChange={(e) => set({ view: value(e) as View })}>
          {VIEWS.map((v) => (
            <option key={v} value={v}>
              {t(`cl.view.${v}`)}
            </option>
          ))}
        </select>
      </span>
      {phone ? (
        // On a phone the rarer choices fold away, open while one of them is in use.
        <details class="more-filters" open={inUse}>
          <summary>{t('cl.moreFilters')}</summary>
          {rest}
        </details>
      ) : (
        rest
      )}
    </search>
  );
}
