import type { RefusalKind } from '../webhooks/address-policy.ts';
import type { Catalog } from './message.ts';
import { plCommitments } from './pl-commitments.ts';
import { plFeedback } from './pl-feedback.ts';
import { plFields } from './pl-fields.ts';
import { plLedger } from './pl-ledger.ts';
import { plReport } from './pl-report.ts';
import { plStream } from './pl-stream.ts';
import { plWeb } from './pl-web.ts';
import { plPlural, type Thing } from './template.ts';

const THINGS: Record<Thing, string> = {
  incident: 'Incydent',
  complaint: 'Skarga',
  webhook: 'Webhook',
  api_key: 'Klucz API',
  playbook: 'Playbook',
  reply: 'Odpowiedź',
  statement: 'Oświadczenie',
  compensation: 'Rekompensata',
  playbook_version: 'Wersja playbooka',
};

// Why a webhook URL is refused (after "jest"); the ranges keep their RFC and technical names.
const REFUSALS: Record<RefusalKind, (dnsCode: string | null) => string> = {
  metadata: () =>
    'adresem usługi metadanych chmury (wydaje dane uwierzytelniające), odrzucanym nawet przy WEBHOOK_ALLOW_PRIVATE',
  loopback: () => 'adresem pętli zwrotnej (loopback, ta maszyna)',
  private: () => 'adresem sieci prywatnej (RFC 1918)',
  shared: () => 'adresem NAT operatora (carrier-grade NAT, 100.64.0.0/10)',
  'link-local': () => 'adresem lokalnym łącza (link-local)',
  'unique-local': () => 'unikatowym adresem lokalnym IPv6 (unique-local, fc00::/7)',
  unspecified: () => 'adresem nieokreślonym (unspecified; trafia do tej maszyny)',
  multicast: () => 'adresem multicast',
  broadcast: () => 'adresem rozgłoszeniowym (broadcast)',
  reserved: () => 'adresem zarezerwowanym',
  unresolved: (code) => `nazwą hosta, której nie da się zamienić na adres (${code ?? 'brak odpowiedzi'})`,
};

/** Polish: every key of the English registry (en.ts), or typecheck fails. */
export const pl: Catalog = {
  ...plFields,
  ...plLedger,
  ...plCommitments,
  ...plStream,
  ...plFeedback,
  ...plReport,
  ...plWeb,
  not_found: (p) => `${THINGS[p.thing]} ${p.id} nie istnieje.`,
  route_not_found: (p) => `Nie ma ścieżki ${p.method} ${p.path}.`,
  method_not_allowed: (p) =>
    `Metoda ${p.method} nie jest dozwolona dla ${p.path}; użyj: ${p.allowed.join(', ')}.`,
  playbook_not_found: (p) =>
    `Nie ma playbooka „${p.playbookId}”; wybierz jeden z playbooków wczytanych przez system.`,
  event_not_allowed: (p) =>
    `Zdarzenie „${p.event}” nie jest przyjmowane, gdy incydent jest w stanie „${p.state}”. ${
      p.allowed.length
        ? `Teraz przyjmowane są: ${p.allowed.join(', ')}.`
        : 'Teraz nie jest przyjmowane żadne zdarzenie.'
    }`,
  statement_refused: (p, t) =>
    `Oświadczenie łamie ${p.errors.length} ${plPlural(p.errors.length, 'zasadę', 'zasady', 'zasad')}; popraw tekst i przygotuj je ponownie: ${p.errors.map((e) => t(e.say)).join(' ')}`,
  self_approval: () =>
    'To oświadczenie przygotowałeś sam: zatwierdzić lub odrzucić je musi inna osoba, zalogowana własnym kluczem.',
  approver_not_allowed: (p) =>
    `Playbook tego incydentu pozwala decydować o oświadczeniach przy tej wadze tylko kluczom ${p.allowed.join(' lub ')}; klucz ${p.role} nie może. Poproś kogoś, kto ma taki klucz.`,
  statement_decided: () =>
    'O tym oświadczeniu już zdecydowano i decyzja jest ostateczna: aby zmienić tekst, przygotuj nowe oświadczenie.',
  unsupported_charset: (p) =>
    `Treść zadeklarowano jako charset=${p.charset}; JSON przyjmujemy tylko w UTF-8: zakoduj ją w UTF-8 i wyślij charset=utf-8 albo bez charset.`,
  uri_too_long: () =>
    'Parametr ścieżki ma ponad 100 znaków: identyfikatory to tu UUID albo krótkie nazwy; sprawdź adres URL.',
  bad_url: () =>
    'Ścieżka nie jest poprawnym kodowaniem procentowym UTF-8 (np. "%ZZ" albo nadmiarowe "%C0%AF"): zakoduj każdy bajt jako %XX jego postaci UTF-8.',
  headers_too_large: () =>
    'Nagłówki żądania mają ponad 16 KiB: wyślij mniej lub krótsze nagłówki (ciasteczka, tokeny).',
  request_timeout: () => 'Żądanie docierało zbyt długo; wyślij je ponownie.',
  bad_http: () => 'Żądanie nie jest poprawnym HTTP/1.1; sprawdź wiersz żądania i nagłówki.',
  meta_signature_missing: () =>
    'Ta ścieżka przyjmuje tylko dostawy webhooków Meta: wyślij X-Hub-Signature-256: sha256=<HMAC treści>.',
  meta_signature_invalid: () =>
    'X-Hub-Signature-256 nie pasuje do treści: podpisz surową treść sekretem aplikacji (META_APP_SECRET).',
  meta_verification_refused: () =>
    'Weryfikację odrzucono: hub.mode musi mieć wartość "subscribe", a hub.verify_token być równy META_VERIFY_TOKEN.',
  delivery_final: (p) =>
    `Odpowiedź ${p.replyId} została już zgłoszona ze statusem ${p.status}${p.externalId ? ` (${p.externalId})` : ''}; dostarczona odpowiedź pozostaje dostarczona. Jeśli kanał ją usunął, opublikuj nową odpowiedź.`,
  version_mismatch: (p) =>
    `If-Match wskazuje wersję ${p.expected}, a incydent ma już wersję ${p.actual}: pobierz go ponownie i zdecyduj jeszcze raz.`,
  step_retries_exhausted: (p) =>
    `Incydent ${p.id} zmienił się ${p.attempts} razy, gdy stosowano to zdarzenie; spróbuj ponownie.`,
  complaint_already_attached: (p) => `Skarga ${p.id} jest już przypisana do incydentu ${p.incidentId}.`,
  complaint_being_stored: () => 'Tę skargę zapisuje właśnie inne żądanie; spróbuj ponownie.',
  concurrent_change: () => 'Przeszkodziła równoczesna zmiana i nic nie zostało zapisane; spróbuj ponownie.',
  public_reply_first: () =>
    'Ta skarga nie ma jeszcze publicznej odpowiedzi: najpierw odpowiedz publicznie, tam gdzie klient napisał, a dopiero potem przenieś rozmowę na kanał prywatny.',
  unanswered_complaints: (p) =>
    `Skargi tego incydentu bez publicznej odpowiedzi: ${p.count}. Odpowiedz na nie albo przy zamykaniu napisz, dlaczego zostają bez odpowiedzi.`,
  idempotency_key_reused: () =>
    'Ten Idempotency-Key został już użyty z innym żądaniem; do nowego żądania użyj nowego klucza.',
  idempotency_key_in_flight: () =>
    'Żądanie z tym Idempotency-Key jest jeszcze przetwarzane; spróbuj ponownie, gdy się zakończy.',
  api_key_missing: () => 'Ta ścieżka wymaga klucza API: wyślij nagłówek "Authorization: Bearer <klucz>".',
  api_key_invalid: () => 'Klucz API jest nieważny: jest nieznany albo został unieważniony.',
  forbidden: (p) =>
    `Klucz z rolą ${p.role} nie może wywołać ${p.method} ${p.url}; potrzebna jest jedna z ról: ${p.allowed.join(', ')}.`,
  rate_limited_anonymous: (p) =>
    `Żądania bez ważnego klucza API mogą przychodzić z jednego adresu ${p.max} razy na minutę; spróbuj ponownie za ${p.seconds} s, z kluczem.`,
  webhook_url_refused: (p) =>
    `Adres URL webhooka ${p.url} odrzucono: ${
      p.address === null || p.address === p.host ? p.host : `${p.host} wskazuje na ${p.address}, a to`
    } jest ${REFUSALS[p.kind](p.dnsCode)}. ${
      p.hint === 'host'
        ? 'Sprawdź nazwę hosta.'
        : p.hint === 'private'
          ? 'Webhooki trafiają na adresy publiczne; dla odbiorcy we własnej sieci operator może ustawić WEBHOOK_ALLOW_PRIVATE=true.'
          : 'Podaj adres URL pod publicznym adresem.'
    }`,
  rate_limited: (p) => `Ten klucz może wysłać ${p.max} żądań na minutę; spróbuj ponownie za ${p.seconds} s.`,
  database_unavailable: () => 'Baza danych nie odpowiada; spróbuj ponownie za chwilę.',
  database_read_only: () =>
    'Baza danych jest teraz tylko do odczytu; zmian nie można zapisać. Spróbuj ponownie później.',
  database_disk_full: () => 'Dysk bazy danych jest pełny; zmian nie można zapisać. Spróbuj ponownie później.',
  database_not_migrated: () => 'Migracje bazy danych nie zostały jeszcze zastosowane.',
  internal_error: () => 'Coś poszło nie tak po naszej stronie; błąd został zapisany w logach.',
  response_invalid: () => 'Serwer nie zdołał przygotować poprawnej odpowiedzi.',
  unsupported_media_type: () =>
    'Treść żądania musi być w formacie JSON: wyślij ją z nagłówkiem "Content-Type: application/json".',
  body_too_large: () =>
    'Treść żądania jest większa, niż przyjmuje ta ścieżka: wyślij mniej (dużą paczkę skarg podziel na kilka).',
  malformed_json: () =>
    'Treść żądania nie jest poprawnym JSON-em: sprawdź cudzysłowy, przecinki i nawiasy albo nie wysyłaj treści wcale.',
  bad_content_length: () => 'Nagłówek Content-Length nie zgadza się z wysłaną treścią.',
  bad_request: (p) => `Nie można przetworzyć żądania (${p.reason}); sprawdź jego adres, nagłówki i treść.`,
  cursor_invalid: () => 'Ten kursor nie pochodzi z tego API; zacznij od początku, bez kursora.',
  body_not_utf8: () => 'Treść żądania nie jest poprawnym UTF-8.',
  reply_not_unicode: () => 'Odpowiedź nie jest poprawnym tekstem Unicode.',
};
