import { define } from './template.ts';

/** Messages of the report, CSV and replay routes, in English. */
export const enReport = {
  not_acceptable: define(
    { accept: 'application/xml', offered: 'application/json, text/csv' },
    (p) => `This route cannot answer in ${p.accept}; ask for one of: ${p.offered}.`,
  ),
};
