import { useState } from 'preact/hooks';
import { api, type Incident } from '../api/client';
import type { Key } from '../i18n/catalog';
import { useT } from '../i18n/language';
import { ProblemAlert } from './ProblemAlert';

type Path = '/v1/incidents/{id}/report' | '/v1/incidents/{id}/complaints';
const FILES: { label: Key; path: Path; accept: string; name: (id: string) => string }[] = [
  {
    label: 'dl.md',
    path: '/v1/incidents/{id}/report',
    accept: 'text/markdown',
    name: (id) => `report-${id}.md`,
  },
  {
    label: 'dl.json',
    path: '/v1/incidents/{id}/report',
    accept: 'application/json',
    name: (id) => `report-${id}.json`,
  },
  {
    label: 'dl.csv',
    path: '/v1/incidents/{id}/complaints',
    accept: 'text/csv',
    name: (id) => `complaints-${id}.csv`,
  },
];

/**
 * Hands a fetched body to the browser as a file: an object URL and a temporary `<a download>`. A plain link
 * to the API could not carry the key (it travels in a header, never in a URL). CSP governs neither the
 * blob nor the download it starts, so the desk's policy needs no `blob:`.
 */
function save(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later, not at once: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The post-mortem (Markdown, JSON) and the complaints (CSV), fetched with the key and saved as files.
 * The status line names the download, not its file name (which carries the incident's id).
 */
export function Downloads(props: { incident: Incident }) {
  const t = useT();
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<Key | null>(null);
  const [busy, setBusy] = useState<Key | null>(null);
  return (
    <section class="panel" aria-labelledby="downloads-h">
      <h2 id="downloads-h">{t('dl.heading')}</h2>
      <p class="downloads">
        {FILES.map((f) => (
          <button
            key={f.label}
            type="button"
            disabled={busy !== null}
            onClick={async () => {
              setBusy(f.label);
              const { data, error } = await api.GET(f.path, {
                params: { path: { id: props.incident.id } },
                headers: { accept: f.accept },
                parseAs: 'blob',
              });
              setBusy(null);
              setError(error ?? null);
              if (!data) return setSaved(null);
              save(data, f.name(props.incident.id));
              setSaved(f.label);
            }}
          >
            {t(f.label)}
          </button>
        ))}
      </p>
      <p class="hint" aria-live="polite">
        {busy ? t('dl.preparing', { file: t(busy) }) : saved ? t('dl.saved', { file: t(saved) }) : ''}
      </p>
      {error !== null && <ProblemAlert error={error} />}
    </section>
  );
}
