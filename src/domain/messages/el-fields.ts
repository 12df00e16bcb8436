import {
  EARLIEST_DATE,
  EARLIEST_INSTANT,
  LATEST_DATE,
  LATEST_INSTANT,
  MAX_OFFSET,
} from '../instant-range.ts';
import type { enFields } from './en-fields.ts';
import { fieldLabel } from './field-labels.ts';
import { fieldList, LISTINGS, type TextsOf } from './template.ts';

/** A complaint channel as the desk names it (never its code). */
const CHANNEL_WORDS: Record<string, string> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  x: 'X',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  review: 'κριτικές',
  email: 'email',
  chat: 'συνομιλία',
  other: 'άλλο',
};
const channelWord = (c: string) => CHANNEL_WORDS[c] ?? c;

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
const items = (n: number) => (n === 1 ? '1 στοιχείο' : `${n} στοιχεία`);
const chars = (n: number) => (n === 1 ? '1 χαρακτήρας' : `${n} χαρακτήρες`);

/** Field rules in Greek (the keys and their parameters: en-fields.ts). */
export const elFields: TextsOf<typeof enFields> = {
  ...LISTINGS,
  validation_error: (p, t) => `Το αίτημα δεν είναι έγκυρο: ${fieldList('; ')(p, t)}`,
  'value.required': () => 'Το πεδίο είναι υποχρεωτικό.',
  'value.type': (p) => `Πρέπει να είναι ${TYPES[p.expected] ?? `τύπου ${p.expected}`}.`,
  'value.object_shape': (p) => `Πρέπει να είναι αντικείμενο ${p.shape}.`,
  'value.list_shape': (p) => `Πρέπει να είναι λίστα από ${p.shape}.`,
  'value.not_empty': () => 'Δεν μπορεί να είναι κενό.',
  'value.min_length': (p) =>
    p.min === 1 ? 'Χρειάζεται τουλάχιστον 1 χαρακτήρας.' : `Χρειάζονται τουλάχιστον ${p.min} χαρακτήρες.`,
  'value.max_length': (p) => `Επιτρέπονται το πολύ ${p.max} χαρακτήρες.`,
  'value.min_items': (p) =>
    p.min === 1 ? 'Χρειάζεται τουλάχιστον 1 στοιχείο.' : `Χρειάζονται τουλάχιστον ${p.min} στοιχεία.`,
  'value.max_items': (p) => `Επιτρέπονται το πολύ ${items(p.max)}.`,
  'value.min': (p) => `Πρέπει να είναι τουλάχιστον ${p.min}.`,
  'value.max': (p) => `Πρέπει να είναι το πολύ ${p.max}.`,
  'value.enum': (p) => `Πρέπει να είναι ένα από: ${p.values.join(', ')}.`,
  'value.unknown_keys': (p) => `Αυτά τα πεδία δεν γίνονται δεκτά εδώ: ${p.keys.join(', ')}· αφαιρέστε τα.`,
  'value.uuid': () => 'Πρέπει να είναι UUID, π.χ. 0190d1a0-5b8e-7cc1-8e8b-6a1f4d1e2b3c.',
  'value.url': () => 'Πρέπει να είναι διεύθυνση ιστού που αρχίζει με https:// ή http://.',
  'value.date_or_datetime': () =>
    'Πρέπει να είναι ημερομηνία (2027-01-15, δηλαδή το τέλος εκείνης της ημέρας στη ζώνη ώρας του playbook) ή ημερομηνία και ώρα με ζώνη ώρας (2027-01-15T17:00:00+01:00).',
  'value.datetime': () => 'Πρέπει να είναι ημερομηνία και ώρα με ζώνη ώρας, π.χ. 2026-03-02T09:00:00Z.',
  'value.datetime_range': () =>
    `Πρέπει να είναι ημερομηνία και ώρα από ${EARLIEST_INSTANT} έως ${LATEST_INSTANT}, με απόκλιση ζώνης ώρας το πολύ ±${MAX_OFFSET}, π.χ. 2026-03-02T09:00:00+01:00.`,
  'value.due_range': () =>
    `Πρέπει να είναι ημερομηνία από ${EARLIEST_DATE} έως ${LATEST_DATE} ή ημερομηνία και ώρα από ${EARLIEST_INSTANT} έως ${LATEST_INSTANT}, με απόκλιση ζώνης ώρας το πολύ ±${MAX_OFFSET}.`,
  'value.format': (p) => `Πρέπει να έχει έγκυρη μορφή (${p.format}).`,
  'value.currency': () => 'Πρέπει να είναι κωδικός νομίσματος ISO 4217, π.χ. "EUR".',
  'value.etag': () => 'Πρέπει να είναι η έκδοση του περιστατικού ως ETag, π.χ. "3".',
  'value.invalid': () => 'Αυτή η τιμή δεν είναι έγκυρη εδώ.',
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
    `${p.what === 'apology' ? 'Η συγγνώμη' : 'Η παραδοχή'} είναι πολύ σύντομη (${chars(p.length)}· χρειάζονται τουλάχιστον ${p.min}): πείτε τι πήγε στραβά και τι θα γίνει στη συνέχεια.`,
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
  'reply.canned_in_incident': (p) =>
    `Αν αφαιρέσει κανείς ονόματα και αριθμούς, η απάντηση είναι σχεδόν ίδια με αυτήν που στάλθηκε στο παράπονο ${p.complaintId} του ίδιου περιστατικού («${p.quote}»): οι πελάτες συγκρίνουν τις απαντήσεις δημόσια, γράψτε αυτήν για αυτόν τον πελάτη.`,
  'statement.approval_required': (p) =>
    `Σε σοβαρότητα «${severity(p.severity)}» αυτή η συγγνώμη χρειάζεται την έγκριση δεύτερου ατόμου: συντάξτε το σχέδιο παρακάτω, ζητήστε από έναν συνάδελφο να το εγκρίνει και επιλέξτε το εδώ.`,
  'statement.id_format': () => 'Πρέπει να είναι το id (UUID) μιας δήλωσης που έχει συνταχθεί.',
  'statement.one_of': () =>
    'Επιλέξτε μια εγκεκριμένη δήλωση ή γράψτε μία εδώ, όχι και τα δύο: δημοσιεύεται το εγκεκριμένο κείμενο.',
  'statement.unknown': () =>
    'Αυτή η δήλωση ανήκει σε άλλο περιστατικό: επιλέξτε μία που συντάχθηκε για αυτό το περιστατικό.',
  'statement.other_stage': (p) =>
    `Η δήλωση ${p.id} συντάχθηκε για το στάδιο ${p.stage}, όχι για το ${p.event}: συντάξτε μία για το ${p.event}.`,
  'statement.not_approved': (p) =>
    `Η δήλωση ${p.id} ${
      p.status === 'pending_approval'
        ? 'περιμένει ακόμη έγκριση: ζητήστε πρώτα να την εγκρίνει άλλο κλειδί'
        : p.status === 'rejected'
          ? 'απορρίφθηκε: συντάξτε νέα'
          : 'έχει ήδη δημοσιευτεί'
    } (κατάσταση ${p.status}).`,
  'statement.approved_alone': (p) =>
    `Η δήλωση ${p.id} εγκρίθηκε χωρίς δεύτερο άτομο, όταν η σοβαρότητα δεν το απαιτούσε· σε αυτή τη σοβαρότητα πρέπει να την εγκρίνει άλλο κλειδί: συντάξτε τη ξανά.`,
  'statement.canned': (p) =>
    `Η δήλωση είναι σχεδόν ίδια με μια που δημοσιεύτηκε ήδη για άλλο περιστατικό («${p.quote}»): οι πελάτες αναγνωρίζουν τα αντιγραμμένα πρότυπα, γράψτε τη για αυτή την κρίση.`,
  'statement.channels': (p) =>
    `Η δήλωση πρέπει να δημοσιευτεί και εκεί όπου διαμαρτυρήθηκαν οι πελάτες: λείπουν ${p.missing.map(channelWord).join(', ')}.`,
  'content.no_nul': () => 'περιέχει χαρακτήρα NUL (U+0000), που δεν μπορεί να αποθηκευτεί',
  'content.lone_surrogate': () => 'περιέχει μεμονωμένο UTF-16 surrogate (μη έγκυρο Unicode)',
  'content.max_depth': (p) => `είναι φωλιασμένο σε περισσότερα από ${p.max} επίπεδα`,
  'content.too_long': (p) => `έχει μήκος ${chars(p.length)}· γίνονται δεκτοί το πολύ ${p.max}`,
  'content.not_utf8': () => 'δεν είναι έγκυρο UTF-8',
  'bulk.ids_or_filter': () =>
    'Στείλτε είτε τα παράπονα που επιλέξατε ένα προς ένα είτε ένα φίλτρο, όχι και τα δύο ούτε κανένα.',
  'check.min_length': () => 'Αρκετά μεγάλο για να πει τι πήγε στραβά και τι ακολουθεί.',
  'check.apology_phrase': () => 'Ζητά συγγνώμη ρητά, με δικά του λόγια.',
  'check.blame': () => 'Δεν ρίχνει το φταίξιμο στον πελάτη ούτε σε κανέναν άλλον για ό,τι αφορά τη μάρκα.',
  'check.tone': () => 'Ο τόνος είναι ήρεμος.',
  'check.canned': () => 'Δεν είναι αντίγραφο δήλωσης που δημοσιεύτηκε για άλλο περιστατικό.',
  'check.channels': () => 'Δημοσιεύεται σε κάθε κανάλι όπου παραπονέθηκαν πελάτες.',
  'statement.non_apology': (p) =>
    `Η συγγνώμη δεν αφορά τίποτα συγκεκριμένο («${p.phrase}»): πείτε τι πήγε στραβά και ζητήστε συγγνώμη γι' αυτό, π.χ. «Λυπούμαστε που τα δέματά σας καθυστερούν».`,
  'statement.blame_other': (p) =>
    `Η δήλωση ρίχνει το φταίξιμο σε κάποιον άλλον («${p.phrase}»): οι πελάτες αγόρασαν από εσάς, αναλάβετε την ευθύνη και πείτε τι κάνετε, ακόμη κι αν απέτυχε ένας συνεργάτης.`,
  'check.non_apology': () => 'Ζητά συγγνώμη για ό,τι συνέβη, όχι για «τυχόν ταλαιπωρία».',
  'value.past': () => 'Αυτή η ημερομηνία έχει ήδη περάσει: επιλέξτε τη σημερινή ή μια μεταγενέστερη μέρα.',
  'statement.reject_reason': () =>
    'Γράψτε γιατί την απορρίπτετε, ώστε ο συντάκτης να ξέρει τι να ξαναγράψει.',
  'field.label': (p) => fieldLabel(p.field, 'el'),
  'query.cursor': () => 'δεν είναι έγκυρος δείκτης (cursor)',
  'reference.playbook': (p) => `άγνωστο playbook «${p.playbookId}»`,
};
