import type { enReport } from './en-report.ts';
import type { TextsOf } from './template.ts';

/** Messages of the report, CSV and replay routes, in Polish. */
export const plReport: TextsOf<typeof enReport> = {
  not_acceptable: (p) => `Ta ścieżka nie odpowiada w formacie ${p.accept}; poproś o jeden z: ${p.offered}.`,
};
