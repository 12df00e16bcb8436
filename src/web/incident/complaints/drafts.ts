/**
 * A reply being written, kept per complaint in this browser (localStorage) until it is sent or
 * discarded, so moving between complaints, filters or pages loses nothing. `seen` is how many replies
 * the complaint had when the draft began: more than that means someone answered meanwhile.
 */
export interface Draft {
  text: string;
  seen: number;
}

const key = (complaintId: string) => `fivep.draft.${complaintId}`;

export function loadDraft(complaintId: string): Draft | null {
  try {
    const raw = localStorage.getItem(key(complaintId));
    const d = raw ? (JSON.parse(raw) as Partial<Draft>) : null;
    return d && typeof d.text === 'string' && typeof d.seen === 'number'
      ? { text: d.text, seen: d.seen }
      : null;
  } catch {
    return null;
  }
}

export function saveDraft(complaintId: string, draft: Draft): void {
  try {
    if (draft.text === '') localStorage.removeItem(key(complaintId));
    else localStorage.setItem(key(complaintId), JSON.stringify(draft));
  } catch {
    // A full or forbidden storage only costs the draft's survival across a reload.
  }
}

export function clearDraft(complaintId: string): void {
  saveDraft(complaintId, { text: '', seen: 0 });
}
