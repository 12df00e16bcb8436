import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { api, problemText } from '../api/client';
import { navigate } from '../router';

/**
 * Opening an incident by hand (managers, admins): playbook, title, severity. For the keyboard, focus
 * moves into the form when it opens and back to its button when it closes (Cancel or Escape).
 */
export function OpenIncident() {
  const [open, setOpen] = useState(false);
  const [playbooks, setPlaybooks] = useState<{ id: string; title: string }[]>([]);
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
        Open an incident
      </button>
    );
  }
  return (
    <form
      class="open-incident"
      aria-label="Open an incident"
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
        Playbook
        <select name="playbookId" required ref={first}>
          {playbooks.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        Title <input name="title" required maxLength={200} />
      </label>
      <label>
        Severity
        <select name="severity">
          {['low', 'medium', 'high', 'critical'].map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      </label>
      <button type="submit">Open</button>
      <button type="button" onClick={() => setOpen(false)}>
        Cancel
      </button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}
