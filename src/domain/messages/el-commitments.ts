import type { enCommitments } from './en-commitments.ts';
import type { TextsOf } from './template.ts';

/** Public commitments (v1.1), in Greek. */
export const elCommitments: TextsOf<typeof enCommitments> = {
  open_commitments: (p) =>
    `Δημόσιες δεσμεύσεις αυτού του περιστατικού που είναι ακόμη ανοιχτές: ${p.count}. Σημειώστε τες ως ολοκληρωμένες ή ακυρωμένες ή, όταν κλείνετε, επιλέξτε να παρακολουθούνται και μετά.`,
  commitment_not_found: (p) => `Η δέσμευση ${p.id} δεν υπάρχει.`,
  commitment_move_refused: (p) =>
    `Η δέσμευση ${p.id} είναι σε κατάσταση ${p.from} και δεν μπορεί να γίνει ${p.to}: μόνο μια ανοιχτή δέσμευση σημειώνεται ως ολοκληρωμένη ή ακυρωμένη.`,
};
