import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { api, problemText } from '../api/client';
import { useLang, useT } from '../i18n/language';
import { SEVERITIES } from '../incident/fields';
import { navigate } from '../router';

/**
 * Opening an incident by hand (managers, admins): playbook, title, severity. For the keyboard, focus
 * moves into the form when it opens and back to its button when it closes (Cancel or Escape).
 */
export function OpenIncident() {
  const t = useT();
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const [playbooks, setPlaybooks] = useState<
    { id: string; title: string; titles?: Record<string, string> }[]
  >([]);
  const [error, setError] = useState<string | null>(null);
  const first = useRef<HTMLSelectElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  // Layout effect: focus moves in the same task as the render, so the control never shows unfocused.
  useLayoutEffect(() => {
    if (open) first.current?.focus();
    else if (wasOpen.current) button.current?.focus();
    wasOpen.current = open;
  }, [open]);
  useEffect(() => {
    if (open) void api.GET('/v1/playbooks').then(({ data }) => setPlaybooks(data?.items ?? []));
  }, [open]);
  if (!open) {
    return (
      <button type="button" ref={button} onClick={() => setOpen(true)}>
        {t('open.button')}
      </button>
    );
  }
  return (
    <form
      class="open-incident"
      aria-label={t('open.button')}
      onKeyDown={(e) => {
        if (e.key === 'Escape') setOpen(false);
      }}
      onSubmit={async (e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget as HTMLFormElement);
        const { data, error: err } = await api.POST('/v1/incidents', {
          body: {
            playbookId: String(f.get('playbookId')),
            title: String(f.get('title')),
            severity: String(f.get('severity')) as 'low',
          },
        });
        if (data) navigate(`/incidents/${data.id}`);
        else setError(problemText(err));
      }}
    >
      <label>
        {t('board.playbook')}
        <select name="playbookId" required ref={first}>
          {playbooks.map((p) => (
            <option key={p.id} value={p.id}>
              {p.titles?.[lang] ?? p.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('open.title')} <input name="title" required maxLength={200} />
      </label>
      <label>
        {t('board.severity')}
        <select name="severity">
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {t(`severity.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">{t('open.submit')}</button>
      <button type="button" onClick={() => setOpen(false)}>
        {t('common.cancel')}
      </button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}
