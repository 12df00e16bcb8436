import {
  EARLIEST_DATE,
  EARLIEST_INSTANT,
  LATEST_DATE,
  LATEST_INSTANT,
  MAX_OFFSET,
} from '../instant-range.ts';
import { channelList } from './channel-words.ts';
import type { enFields } from './en-fields.ts';
import { fieldLabel } from './field-labels.ts';
import { fieldList, LISTINGS, plPlural, type TextsOf } from './template.ts';

const TYPES: Record<string, string> = {
  string: 'tekstem',
  number: 'liczbą',
  int: 'liczbą całkowitą',
  boolean: 'wartością logiczną (true albo false)',
  object: 'obiektem',
  array: 'listą',
};
const SEVERITY: Record<string, string> = {
  low: 'niska',
  medium: 'średnia',
  high: 'wysoka',
  critical: 'krytyczna',
};
const chars = (n: number) => `${n} ${plPlural(n, 'znak', 'znaki', 'znaków')}`;
const items = (n: number) => `${n} ${plPlural(n, 'pozycja', 'pozycje', 'pozycji')}`;

/** Field rules in Polish (the keys and their parameters: en-fields.ts). */
export const plFields: TextsOf<typeof enFields> = {
  ...LISTINGS,
  validation_error: (p, t) => `Żądanie jest niepoprawne: ${fieldList('; ')(p, t)}`,
  'value.required': () => 'To pole jest wymagane.',
  'value.type': (p) => `Musi być ${TYPES[p.expected] ?? `typu ${p.expected}`}.`,
  'value.object_shape': (p) => `Musi być obiektem ${p.shape}.`,
  'value.list_shape': (p) => `Musi być listą obiektów ${p.shape}.`,
  'value.not_empty': () => 'Nie może być puste.',
  'value.min_length': (p) => `Potrzeba co najmniej ${chars(p.min)}.`,
  'value.max_length': (p) => `Dozwolone jest najwyżej ${chars(p.max)}.`,
  'value.min_items': (p) => `Podaj co najmniej ${items(p.min)}.`,
  'value.max_items': (p) => `Dozwolone jest najwyżej ${items(p.max)}.`,
  'value.min': (p) => `Musi wynosić co najmniej ${p.min}.`,
  'value.max': (p) => `Może wynosić najwyżej ${p.max}.`,
  'value.enum': (p) => `Musi być jedną z wartości: ${p.values.join(', ')}.`,
  'value.unknown_keys': (p) => `Tych pól nie można tu podać: ${p.keys.join(', ')}; usuń je.`,
  'value.uuid': () => 'Musi być identyfikatorem UUID, np. 0190d1a0-5b8e-7cc1-8e8b-6a1f4d1e2b3c.',
  'value.url': () => 'Musi być adresem strony zaczynającym się od https:// albo http://.',
  'value.date_or_datetime': () =>
    'Musi być datą (2027-01-15, czyli koniec tego dnia w strefie czasowej playbooka) albo datą i godziną ze strefą czasową (2027-01-15T17:00:00+01:00).',
  'value.datetime': () => 'Musi być datą i godziną ze strefą czasową, np. 2026-03-02T09:00:00Z.',
  'value.datetime_range': () =>
    `Musi być datą i godziną od ${EARLIEST_INSTANT} do ${LATEST_INSTANT}, z przesunięciem strefy czasowej najwyżej ±${MAX_OFFSET}, np. 2026-03-02T09:00:00+01:00.`,
  'value.due_range': () =>
    `Musi być datą od ${EARLIEST_DATE} do ${LATEST_DATE} albo datą i godziną od ${EARLIEST_INSTANT} do ${LATEST_INSTANT}, z przesunięciem strefy czasowej najwyżej ±${MAX_OFFSET}.`,
  'value.format': (p) => `Musi mieć poprawny format (${p.format}).`,
  'value.currency': () => 'Musi być kodem waluty ISO 4217, np. "PLN".',
  'value.etag': () => 'Musi być wersją incydentu w postaci znacznika ETag, np. "3".',
  'value.invalid': () => 'Ta wartość nie jest tu poprawna.',
  'evidence.not_object': () => 'Pole evidence musi być obiektem JSON.',
  'evidence.unknown_near': (p) => `Nieznane pole „${p.key}”: czy chodziło o „${p.nearest}”?`,
  'evidence.unknown_known': (p) => `Nieznane pole „${p.key}”: znane pola to ${p.known.join(', ')}.`,
  'evidence.unknown_none': (p) =>
    `Nieznane pole „${p.key}”: to zdarzenie nie przyjmuje żadnych pól w evidence.`,
  'evidence.extra': (p, t) => `${p.description}: ${t(p.say)}`,
  'evidence.confirm': (p) => `${p.description}: trzeba to potwierdzić (true).`,
  'evidence.ceiling': (p) =>
    `Oferta przekracza limit playbooka przy powadze „${SEVERITY[p.severity] ?? p.severity}” (${p.amount} ${p.currency}).`,
  'evidence.currency': (p) =>
    `Oferta z podaną wartością musi być w ${p.currency}, walucie limitów playbooka.`,
  'evidence.unchanged': (p) => `Incydent ma już powagę „${SEVERITY[p.severity] ?? p.severity}”.`,
  'statement.min_length': (p) =>
    `${p.what === 'apology' ? 'Przeprosiny są za krótkie' : 'Przyznanie się jest za krótkie'} (${chars(p.length)}; potrzeba co najmniej ${p.min}): napisz, co poszło nie tak i co będzie dalej.`,
  'statement.apology_phrase': () =>
    'Ten tekst właściwie nie przeprasza: użyj zwrotu takiego jak „przepraszamy” albo „we are sorry”.',
  'statement.blame': (p) =>
    `Oświadczenie obwinia klienta („${p.phrase}”): niech firma weźmie odpowiedzialność na siebie, nawet jeśli klient częściowo zawinił.`,
  'statement.shouting': (p) =>
    `Tekst napisany wielkimi literami brzmi jak krzyk („${p.quote}”): pisz normalnie; spokojny ton łagodzi emocje.`,
  'statement.punctuation': (p) =>
    `W tekście piętrzą się wykrzykniki lub pytajniki („${p.quote}”): jedna kropka albo jeden znak zapytania brzmi spokojniej.`,
  'statement.dismissive': (p) =>
    `Tekst brzmi lekceważąco albo sarkastycznie („${p.quote}”): zamiast tego okaż zrozumienie dla odczuć klienta.`,
  'statement.canned_reply': (p) =>
    `Odpowiedź powtarza słowo w słowo tę wysłaną już na inną skargę („${p.quote}”): klienci zauważają kopiowane szablony, odpowiedz temu klientowi własnymi słowami.`,
  'reply.canned_in_incident': (p) =>
    `Odpowiedź jest prawie taka sama jak ta wysłana na skargę ${p.complaintId} w tym incydencie, gdy pominąć imiona i liczby („${p.quote}”): klienci porównują odpowiedzi publicznie, napisz tę z myślą o tym kliencie.`,
  'statement.approval_required': (p) =>
    `Przy powadze „${SEVERITY[p.severity] ?? p.severity}” te przeprosiny musi zatwierdzić druga osoba: przygotuj szkic poniżej, poproś współpracownika o zatwierdzenie i wybierz go tutaj.`,
  'statement.id_format': () => 'Musi być identyfikatorem (UUID) przygotowanego oświadczenia.',
  'statement.one_of': () =>
    'Wybierz zatwierdzone oświadczenie albo wpisz je tutaj, nie oba: publikowany jest zatwierdzony tekst.',
  'statement.unknown': () =>
    'To oświadczenie należy do innego incydentu: wybierz oświadczenie przygotowane dla tego incydentu.',
  'statement.other_stage': (p) =>
    `Oświadczenie ${p.id} przygotowano dla etapu ${p.stage}, nie dla ${p.event}: przygotuj oświadczenie dla ${p.event}.`,
  'statement.not_approved': (p) =>
    `Oświadczenie ${p.id} ${
      p.status === 'pending_approval'
        ? 'wciąż czeka na zatwierdzenie: najpierw niech zatwierdzi je inna osoba'
        : p.status === 'rejected'
          ? 'zostało odrzucone: przygotuj nowe'
          : 'zostało już opublikowane'
    } (status ${p.status}).`,
  'statement.approved_alone': (p) =>
    `Oświadczenie ${p.id} zatwierdzono bez drugiej osoby, gdy wyższa waga tego nie wymagała; przy obecnej wadze musi je zatwierdzić inny klucz: przygotuj je ponownie.`,
  'statement.canned': (p) =>
    `Oświadczenie jest prawie takie samo jak opublikowane już przy innym incydencie („${p.quote}”): klienci zauważają kopiowane szablony, napisz je z myślą o tym kryzysie.`,
  'statement.channels': (p) =>
    `Oświadczenie trzeba opublikować także tam, gdzie klienci złożyli skargi; brakuje kanałów: ${channelList('pl', p.missing)}.`,
  'content.no_nul': () => 'zawiera znak NUL (U+0000), którego nie da się zapisać',
  'content.lone_surrogate': () => 'zawiera niesparowany surogat UTF-16 (niepoprawny Unicode)',
  'content.max_depth': (p) =>
    `ma więcej niż ${p.max} ${plPlural(p.max, 'poziom', 'poziomy', 'poziomów')} zagnieżdżenia`,
  'content.too_long': (p) => `ma ${chars(p.length)}; przyjmujemy najwyżej ${p.max}`,
  'content.not_utf8': () => 'nie jest poprawnym UTF-8',
  'bulk.ids_or_filter': () => 'Wyślij albo wybrane skargi, albo filtr: jedno z dwóch.',
  'check.min_length': () => 'Wystarczająco długie, by powiedzieć, co poszło nie tak i co będzie dalej.',
  'check.apology_phrase': () => 'Przeprasza wprost, własnymi słowami.',
  'check.blame': () => 'Nie obwinia klienta ani nikogo innego za to, za co odpowiada marka.',
  'check.tone': () => 'Ton jest spokojny.',
  'check.canned': () => 'To nie kopia oświadczenia opublikowanego przy innym incydencie.',
  'check.channels': () => 'Trafi na każdy kanał, na którym klienci się skarżyli.',
  'statement.non_apology': (p) =>
    `To przeprosiny, które za nic konkretnego nie przepraszają („${p.phrase}”): napisz, co poszło nie tak, i przeproś właśnie za to, np. „Przepraszamy, że Wasze paczki się spóźniają”.`,
  'statement.blame_other': (p) =>
    `Oświadczenie zrzuca winę na kogoś innego („${p.phrase}”): klienci kupowali u Was, więc weźcie to na siebie i napiszcie, co robicie, nawet jeśli zawiódł partner.`,
  'check.non_apology': () => 'Przeprasza za to, co się stało, a nie za „ewentualne niedogodności”.',
  'value.past': () => 'Ta data już minęła: wybierz dzisiejszy albo późniejszy dzień.',
  'statement.reject_reason': () => 'Napisz, dlaczego odrzucasz, żeby autor wiedział, co poprawić.',
  'field.label': (p) => fieldLabel(p.field, 'pl'),
  'query.cursor': () => 'nie jest poprawnym kursorem',
  'reference.playbook': (p) => `nieznany playbook „${p.playbookId}”`,
};
