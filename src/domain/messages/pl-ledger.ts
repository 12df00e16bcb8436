import type { enLedger } from './en-ledger.ts';
import { plPlural, type TextsOf } from './template.ts';

const SEVERITY: Record<string, string> = {
  low: 'niskiej',
  medium: 'średniej',
  high: 'wysokiej',
  critical: 'krytycznej',
};
const STATUS: Record<string, string> = {
  pending_approval: 'czeka na zatwierdzenie',
  offered: 'zaproponowana',
  accepted: 'przyjęta',
  declined: 'odrzucona',
  fulfilled: 'zrealizowana',
  cancelled: 'anulowana',
};
// The API's own value first (what a client sends), its Polish meaning beside it.
const status = (s: string) => (STATUS[s] ? `${s} (${STATUS[s]})` : s);

/** The compensation ledger's messages in Polish (keys and parameters: en-ledger.ts). */
export const plLedger: TextsOf<typeof enLedger> = {
  'value.decimal': () =>
    'Musi być liczbą dziesiętną zapisaną jako tekst, w jednostkach głównych, np. "50.00" (liczba JSON mogłaby się zaokrąglić).',
  compensation_refused: (p, t) =>
    `Rekompensata wykracza poza limity playbooka i nie została zapisana: ${p.errors.map((e) => t(e.say)).join(' ')}`,
  'compensation.ceiling': (p) =>
    `Przy ${SEVERITY[p.severity] ?? p.severity} powadze jedna pozycja może być warta najwyżej ${p.ceiling} ${p.currency}; zaproponuj mniej albo najpierw podnieś powagę, jeśli kryzys urósł.`,
  'compensation.budget': (p) =>
    `Budżet rekompensat incydentu przy ${SEVERITY[p.severity] ?? p.severity} powadze to ${p.budget} ${p.currency}, zostało z niego ${p.left} ${p.currency}; anuluj otwartą ofertę albo zaproponuj mniej.`,
  'compensation.currency': (p) =>
    `Ten playbook wypłaca rekompensaty w ${p.currency}; podaj wartość w ${p.currency}.`,
  'compensation.value_digits': (p) =>
    `Wartość w ${p.currency} ma najwyżej ${p.digits} ${plPlural(p.digits, 'miejsce', 'miejsca', 'miejsc')} po przecinku, np. "50.00".`,
  'compensation.complaint': (p) =>
    `Skarga ${p.complaintId} nie jest przypisana do tego incydentu; najpierw ją przypisz albo pomiń complaintId.`,
  compensation_self_approval: (p) =>
    `Rekompensatę ${p.compensationId} zaproponowano tym kluczem API: zatwierdzić ją musi inna osoba, własnym kluczem.`,
  compensation_move_not_allowed: (p) =>
    `Rekompensata ${p.compensationId} ma status ${status(p.from)} i nie może przejść do ${status(p.to)}. Możliwe teraz: ${
      p.allowed.length ? p.allowed.map(status).join(', ') : 'nic (to stan ostateczny)'
    }.`,
};
