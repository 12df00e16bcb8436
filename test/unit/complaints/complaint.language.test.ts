import { describe, expect, it } from 'vitest';
import { detectLanguage, MIN_DETECTABLE_LENGTH } from '../../../src/domain/complaints/complaint.language.ts';

describe('detectLanguage', () => {
  it('should tell English, Polish and Greek complaints apart', () => {
    expect(detectLanguage('My parcel was supposed to arrive last week and nobody answers my emails.')).toBe(
      'en',
    );
    expect(
      detectLanguage('Paczka miała dotrzeć tydzień temu, a nikt nie odpowiada na moje wiadomości.'),
    ).toBe('pl');
    expect(detectLanguage('Το δέμα μου έπρεπε να έρθει την περασμένη εβδομάδα και κανείς δεν απαντά.')).toBe(
      'el',
    );
  });

  it('should recognise Polish written without diacritics, as people type on phones', () => {
    expect(
      detectLanguage('Zamowienie nie dotarlo, kurier nie odbiera telefonu, prosze o zwrot pieniedzy'),
    ).toBe('pl');
  });

  it('should answer und for a text too short to tell', () => {
    expect(detectLanguage('Where is it?')).toBe('und');
    expect(detectLanguage('Gdzie paczka?')).toBe('und');
    expect(detectLanguage(`   ${'a'.repeat(MIN_DETECTABLE_LENGTH - 1)}   `)).toBe('und');
    expect(detectLanguage('')).toBe('und');
  });

  it('should let Polish letters decide a short text that scores close to English', () => {
    expect(detectLanguage('Usunęliście mój komentarz, to cenzura')).toBe('pl');
    expect(detectLanguage('Paczka uszkodzona, proszę o kontakt')).toBe('pl');
    // A Polish place name in an English complaint does not make it Polish.
    expect(detectLanguage('My parcel is stuck in Łódź for a week now')).toBe('en');
  });

  it('should keep short English complaints English (not French, as with more candidates)', () => {
    expect(detectLanguage('Package arrived damaged, please contact me')).toBe('en');
    expect(detectLanguage('You deleted my comment, censorship')).toBe('en');
  });
});
