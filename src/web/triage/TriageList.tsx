import { useT } from '../i18n/language';
import { TriageRow } from './TriageRow';
import type { TriageList as List } from './use-triage-list';

interface Props {
  list: List;
  titles: ReadonlyMap<string, string>;
  /** Null for a key that may not attach: no checkboxes then. */
  selected: ReadonlySet<string> | null;
  onSelect: (ids: string[], on: boolean) => void;
}

/** The rows on screen, "select all on screen", how many of the total show, and "show more". */
export function TriageList({ list, titles, selected, onSelect }: Props) {
  const t = useT();
  const ids = list.items.map((c) => c.id);
  const all = selected !== null && ids.length > 0 && ids.every((id) => selected.has(id));
  return (
    <div class="triage-list" aria-busy={list.loading}>
      {selected && ids.length > 0 && (
        <label class="triage-all">
          <input
            type="checkbox"
            checked={all}
            onChange={(e) => onSelect(ids, (e.currentTarget as HTMLInputElement).checked)}
          />{' '}
          {t('triage.selectAll')}
        </label>
      )}
      <ul aria-label={t('triage.list')}>
        {list.items.map((c) => (
          <TriageRow
            key={c.id}
            complaint={c}
            titles={titles}
            {...(selected ? { selected: selected.has(c.id), onSelect: (id, on) => onSelect([id], on) } : {})}
          />
        ))}
      </ul>
      <div class="triage-more">
        {list.total !== null && list.items.length > 0 && (
          <p aria-live="polite" data-shown={list.items.length}>
            {t('triage.shown', { shown: list.items.length, total: list.total })}
          </p>
        )}
        {list.more && (
          <button type="button" disabled={list.loading} onClick={() => void list.loadMore()}>
            {list.loading ? t('triage.loading') : t('triage.more')}
          </button>
        )}
      </div>
    </div>
  );
}
