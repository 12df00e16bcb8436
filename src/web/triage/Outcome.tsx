import type { AttachOutcome } from './attach';

interface Props {
  outcome: { said: string[]; result: AttachOutcome } | null;
}

/** What the last attach did, in words, read out as it changes (a live region that is always there). */
export function Outcome({ outcome }: Props) {
  const refused = outcome?.result.refused ?? [];
  const failed = outcome?.result.failed != null;
  return (
    <div class={`triage-outcome${failed ? ' error' : ''}`} role="status" aria-live="polite">
      {outcome?.said.map((s) => (
        <p key={s}>{s}</p>
      ))}
      {refused.length > 0 && (
        <ul class="error">
          {refused.map((r) => (
            <li key={r.complaintId}>
              <strong>{r.who}</strong>: {r.why}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
