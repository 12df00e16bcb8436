import { define } from './template.ts';

/** Messages of the feedback digest (GET /v1/feedback), in English. */
export const enFeedback = {
  'value.until_after_since': define({}, () => 'Must be later than since.'),
};
