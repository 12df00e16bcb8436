import type { Catalog } from './message.ts';
import { fieldList, LISTINGS, type Thing } from './template.ts';

const THINGS: Record<Thing, string> = {
  incident: 'Το περιστατικό',
  complaint: 'Το παράπονο',
  webhook: 'Το webhook',
  api_key: 'Το κλειδί API',
  playbook: 'Το playbook',
  reply: 'Η απάντηση',
  statement: 'Η δήλωση',
  compensation: 'Η αποζημίωση',
  playbook_version: 'Η έκδοση του playbook',
};
const TYPES: Record<string, string> = {
  string: 'κείμενο',
  number: 'αριθμός',
  int: 'ακέραιος αριθμός',
  boolean: 'true ή false',
  object: 'αντικείμενο',
  array: 'λίστα',
};
const SEVERITY: Record<string, string> = {
  low: 'χαμηλή',
  medium: 'μέτρια',
  high: 'υψηλή',
  critical: 'κρίσιμη',
};
const severity = (s: string) => SEVERITY[s] ?? s;

/**
 * Greek, where written: the common problems (validation, not found, version, events, evidence, statements).
 * A problem that needs a key missing here is answered whole in the caller's next language, else English.
 */
export const el: Partial<Catalog> = {
  ...LISTINGS,
  validation_error: (p, t) => `Το αίτημα δεν είναι έγκυρο: ${fieldList('; ')(p, t)}`,
  not_found: (p) => `${THINGS[p.thing]} ${p.id} δεν υπάρχει.`,
  route_not_found: (p) => `Δεν υπάρχει διαδρομή ${p.method} ${p.path}.`,
  method_not_allowed: (p) =>
    `Η μέθοδος ${p.method} δεν επιτρέπεται στο ${p.path}· χρησιμοποιήστε ${p.allowed.join(', ')}.`,
  playbook_not_found: (p) =>
    `Δεν υπάρχει playbook «${p.playbookId}»· το GET /v1/playbooks δείχνει όσα μπορείτε να χρησιμοποιήσετε.`,
  event_not_allowed: (p) =>
    `Το γεγονός «${p.event}» δεν γίνεται δεκτό όσο το περιστατικό βρίσκεται στην κατάσταση «${p.state}». Επιτρέπονται τώρα: ${
      p.allowed.length ? p.allowed.join(', ') : 'κανένα'
    }.`,
  version_mismatch: (p) =>
    `Το If-Match περίμενε την έκδοση ${p.expected}, αλλά το περιστατικό είναι ήδη στην έκδοση ${p.actual}: φορτώστε το ξανά και αποφασίστε πάλι.`,
  public_reply_first: (p) =>
    `Το παράπονο ${p.complaintId} δεν έχει ακόμη δημόσια απάντηση: απαντήστε πρώτα δημόσια, εκεί όπου έγραψε ο πελάτης, και μετά μεταφέρετε τη συζήτηση σε ιδιωτικό κανάλι.`,
  unanswered_complaints: (p) =>
    `Παράπονα αυτού του περιστατικού χωρίς δημόσια απάντηση: ${p.count}. Απαντήστε τους ή κλείστε το με evidence.unansweredReason, εξηγώντας γιατί μένουν αναπάντητα.`,
  api_key_missing: () => 'Αυτή η διαδρομή χρειάζεται κλειδί API: στείλτε "Authorization: Bearer <κλειδί>".',
  api_key_invalid: () => 'Το κλειδί API δεν είναι έγκυρο: είναι άγνωστο ή έχει ανακληθεί.',
  forbidden: (p) =>
    `Ένα κλειδί με ρόλο ${p.role} δεν μπορεί να καλέσει ${p.method} ${p.url}· χρειάζεται ένας από τους ρόλους: ${p.allowed.join(', ')}.`,
  database_unavailable: () => 'Η βάση δεδομένων δεν απαντά· δοκιμάστε ξανά σε λίγο.',
  internal_error: () => 'Κάτι πήγε στραβά από τη δική μας πλευρά· το σφάλμα έχει καταγραφεί.',
  unsupported_media_type: () =>
    'Το σώμα πρέπει να είναι JSON: στείλτε το με "Content-Type: application/json".',
  malformed_json: () =>
    'Το σώμα δεν είναι έγκυρο JSON: ελέγξτε τα εισαγωγικά, τα κόμματα και τις αγκύλες ή μη στείλετε σώμα.',
  cursor_invalid: () => 'Αυτός ο δείκτης (cursor) δεν εκδόθηκε από αυτό το API· ξεκινήστε ξανά χωρίς αυτόν.',
  'value.required': () => 'Το πεδίο είναι υποχρεωτικό.',
  'value.type': (p) => `Πρέπει να είναι ${TYPES[p.expected] ?? p.expected}.`,
  'value.object_shape': (p) => `Πρέπει να είναι αντικείμενο ${p.shape}.`,
  'value.list_shape': (p) => `Πρέπει να είναι λίστα από ${p.shape}.`,
  'value.not_empty': () => 'Δεν μπορεί να είναι κενό.',
  'value.min_length': (p) => `Χρειάζονται τουλάχιστον ${p.min} χαρακτήρες.`,
  'value.max_length': (p) => `Επιτρέπονται το πολύ ${p.max} χαρακτήρες.`,
  'value.min_items': (p) =>
    p.min === 1 ? 'Χρειάζεται τουλάχιστον 1 στοιχείο.' : `Χρειάζονται τουλάχιστον ${p.min} στοιχεία.`,
  'value.max_items': (p) => `Επιτρέπονται το πολύ ${p.max} στοιχεία.`,
  'value.min': (p) => `Πρέπει να είναι τουλάχιστον ${p.min}.`,
  'value.max': (p) => `Πρέπει να είναι το πολύ ${p.max}.`,
  'value.enum': (p) => `Πρέπει να είναι ένα από: ${p.values.join(', ')}.`,
  'value.unknown_keys': (p) => `Αυτά τα πεδία δεν γίνονται δεκτά εδώ: ${p.keys.join(', ')}· αφαιρέστε τα.`,
  'value.uuid': () => 'Πρέπει να είναι UUID, π.χ. 0190d1a0-5b8e-7cc1-8e8b-6a1f4d1e2b3c.',
  'value.url': () => 'Πρέπει να είναι διεύθυνση ιστού που αρχίζει με https:// ή http://.',
  'value.date_or_datetime': () =>
    'Πρέπει να είναι ημερομηνία (2027-01-15, δηλαδή το τέλος εκείνης της ημέρας στη ζώνη ώρας του playbook) ή ημερομηνία και ώρα με ζώνη ώρας (2027-01-15T17:00:00+01:00).',
  'value.datetime': () => 'Πρέπει να είναι ημερομηνία και ώρα με ζώνη ώρας, π.χ. 2026-03-02T09:00:00Z.',
  'value.format': (p) => `Πρέπει να έχει έγκυρη μορφή (${p.format}).`,
  'value.currency': () => 'Πρέπει να είναι κωδικός νομίσματος ISO 4217, π.χ. "EUR".',
  'value.etag': () => 'Πρέπει να είναι η έκδοση του περιστατικού ως ETag, π.χ. "3".',
  'value.invalid': () => 'Αυτή η τιμή δεν είναι έγκυρη εδώ.',
  'query.cursor': () => 'δεν είναι έγκυρος δείκτης (cursor)',
  'reference.playbook': (p) => `άγνωστο playbook «${p.playbookId}»`,
  'evidence.not_object': () => 'Το evidence πρέπει να είναι αντικείμενο JSON.',
  'evidence.unknown_near': (p) => `Άγνωστο πεδίο «${p.key}»: μήπως εννοείτε «${p.nearest}»;`,
  'evidence.unknown_known': (p) => `Άγνωστο πεδίο «${p.key}»: τα γνωστά πεδία είναι ${p.known.join(', ')}.`,
  'evidence.unknown_none': (p) => `Άγνωστο πεδίο «${p.key}»: αυτό το γεγονός δεν δέχεται πεδία evidence.`,
  'evidence.extra': (p, t) => `${p.description}: ${t(p.say)}`,
  'evidence.confirm': (p) => `${p.description}: πρέπει να επιβεβαιωθεί (true).`,
  'evidence.ceiling': (p) =>
    `Η προσφορά ξεπερνά το όριο του playbook για σοβαρότητα «${severity(p.severity)}» (${p.amount} ${p.currency}).`,
  'evidence.currency': (p) =>
    `Μια προσφορά με αξία πρέπει να είναι σε ${p.currency}, το νόμισμα των ορίων του playbook.`,
  'evidence.unchanged': (p) => `Το περιστατικό έχει ήδη σοβαρότητα «${severity(p.severity)}».`,
  'statement.min_length': (p) =>
    `${p.what === 'apology' ? 'Η συγγνώμη' : 'Η παραδοχή'} είναι πολύ σύντομη (${p.length} χαρακτήρες· χρειάζονται τουλάχιστον ${p.min}): πείτε τι πήγε στραβά και τι θα γίνει στη συνέχεια.`,
  'statement.apology_phrase': () =>
    'Το κείμενο δεν ζητά πραγματικά συγγνώμη: χρησιμοποιήστε μια φράση όπως «ζητούμε συγγνώμη» ή «we are sorry».',
  'statement.blame': (p) =>
    `Η δήλωση ρίχνει το φταίξιμο στον πελάτη («${p.phrase}»): αναλάβετε την ευθύνη ως εταιρεία, ακόμη κι αν ο πελάτης φταίει εν μέρει.`,
  'statement.shouting': (p) =>
    `Το κείμενο φωνάζει με κεφαλαία («${p.quote}»): γράψτε κανονικά· ένας ήρεμος τόνος εκτονώνει την ένταση.`,
  'statement.punctuation': (p) =>
    `Το κείμενο στοιβάζει σημεία στίξης («${p.quote}»): μία τελεία ή ένα ερωτηματικό ακούγεται πιο ήρεμα.`,
  'statement.dismissive': (p) =>
    `Το κείμενο ακούγεται απαξιωτικό ή σαρκαστικό («${p.quote}»): δείξτε καλύτερα ότι καταλαβαίνετε πώς νιώθει ο πελάτης.`,
  'statement.canned_reply': (p) =>
    `Η απάντηση επαναλαμβάνει αυτολεξεί μια απάντηση που στάλθηκε ήδη σε άλλο παράπονο («${p.quote}»): οι πελάτες αναγνωρίζουν τα αντιγραμμένα πρότυπα, απαντήστε σε αυτόν τον πελάτη με δικά σας λόγια.`,
  'statement.canned': (p) =>
    `Η δήλωση είναι σχεδόν ίδια με μια που δημοσιεύτηκε ήδη για άλλο περιστατικό («${p.quote}»): οι πελάτες αναγνωρίζουν τα αντιγραμμένα πρότυπα, γράψτε τη για αυτή την κρίση.`,
  'statement.channels': (p) =>
    `Η δήλωση πρέπει να δημοσιευτεί και εκεί όπου διαμαρτυρήθηκαν οι πελάτες: λείπουν ${p.missing.join(', ')}.`,
};
