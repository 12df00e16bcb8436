import type { enStream } from './en-stream.ts';
import type { TextsOf } from './template.ts';

/** Messages of the live stream and the system audit routes in Polish (keys and parameters: en-stream.ts). */
export const plStream: TextsOf<typeof enStream> = {
  stream_for_people: (p) =>
    `Strumień na żywo jest dla ludzi i ekranów; klucz z rolą ${p.role} nie może go otworzyć. ` +
    'Systemy dostają te same zdarzenia przez webhook (administrator zakłada go przez POST /v1/webhooks).',
  stream_limit: (p) =>
    `Ten klucz ma już otwartych ${p.max} strumieni na żywo, najwięcej, ile może mieć jeden klucz; zamknij któryś, zanim otworzysz następny.`,
  stream_cursor_unknown: (p) =>
    `Last-Event-ID ${p.id} nie wskazuje żadnego zdarzenia tego serwera. Odśwież to, co pokazujesz, i otwórz strumień bez tego nagłówka, aby zacząć od teraz.`,
  stream_closing: () =>
    'Ten serwer się zamyka i nie otwiera już strumieni; połącz się ponownie za kilka sekund.',
  key_in_url: (p) =>
    `Klucz API nigdy nie jest przyjmowany w adresie URL (parametr „${p.name}”): adresy trafiają do logów i historii przeglądarki. ` +
    'Wyślij go w nagłówku „Authorization: Bearer <klucz>”, a jeśli był prawdziwy, unieważnij go.',
};
