import { useEffect, useState } from 'preact/hooks';
import { api, type Incident } from '../api/client';
import type { Lang } from '../i18n/catalog';

/** An incident complaints may still be attached to: neither closed nor dismissed. */
export function isOpen(i: Incident): boolean {
  return i.state !== 'closed' && i.state !== 'dismissed';
}

/** The open incidents, every page of them (newest change first), for the "attach to" choice. */
export function useOpenIncidents(enabled: boolean): { incidents: Incident[]; reload: () => void } {
  const [incidents, setIncidents] = useState<Incident[]>([]);
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    void (async () => {
      const all: Incident[] = [];
      let cursor: string | undefined;
      // A handful of pages is every incident a desk keeps open; the rest are closed.
      for (let page = 0; page < 10; page++) {
        const { data } = await api.GET('/v1/incidents', {
          params: { query: { limit: 200, ...(cursor ? { cursor } : {}) } },
        });
        if (!data) break;
        all.push(...data.items.filter(isOpen));
        if (!data.nextCursor) break;
        cursor = data.nextCursor;
      }
      if (live) setIncidents(all);
    })();
    return () => {
      live = false;
    };
  }, [enabled, round]);
  return { incidents, reload: () => setRound((r) => r + 1) };
}

/** Each playbook's title in the desk's language (its own `title` where that language has none). */
export function usePlaybookTitles(lang: Lang): Map<string, string> {
  const [titles, setTitles] = useState(new Map<string, string>());
  useEffect(() => {
    void api.GET('/v1/playbooks').then(({ data }) => {
      setTitles(new Map((data?.items ?? []).map((p) => [p.id, p.titles[lang] ?? p.title])));
    });
  }, [lang]);
  return titles;
}
