import type { Catalog } from './message.ts';

/** Public commitments (v1.1), in Polish: spread into `pl`. */
export const plCommitments: Pick<
  Catalog,
  'open_commitments' | 'commitment_not_found' | 'commitment_move_refused'
> = {
  open_commitments: (p) =>
    `Otwarte publiczne zobowiązania tego incydentu: ${p.count}. Oznacz je jako wykonane lub anulowane albo przy zamykaniu wybierz, że mają być śledzone dalej.`,
  commitment_not_found: (p) => `Zobowiązanie ${p.id} nie istnieje.`,
  commitment_move_refused: (p) =>
    `Zobowiązanie ${p.id} ma status ${p.from} i nie może przejść w ${p.to}: tylko otwarte zobowiązanie można oznaczyć jako wykonane lub anulowane.`,
};
