import type { enFeedback } from './en-feedback.ts';
import type { TextsOf } from './template.ts';

/** Messages of the feedback digest, in Polish. */
export const plFeedback: TextsOf<typeof enFeedback> = {
  'value.until_after_since': () => 'Musi być późniejsze niż since.',
};
