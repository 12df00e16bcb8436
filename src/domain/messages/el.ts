import type { RefusalKind } from '../webhooks/address-policy.ts';
import { elCommitments } from './el-commitments.ts';
import { elFeedback } from './el-feedback.ts';
import { elFields } from './el-fields.ts';
import { elLedger } from './el-ledger.ts';
import { elReport } from './el-report.ts';
import { elStream } from './el-stream.ts';
import { elWeb } from './el-web.ts';
import type { Catalog } from './message.ts';
import type { Thing } from './template.ts';

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

// Why a webhook URL is refused (after "είναι"); the ranges keep their RFC and technical names.
const REFUSALS: Record<RefusalKind, (dnsCode: string | null) => string> = {
  metadata: () =>
    'διεύθυνση της υπηρεσίας metadata του cloud (δίνει διαπιστευτήρια) και απορρίπτεται ακόμη και με WEBHOOK_ALLOW_PRIVATE',
  loopback: () => 'διεύθυνση loopback (αυτό το μηχάνημα)',
  private: () => 'διεύθυνση ιδιωτικού δικτύου (RFC 1918)',
  shared: () => 'διεύθυνση carrier-grade NAT του παρόχου (100.64.0.0/10)',
  'link-local': () => 'διεύθυνση link-local',
  'unique-local': () => 'διεύθυνση IPv6 unique-local (fc00::/7)',
  unspecified: () => 'η απροσδιόριστη διεύθυνση (unspecified), που καταλήγει σε αυτό το μηχάνημα',
  multicast: () => 'διεύθυνση multicast',
  broadcast: () => 'η διεύθυνση broadcast',
  reserved: () => 'δεσμευμένη διεύθυνση',
  unresolved: (code) => `όνομα host που δεν αντιστοιχεί σε καμία διεύθυνση (${code ?? 'καμία απάντηση'})`,
};

/** Greek: every key of the English registry (en.ts), or typecheck fails. */
export const el: Catalog = {
  ...elFields,
  ...elLedger,
  ...elCommitments,
  ...elStream,
  ...elFeedback,
  ...elReport,
  ...elWeb,
  not_found: (p) => `${THINGS[p.thing]} ${p.id} δεν υπάρχει.`,
  route_not_found: (p) => `Δεν υπάρχει διαδρομή ${p.method} ${p.path}.`,
  method_not_allowed: (p) =>
    `Η μέθοδος ${p.method} δεν επιτρέπεται στο ${p.path}· χρησιμοποιήστε ${p.allowed.join(', ')}.`,
  playbook_not_found: (p) =>
    `Δεν υπάρχει playbook «${p.playbookId}»· επιλέξτε ένα από τα playbooks που έχει φορτώσει το σύστημα.`,
  event_not_allowed: (p) =>
    `Το γεγονός «${p.event}» δεν γίνεται δεκτό όσο το περιστατικό βρίσκεται στην κατάσταση «${p.state}». Επιτρέπονται τώρα: ${
      p.allowed.length ? p.allowed.join(', ') : 'κανένα'
    }.`,
  statement_refused: (p, t) =>
    `Η δήλωση παραβιάζει ${p.errors.length === 1 ? '1 κανόνα' : `${p.errors.length} κανόνες`}· διορθώστε το κείμενο και συντάξτε τη ξανά: ${p.errors.map((e) => t(e.say)).join(' ')}`,
  self_approval: () =>
    'Συντάξατε εσείς αυτή τη δήλωση: πρέπει να την εγκρίνει ή να την απορρίψει άλλο άτομο, συνδεδεμένο με δικό του κλειδί.',
  approver_not_allowed: (p) =>
    `Το playbook αυτού του περιστατικού επιτρέπει σε αυτή τη σοβαρότητα μόνο σε κλειδιά ${p.allowed.join(' ή ')} να αποφασίζουν για δηλώσεις· ένα κλειδί ${p.role} δεν μπορεί. Ζητήστε το από κάποιον που έχει τέτοιο κλειδί.`,
  statement_decided: () =>
    'Για αυτή τη δήλωση έχει ήδη ληφθεί οριστική απόφαση: για να αλλάξετε το κείμενο, συντάξτε νέα δήλωση.',
  unsupported_charset: (p) =>
    `Το σώμα δηλώνεται ως charset=${p.charset}· εδώ το JSON είναι μόνο UTF-8: κωδικοποιήστε το σε UTF-8 και στείλτε charset=utf-8 ή χωρίς charset.`,
  uri_too_long: () =>
    'Μια παράμετρος της διαδρομής ξεπερνά τους 100 χαρακτήρες: τα id εδώ είναι UUID ή σύντομα ονόματα· ελέγξτε τη διεύθυνση URL.',
  bad_url: () =>
    'Η διαδρομή δεν είναι έγκυρη κωδικοποίηση percent του UTF-8 (π.χ. "%ZZ" ή ένα υπερβολικά μακρύ "%C0%AF"): κωδικοποιήστε κάθε byte ως %XX της μορφής UTF-8.',
  headers_too_large: () =>
    'Οι κεφαλίδες του αιτήματος ξεπερνούν τα 16 KiB: στείλτε λιγότερες ή μικρότερες κεφαλίδες (cookies, tokens).',
  request_timeout: () => 'Το αίτημα άργησε πολύ να φτάσει· στείλτε το ξανά.',
  bad_http: () => 'Το αίτημα δεν είναι έγκυρο HTTP/1.1· ελέγξτε τη γραμμή αιτήματος και τις κεφαλίδες.',
  meta_signature_missing: () =>
    'Αυτή η διαδρομή δέχεται μόνο παραδόσεις webhook της Meta: στείλτε X-Hub-Signature-256: sha256=<HMAC του σώματος>.',
  meta_signature_invalid: () =>
    'Το X-Hub-Signature-256 δεν ταιριάζει με το σώμα: υπογράψτε το ακατέργαστο σώμα με το μυστικό της εφαρμογής (META_APP_SECRET).',
  meta_verification_refused: () =>
    'Η επαλήθευση απορρίφθηκε: το hub.mode πρέπει να είναι "subscribe" και το hub.verify_token ίσο με το META_VERIFY_TOKEN.',
  delivery_final: (p) =>
    `Η απάντηση ${p.replyId} έχει ήδη αναφερθεί ως ${p.status}${p.externalId ? ` (${p.externalId})` : ''}· μια απάντηση που παραδόθηκε μένει παραδομένη. Αν το κανάλι την αφαίρεσε, δημοσιεύστε νέα απάντηση.`,
  version_mismatch: (p) =>
    `Το If-Match περίμενε την έκδοση ${p.expected}, αλλά το περιστατικό είναι ήδη στην έκδοση ${p.actual}: φορτώστε το ξανά και αποφασίστε πάλι.`,
  step_retries_exhausted: (p) =>
    `Το περιστατικό ${p.id} άλλαξε ${p.attempts} φορές όσο εφαρμοζόταν αυτό το γεγονός· δοκιμάστε ξανά.`,
  complaint_already_attached: (p) =>
    `Το παράπονο ${p.id} είναι ήδη συνδεδεμένο με το περιστατικό ${p.incidentId}.`,
  complaint_being_stored: () => 'Το παράπονο αποθηκεύεται αυτή τη στιγμή από άλλο αίτημα· δοκιμάστε ξανά.',
  concurrent_change: () => 'Μια ταυτόχρονη αλλαγή παρεμβλήθηκε και δεν αποθηκεύτηκε τίποτα· δοκιμάστε ξανά.',
  public_reply_first: () =>
    'Αυτό το παράπονο δεν έχει ακόμη δημόσια απάντηση: απαντήστε πρώτα δημόσια, εκεί όπου έγραψε ο πελάτης, και μετά μεταφέρετε τη συζήτηση σε ιδιωτικό κανάλι.',
  unanswered_complaints: (p) =>
    `Παράπονα αυτού του περιστατικού χωρίς δημόσια απάντηση: ${p.count}. Απαντήστε τους ή, όταν κλείνετε, γράψτε γιατί μένουν αναπάντητα.`,
  idempotency_key_reused: () =>
    'Αυτό το Idempotency-Key έχει ήδη χρησιμοποιηθεί με διαφορετικό αίτημα· για νέο αίτημα χρησιμοποιήστε νέο κλειδί.',
  idempotency_key_in_flight: () =>
    'Ένα αίτημα με αυτό το Idempotency-Key βρίσκεται ακόμη σε επεξεργασία· δοκιμάστε ξανά όταν ολοκληρωθεί.',
  api_key_missing: () => 'Αυτή η διαδρομή χρειάζεται κλειδί API: στείλτε "Authorization: Bearer <κλειδί>".',
  api_key_invalid: () => 'Το κλειδί API δεν είναι έγκυρο: είναι άγνωστο ή έχει ανακληθεί.',
  forbidden: (p) =>
    `Ένα κλειδί με ρόλο ${p.role} δεν μπορεί να καλέσει ${p.method} ${p.url}· χρειάζεται ένας από τους ρόλους: ${p.allowed.join(', ')}.`,
  rate_limited_anonymous: (p) =>
    `Αιτήματα χωρίς έγκυρο κλειδί API επιτρέπονται ${p.max} φορές το λεπτό από μία διεύθυνση· δοκιμάστε ξανά σε ${p.seconds} s, με κλειδί.`,
  webhook_url_refused: (p) =>
    `Η διεύθυνση URL του webhook ${p.url} απορρίφθηκε: ${
      p.address === null
        ? `το ${p.host}`
        : p.address === p.host
          ? `η διεύθυνση ${p.host}`
          : `το ${p.host} αντιστοιχεί στη διεύθυνση ${p.address}, η οποία`
    } είναι ${REFUSALS[p.kind](p.dnsCode)}. ${
      p.hint === 'host'
        ? 'Ελέγξτε το όνομα του host.'
        : p.hint === 'private'
          ? 'Τα webhooks στέλνονται σε δημόσιες διευθύνσεις· για έναν παραλήπτη στο δικό σας δίκτυο ο διαχειριστής μπορεί να ορίσει WEBHOOK_ALLOW_PRIVATE=true.'
          : 'Δώστε μια διεύθυνση URL σε δημόσια διεύθυνση.'
    }`,
  rate_limited: (p) =>
    `Αυτό το κλειδί μπορεί να στέλνει ${p.max} αιτήματα το λεπτό· δοκιμάστε ξανά σε ${p.seconds} s.`,
  database_unavailable: () => 'Η βάση δεδομένων δεν απαντά· δοκιμάστε ξανά σε λίγο.',
  database_read_only: () =>
    'Η βάση δεδομένων είναι αυτή τη στιγμή μόνο για ανάγνωση· οι αλλαγές δεν μπορούν να αποθηκευτούν. Δοκιμάστε ξανά αργότερα.',
  database_disk_full: () =>
    'Ο δίσκος της βάσης δεδομένων είναι γεμάτος· οι αλλαγές δεν μπορούν να αποθηκευτούν. Δοκιμάστε ξανά αργότερα.',
  database_not_migrated: () =>
    'Οι μεταναστεύσεις (migrations) της βάσης δεδομένων δεν έχουν εφαρμοστεί ακόμη.',
  internal_error: () => 'Κάτι πήγε στραβά από τη δική μας πλευρά· το σφάλμα έχει καταγραφεί.',
  response_invalid: () => 'Ο διακομιστής δεν κατάφερε να δημιουργήσει έγκυρη απάντηση.',
  unsupported_media_type: () =>
    'Το σώμα πρέπει να είναι JSON: στείλτε το με "Content-Type: application/json".',
  body_too_large: () =>
    'Το σώμα είναι μεγαλύτερο από όσο δέχεται αυτή η διαδρομή: στείλτε λιγότερα (χωρίστε μια μεγάλη παρτίδα παραπόνων).',
  malformed_json: () =>
    'Το σώμα δεν είναι έγκυρο JSON: ελέγξτε τα εισαγωγικά, τα κόμματα και τις αγκύλες ή μη στείλετε σώμα.',
  bad_content_length: () => 'Η κεφαλίδα Content-Length δεν ταιριάζει με το σώμα που στάλθηκε.',
  bad_request: (p) =>
    `Το αίτημα δεν ήταν δυνατό να υποβληθεί σε επεξεργασία (${p.reason})· ελέγξτε τη διεύθυνση URL, τις κεφαλίδες και το σώμα του.`,
  cursor_invalid: () => 'Αυτός ο δείκτης (cursor) δεν εκδόθηκε από αυτό το API· ξεκινήστε ξανά χωρίς αυτόν.',
  body_not_utf8: () => 'Το σώμα του αιτήματος δεν είναι έγκυρο UTF-8.',
  reply_not_unicode: () => 'Η απάντηση δεν είναι έγκυρο κείμενο Unicode.',
};
