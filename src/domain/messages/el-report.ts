import type { enReport } from './en-report.ts';
import type { TextsOf } from './template.ts';

/** Messages of the report, CSV and replay routes, in Greek. */
export const elReport: TextsOf<typeof enReport> = {
  not_acceptable: (p) =>
    `Αυτή η διαδρομή δεν μπορεί να απαντήσει σε ${p.accept}· ζητήστε ένα από: ${p.offered}.`,
};
