import { define } from './template.ts';

/** Public commitments (v1.1), in English: spread into `en`. */
export const enCommitments = {
  open_commitments: define(
    { count: 2 },
    (p) =>
      `${p.count === 1 ? 'One public commitment' : `${p.count} public commitments`} of this incident ${p.count === 1 ? 'is' : 'are'} still open: mark them done or cancelled, or choose to keep tracking them after the close.`,
  ),
  commitment_not_found: define(
    { id: '0190d1a0-5b8e-7cc1-8e8b-6a1f4d1e2b3f' },
    (p) => `Commitment ${p.id} does not exist.`,
  ),
  commitment_move_refused: define(
    { id: '0190d1a0-5b8e-7cc1-8e8b-6a1f4d1e2b3f', from: 'done', to: 'cancelled' },
    (p) =>
      `Commitment ${p.id} is ${p.from} and cannot become ${p.to}: only an open commitment is marked done or cancelled.`,
  ),
};
