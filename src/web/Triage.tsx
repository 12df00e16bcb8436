import { useEffect, useState } from 'preact/hooks';
import { api, type Complaint, type Incident, problemText } from './api/client';

/** Complaints attached to no incident, each with a choice of open incident to attach it to. */
export function Triage() {
  const [complaints, setComplaints] = useState<Complaint[] | null>(null);
  const [incidents, setIncidents] = useState<Incident[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const load = async () => {
    const [c, i] = await Promise.all([
      api.GET('/v1/complaints', { params: { query: { incidentId: 'none', limit: 200 } } }),
      api.GET('/v1/incidents', { params: { query: { limit: 200 } } }),
    ]);
    setComplaints(c.data?.items ?? []);
    setIncidents((i.data?.items ?? []).filter((x) => x.state !== 'closed' && x.state !== 'dismissed'));
  };
  useEffect(() => void load(), []);
  if (!complaints) return <p aria-live="polite">Loading…</p>;
  return (
    <section class="panel triage" aria-labelledby="triage-h">
      <h1 id="triage-h">Triage: complaints without an incident ({complaints.length})</h1>
      {message && <p role="alert">{message}</p>}
      <ul>
        {complaints.map((c) => (
          <li key={c.id} data-complaint-id={c.id}>
            <blockquote>{c.text}</blockquote>
            <form
              aria-label="Attach to an incident"
              onSubmit={async (e) => {
                e.preventDefault();
                const incidentId = String(new FormData(e.currentTarget as HTMLFormElement).get('incidentId'));
                const { error } = await api.POST('/v1/complaints/{id}/attach', {
                  params: { path: { id: c.id } },
                  body: { incidentId },
                });
                setMessage(error ? problemText(error) : 'Attached.');
                void load();
              }}
            >
              <label for={`attach-${c.id}`}>Incident</label>
              <select id={`attach-${c.id}`} name="incidentId">
                {incidents.map((i) => (
                  <option key={i.id} value={i.id}>
                    {i.title}
                  </option>
                ))}
              </select>
              <button type="submit">Attach</button>
            </form>
          </li>
        ))}
      </ul>
    </section>
  );
}
