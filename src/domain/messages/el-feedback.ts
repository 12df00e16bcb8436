import type { enFeedback } from './en-feedback.ts';
import type { TextsOf } from './template.ts';

/** Messages of the feedback digest, in Greek. */
export const elFeedback: TextsOf<typeof enFeedback> = {
  'value.until_after_since': () => 'Πρέπει να είναι μεταγενέστερο του since.',
};
