import { useMemo, useState } from 'preact/hooks';
import { api } from '../api/client';
import { withPlainDurations } from '../i18n/format';
import { useLang, useT } from '../i18n/language';
import { useCan } from '../session';
import { AttachForm, type Scope } from './AttachForm';
import { type AttachOutcome, attach, outcomeWords, whoRefused } from './attach';
import { attachFilter, NO_FILTER, narrowed, type TriageFilter } from './filter';
import { Outcome } from './Outcome';
import { TriageFilters } from './TriageFilters';
import { TriageList } from './TriageList';
import { useOpenIncidents, usePlaybookTitles } from './use-attach-targets';
import { useTriageList } from './use-triage-list';

/**
 * Triage: every complaint attached to no incident, filtered and paged, each saying why no playbook took
 * it; a manager selects some (or all the filters match) and attaches them to an open incident at once.
 * A read-only key sees the same list without the selection and the attach form.
 */
export function Triage() {
  const t = useT();
  const lang = useLang();
  const mayAttach = useCan('POST /v1/complaints/attach');
  const [filter, setFilter] = useState<TriageFilter>(NO_FILTER);
  const list = useTriageList(filter);
  const titles = usePlaybookTitles(lang);
  const { incidents } = useOpenIncidents(mayAttach);
  const plainIncidents = useMemo(
    () => incidents.map((i) => ({ ...i, title: withPlainDurations(i.title, lang) })),
    [incidents, lang],
  );
  const [selected, setSelected] = useState(new Set<string>());
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ said: string[]; result: AttachOutcome } | null>(null);

  const changeFilter = (f: TriageFilter) => {
    setSelected(new Set());
    setFilter(f);
  };
  const select = (ids: string[], on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      for (const id of ids) on ? next.add(id) : next.delete(id);
      return next;
    });

  const onAttach = async (scope: Scope, incidentId: string) => {
    setBusy(true);
    setOutcome(null);
    const result = await attach(
      (body) => api.POST('/v1/complaints/attach', { body }),
      incidentId,
      scope === 'selected' ? { ids: [...selected] } : { filter: attachFilter(filter) },
      (id) => whoRefused(id, list.items),
    );
    const incident = plainIncidents.find((i) => i.id === incidentId);
    setOutcome({ said: outcomeWords(result, incident?.title ?? ''), result });
    setSelected(new Set());
    await list.reload();
    setBusy(false);
  };

  const total = list.total ?? 0;
  return (
    <section class="triage" aria-labelledby="triage-h">
      <h1 id="triage-h">{t('triage.heading')}</h1>
      <p class="triage-total" data-total={list.total ?? ''}>
        {list.total === null ? t('triage.loading') : t('triage.total', { n: total })}
      </p>
      {!mayAttach && <p class="hint">{t('triage.readOnly')}</p>}
      <TriageFilters filter={filter} onChange={changeFilter} />
      {mayAttach && (
        <div class="triage-actions">
          <AttachForm
            selected={selected.size}
            matching={total}
            incidents={plainIncidents}
            busy={busy}
            filterKey={JSON.stringify(filter)}
            onAttach={(scope, id) => void onAttach(scope, id)}
          />
          <Outcome outcome={outcome} />
        </div>
      )}
      {list.failed && <p role="alert">{t('triage.loadFailed')}</p>}
      {list.total === 0 && !list.loading && (
        <p>{narrowed(filter) ? t('triage.emptyFilter') : t('triage.empty')}</p>
      )}
      <TriageList list={list} titles={titles} selected={mayAttach ? selected : null} onSelect={select} />
      {mayAttach && selected.size > 0 && (
        // On a phone the form is at the top, not in sight: this takes the manager back to it.
        <button
          type="button"
          class="triage-jump"
          onClick={() => document.getElementById('triage-incident')?.focus()}
        >
          {t('triage.jump', { n: selected.size })}
        </button>
      )}
    </section>
  );
}
