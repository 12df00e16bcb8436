import { useState } from 'preact/hooks';
import type { Key } from '../i18n/catalog';
import { useT } from '../i18n/language';
import { NO_FILTER, PLATFORM_STATES, SORTS, SOURCES, type TriageFilter, type YesNo } from './filter';

interface Props {
  filter: TriageFilter;
  onChange: (f: TriageFilter) => void;
}

type Choice = 'source' | 'answered' | 'overdue' | 'private' | 'platformState';

/** A select whose empty choice is "all". */
function Pick(props: {
  name: Choice;
  label: Key;
  value: string | undefined;
  options: readonly [string, string][];
  onPick: (v: string | undefined) => void;
}) {
  const t = useT();
  const id = `triage-${props.name}`;
  return (
    <span class="field">
      <label for={id}>{t(props.label)}</label>
      <select
        id={id}
        name={props.name}
        value={props.value ?? ''}
        onChange={(e) => props.onPick((e.currentTarget as HTMLSelectElement).value || undefined)}
      >
        <option value="">{t('triage.any')}</option>
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </span>
  );
}

/**
 * The list's filters: the search applies on Enter (or its button), each select at once. The same
 * choices are what "all matching the filters" attaches.
 */
export function TriageFilters({ filter, onChange }: Props) {
  const t = useT();
  const [q, setQ] = useState(filter.q ?? '');
  const set = (name: Choice, v: string | undefined) => onChange({ ...filter, [name]: v as YesNo });
  const rareCount = (['answered', 'overdue', 'private', 'platformState'] as const).filter(
    (k) => filter[k] !== undefined,
  ).length;
  const rareSet = rareCount > 0;
  const yesNo = (k: 'answered' | 'overdue' | 'private'): [string, string][] => [
    ['true', t(`triage.${k}.true`)],
    ['false', t(`triage.${k}.false`)],
  ];
  return (
    <form
      class="triage-filters"
      aria-label={t('triage.filters')}
      onSubmit={(e) => {
        e.preventDefault();
        onChange({ ...filter, q: q.trim() || undefined });
      }}
    >
      <span class="field triage-q">
        <label for="triage-q">{t('triage.search')}</label>
        <span class="rows">
          <input
            id="triage-q"
            type="search"
            name="q"
            value={q}
            onInput={(e) => setQ((e.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit">{t('triage.searchButton')}</button>
        </span>
      </span>
      <Pick
        name="source"
        label="triage.source"
        value={filter.source}
        options={SOURCES.map((s) => [s, t(`channel.${s}`)])}
        onPick={(v) => set('source', v)}
      />
      <span class="field">
        <label for="triage-sort">{t('triage.sort')}</label>
        <select
          id="triage-sort"
          value={filter.sort}
          onChange={(e) =>
            onChange({
              ...filter,
              sort: (e.currentTarget as HTMLSelectElement).value as TriageFilter['sort'],
            })
          }
        >
          {SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`triage.sort.${s}`)}
            </option>
          ))}
        </select>
      </span>
      <button
        type="button"
        class="small"
        onClick={() => {
          setQ('');
          onChange(NO_FILTER);
        }}
      >
        {t('triage.clear')}
      </button>
      <details class="triage-rare" open={rareSet}>
        <summary>{rareSet ? t('triage.moreFilters', { n: rareCount }) : t('triage.moreFiltersNone')}</summary>
        <div class="triage-rare-fields">
          <Pick
            name="answered"
            label="triage.answered"
            value={filter.answered}
            options={yesNo('answered')}
            onPick={(v) => set('answered', v)}
          />
          <Pick
            name="overdue"
            label="triage.overdue"
            value={filter.overdue}
            options={yesNo('overdue')}
            onPick={(v) => set('overdue', v)}
          />
          <Pick
            name="private"
            label="triage.private"
            value={filter.private}
            options={yesNo('private')}
            onPick={(v) => set('private', v)}
          />
          <Pick
            name="platformState"
            label="triage.platform"
            value={filter.platformState}
            options={PLATFORM_STATES.map((s) => [s, t(`triage.platform.${s}`)])}
            onPick={(v) => set('platformState', v)}
          />
        </div>
      </details>
    </form>
  );
}
