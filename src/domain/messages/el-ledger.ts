import type { enLedger } from './en-ledger.ts';
import type { TextsOf } from './template.ts';

const SEVERITY: Record<string, string> = {
  low: 'χαμηλή',
  medium: 'μέτρια',
  high: 'υψηλή',
  critical: 'κρίσιμη',
};
const severity = (s: string) => `«${SEVERITY[s] ?? s}»`;
const STATUS: Record<string, string> = {
  pending_approval: 'περιμένει έγκριση',
  offered: 'προτάθηκε',
  accepted: 'έγινε δεκτή',
  declined: 'απορρίφθηκε',
  fulfilled: 'δόθηκε',
  cancelled: 'ακυρώθηκε',
};
// The API's own value first (what a client sends), its Greek meaning beside it.
const status = (s: string) => (STATUS[s] ? `${s} (${STATUS[s]})` : s);

/** The compensation ledger's messages in Greek (keys and parameters: en-ledger.ts). */
export const elLedger: TextsOf<typeof enLedger> = {
  'value.decimal': () =>
    'Πρέπει να είναι δεκαδικός αριθμός ως κείμενο, σε κύριες μονάδες, π.χ. "50.00" (ένας αριθμός JSON μπορεί να στρογγυλοποιηθεί).',
  compensation_refused: (p, t) =>
    `Η αποζημίωση είναι εκτός των ορίων του playbook και δεν καταχωρίστηκε: ${p.errors.map((e) => t(e.say)).join(' ')}`,
  'compensation.ceiling': (p) =>
    `Σε σοβαρότητα ${severity(p.severity)} κάθε στοιχείο μπορεί να αξίζει το πολύ ${p.ceiling} ${p.currency}· προσφέρετε λιγότερα ή, αν η κρίση μεγάλωσε, ανεβάστε πρώτα τη σοβαρότητα.`,
  'compensation.budget': (p) =>
    `Ο προϋπολογισμός αποζημιώσεων του περιστατικού σε σοβαρότητα ${severity(p.severity)} είναι ${p.budget} ${p.currency} και απομένουν ${p.left} ${p.currency}· ακυρώστε μια ανοιχτή προσφορά ή προσφέρετε λιγότερα.`,
  'compensation.currency': (p) =>
    `Αυτό το playbook αποζημιώνει σε ${p.currency}· δώστε την αξία σε ${p.currency}.`,
  'compensation.value_digits': (p) =>
    `Μια αξία σε ${p.currency} έχει το πολύ ${p.digits} ${p.digits === 1 ? 'δεκαδικό ψηφίο' : 'δεκαδικά ψηφία'}, π.χ. "50.00".`,
  'compensation.complaint': (p) =>
    `Το παράπονο ${p.complaintId} δεν είναι συνδεδεμένο με αυτό το περιστατικό· συνδέστε το πρώτα ή παραλείψτε το complaintId.`,
  compensation_self_approval: (p) =>
    `Η αποζημίωση ${p.compensationId} προτάθηκε με αυτό το κλειδί API: πρέπει να την εγκρίνει άλλο άτομο, με δικό του κλειδί.`,
  compensation_move_not_allowed: (p) =>
    `Η αποζημίωση ${p.compensationId} είναι σε κατάσταση ${status(p.from)} και δεν μπορεί να περάσει σε ${status(p.to)}. Δυνατό τώρα: ${
      p.allowed.length ? p.allowed.map(status).join(', ') : 'τίποτα (η κατάστασή της είναι οριστική)'
    }.`,
};
