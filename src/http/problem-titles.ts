import type { Language } from '../domain/messages/message.ts';

/** Problem titles by status, per language (RFC 9457: a title changes only with the language). */
const TITLES: Record<Language, Record<number, string>> = {
  en: {
    400: 'Bad Request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not Found',
    405: 'Method Not Allowed',
    406: 'Not Acceptable',
    408: 'Request Timeout',
    409: 'Conflict',
    412: 'Precondition Failed',
    413: 'Content Too Large',
    414: 'URI Too Long',
    415: 'Unsupported Media Type',
    422: 'Unprocessable Content',
    428: 'Precondition Required',
    429: 'Too Many Requests',
    431: 'Request Header Fields Too Large',
    500: 'Internal Server Error',
    503: 'Service Unavailable',
  },
  pl: {
    400: 'Niepoprawne żądanie',
    401: 'Brak uwierzytelnienia',
    403: 'Brak uprawnień',
    404: 'Nie znaleziono',
    405: 'Niedozwolona metoda',
    406: 'Nieakceptowalny format',
    408: 'Przekroczony czas żądania',
    409: 'Konflikt',
    412: 'Niespełniony warunek',
    413: 'Za duża treść',
    414: 'Za długi adres URI',
    415: 'Nieobsługiwany typ treści',
    422: 'Nie można przetworzyć treści',
    428: 'Wymagany warunek',
    429: 'Za dużo żądań',
    431: 'Za duże nagłówki żądania',
    500: 'Wewnętrzny błąd serwera',
    503: 'Usługa niedostępna',
  },
  el: {
    400: 'Μη έγκυρο αίτημα',
    401: 'Χωρίς ταυτοποίηση',
    403: 'Απαγορεύεται',
    404: 'Δεν βρέθηκε',
    405: 'Η μέθοδος δεν επιτρέπεται',
    409: 'Σύγκρουση',
    412: 'Η προϋπόθεση απέτυχε',
    413: 'Πολύ μεγάλο περιεχόμενο',
    415: 'Μη υποστηριζόμενος τύπος περιεχομένου',
    422: 'Μη επεξεργάσιμο περιεχόμενο',
    429: 'Πάρα πολλά αιτήματα',
    500: 'Εσωτερικό σφάλμα διακομιστή',
    503: 'Η υπηρεσία δεν είναι διαθέσιμη',
  },
};

export function titleOf(language: Language, status: number): string {
  return TITLES[language][status] ?? TITLES.en[status] ?? 'Error';
}
