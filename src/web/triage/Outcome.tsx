import type { Complaint } from '../api/client';
import { type AttachOutcome, whoRefused } from './attach';

interface Props {
  outcome: { said: string[]; result: AttachOutcome } | null;
  /** The complaints on screen, to name a refused one by its author. */
  shown: readonly Complaint[];
}

/** What the last attach did, in words, read out as it changes (a live region that is always there). */
export function Outcome({ outcome, shown }: Props) {
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
              <strong>{whoRefused(r.complaintId, shown)}</strong>: {r.why}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
