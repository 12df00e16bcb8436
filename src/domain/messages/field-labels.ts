/**
 * A field of a request as a person calls it, for the details of problems (which name no JSON path): the
 * last name in the path in words, and the row of a list counted from one ("Termin (wiersz 2)").
 */
type Labels = Readonly<Record<string, string>>;

const EN: Labels = {
  statement: 'The statement',
  statementId: 'The statement',
  channels: 'Channels',
  channel: 'Channel',
  cause: 'The cause',
  actions: 'Actions',
  changes: 'Changes',
  description: 'Description',
  owner: 'Owner',
  dueAt: 'Due date',
  offer: 'The offer',
  kind: 'Kind',
  value: 'Value',
  currency: 'Currency',
  reason: 'Reason',
  severity: 'Severity',
  customerAtFault: 'The customer’s fault',
  summary: 'Summary',
  evidence: 'Evidence',
  note: 'Note',
  text: 'Text',
  title: 'Title',
  playbookId: 'Playbook',
  incidentId: 'Incident',
  complaintId: 'Complaint',
  complaintIds: 'Complaints',
  items: 'Complaints',
  source: 'Channel',
  externalId: 'Id on the channel',
  author: 'Author',
  url: 'Link',
  occurredAt: 'Posted at',
  orderId: 'Order number',
  postId: 'Post',
  tags: 'Tags',
  filter: 'Filter',
  status: 'Status',
  decision: 'Decision',
  stage: 'Stage',
  language: 'Language',
  unansweredReason: 'Why complaints stay unanswered',
  carryOver: 'Keep tracking commitments',
  recipient: 'Recipient',
  visibility: 'Visibility',
  cursor: 'Page',
  limit: 'Page size',
  since: 'From',
  until: 'Until',
};

const PL: Labels = {
  statement: 'Oświadczenie',
  statementId: 'Oświadczenie',
  channels: 'Kanały',
  channel: 'Kanał',
  cause: 'Przyczyna',
  actions: 'Działania',
  changes: 'Zmiany',
  description: 'Opis',
  owner: 'Odpowiedzialny',
  dueAt: 'Termin',
  offer: 'Oferta',
  kind: 'Rodzaj',
  value: 'Wartość',
  currency: 'Waluta',
  reason: 'Powód',
  severity: 'Waga',
  customerAtFault: 'Wina klienta',
  summary: 'Podsumowanie',
  evidence: 'Dowody',
  note: 'Notatka',
  text: 'Treść',
  title: 'Tytuł',
  playbookId: 'Playbook',
  incidentId: 'Incydent',
  complaintId: 'Skarga',
  complaintIds: 'Skargi',
  items: 'Skargi',
  source: 'Kanał',
  externalId: 'Identyfikator w kanale',
  author: 'Autor',
  url: 'Link',
  occurredAt: 'Czas publikacji',
  orderId: 'Numer zamówienia',
  postId: 'Post',
  tags: 'Tagi',
  filter: 'Filtr',
  status: 'Status',
  decision: 'Decyzja',
  stage: 'Etap',
  language: 'Język',
  unansweredReason: 'Dlaczego skargi zostają bez odpowiedzi',
  carryOver: 'Dalsze śledzenie zobowiązań',
  recipient: 'Odbiorca',
  visibility: 'Widoczność',
  cursor: 'Strona',
  limit: 'Liczba na stronie',
  since: 'Od',
  until: 'Do',
};

const EL: Labels = {
  statement: 'Η δήλωση',
  statementId: 'Η δήλωση',
  channels: 'Κανάλια',
  channel: 'Κανάλι',
  cause: 'Η αιτία',
  actions: 'Ενέργειες',
  changes: 'Αλλαγές',
  description: 'Περιγραφή',
  owner: 'Υπεύθυνος',
  dueAt: 'Προθεσμία',
  offer: 'Η προσφορά',
  kind: 'Είδος',
  value: 'Αξία',
  currency: 'Νόμισμα',
  reason: 'Λόγος',
  severity: 'Σοβαρότητα',
  customerAtFault: 'Το σφάλμα του πελάτη',
  summary: 'Σύνοψη',
  evidence: 'Στοιχεία',
  note: 'Σημείωση',
  text: 'Κείμενο',
  title: 'Τίτλος',
  incidentId: 'Περιστατικό',
  complaintId: 'Παράπονο',
  complaintIds: 'Παράπονα',
  items: 'Παράπονα',
  source: 'Κανάλι',
  author: 'Συντάκτης',
  url: 'Σύνδεσμος',
  orderId: 'Αριθμός παραγγελίας',
  status: 'Κατάσταση',
  decision: 'Απόφαση',
  stage: 'Στάδιο',
  language: 'Γλώσσα',
  unansweredReason: 'Γιατί μένουν αναπάντητα παράπονα',
  carryOver: 'Συνέχιση παρακολούθησης δεσμεύσεων',
};

const LABELS = { en: EN, pl: PL, el: EL } as const;
const ROW = { en: 'row', pl: 'wiersz', el: 'γραμμή' } as const;

/** `evidence.changes[1].dueAt` → "Due date (row 2)"; an unknown name is spelt out from its camelCase. */
export function fieldLabel(field: string, language: keyof typeof LABELS): string {
  const names = field.split('.').flatMap((part) => part.split(/\[(\d+)\]/).filter(Boolean));
  const last = [...names].reverse().find((n) => !/^\d+$/.test(n)) ?? field;
  const row = names.find((n) => /^\d+$/.test(n));
  const known = LABELS[language][last] ?? EN[last];
  const words =
    known ??
    `${last.charAt(0).toUpperCase()}${last
      .slice(1)
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()}`;
  return row === undefined ? words : `${words} (${ROW[language]} ${Number(row) + 1})`;
}
