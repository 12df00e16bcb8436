/**
 * Phrase lists and Unicode-aware phrase matching for statement rules (split from statement.rules.ts to keep
 * both files short). Everything is compared after {@link normaliseStatement}.
 */

/**
 * Built-in apology phrases per language. A trailing `*` means "any word starting with this", which is how
 * Polish inflections (przepraszam, przepraszamy, przeprosiny, przeprosić…) are matched. Phrases are compared
 * after {@link normaliseStatement}, so case and diacritics do not matter (συγγνώμη = συγγνωμη).
 */
export const DEFAULT_APOLOGY_PHRASES: Record<string, string[]> = {
  en: ['sorry', 'apologise*', 'apologize*', 'apology', 'apologies'],
  pl: ['przeprasz*', 'przepros*', 'przykro nam', 'przykro mi', 'wybaczcie', 'prosimy o wybaczenie'],
  el: ['συγγνώμη', 'συγνώμη', 'συγγνωμη', 'συγχωρέστε', 'λυπούμαστε', 'λυπάμαι'],
};

/**
 * Built-in phrases that put the blame on the customer. They are checked in every language, whatever the
 * playbook lists: blaming the customer is refused in any language.
 */
export const DEFAULT_BLAME_PHRASES: Record<string, string[]> = {
  en: [
    'your fault',
    'you should have',
    'user error',
    'you failed to',
    'you did not read',
    "you didn't read",
    'your own fault',
    'blame yourself',
    // Aimed at the customer in other words: what they should have done, read or typed.
    'you should have checked',
    'you should check',
    'customers should check',
    'customers should have checked',
    'should check their order',
    'should have checked their',
    'before complaining',
    'before you complain',
    'read the terms',
    'read our terms',
    'you entered a wrong',
    'you entered the wrong',
    'who entered a wrong',
    'who entered the wrong',
    'you gave a wrong',
    'you provided a wrong',
  ],
  pl: [
    'twoja wina',
    'twojej winy',
    'pana wina',
    'pana winy',
    'pani wina',
    'pani winy',
    'państwa wina',
    'państwa winy',
    'powinien pan był',
    'powinna pani była',
    'powinieneś był',
    'powinnaś była',
    'nie przeczytał*',
    'błąd użytkownika',
    // Skierowane do klienta innymi słowami: co powinien był sprawdzić, przeczytać lub wpisać.
    'powinieneś sprawdzić',
    'powinnaś sprawdzić',
    'powinien pan sprawdzić',
    'powinna pani sprawdzić',
    'powinni państwo sprawdzić',
    'klienci powinni sprawdzić',
    'należało sprawdzić',
    'trzeba było sprawdzić',
    'zanim złożysz reklamację',
    'zanim zaczniesz narzekać',
    'przed narzekaniem',
    'przeczytaj regulamin',
    'przeczytać regulamin',
    'zapoznaj się z regulaminem',
    'zapoznać się z regulaminem',
    'podałeś błędny',
    'podałaś błędny',
    'podał pan błędny',
    'podała pani błędny',
    'którzy podali błędny',
    'którzy wpisali błędny',
    'wpisałeś błędny',
  ],
  el: ['δικό σας λάθος', 'φταίτε εσείς', 'έπρεπε να είχατε', 'δεν διαβάσατε'],
};

/**
 * Normalises a statement for comparison: NFKC, lower case, accents and other combining marks removed
 * (customers and agents often drop Polish and Greek diacritics; it is still the same text), `ł` → `l` and
 * final `ς` → `σ` (neither decomposes), everything that is not a letter or a digit becomes a space, and
 * runs of spaces are collapsed.
 */
export function normaliseStatement(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC')
    .replace(/ł/g, 'l')
    .replace(/ς/g, 'σ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const patternCache = new Map<string, RegExp | null>();

/**
 * Word-boundary, Unicode-aware pattern of `phrase` over normalised text, compiled once per phrase (null for
 * a phrase with nothing left after normalisation). JS `\b` only knows ASCII letters, so boundaries are
 * lookarounds on \p{L}\p{N}. A trailing `*` drops the right boundary (prefix).
 */
function phrasePattern(phrase: string): RegExp | null {
  let pattern = patternCache.get(phrase);
  if (pattern === undefined) {
    const prefix = phrase.trimEnd().endsWith('*');
    const body = normaliseStatement(phrase.replace(/\*+\s*$/, ''));
    const escaped = body.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    pattern =
      body === ''
        ? null
        : new RegExp(`(?<![\\p{L}\\p{N}])${escaped}${prefix ? '' : '(?![\\p{L}\\p{N}])'}`, 'u');
    patternCache.set(phrase, pattern);
  }
  return pattern;
}

/**
 * The first of `phrases`, in their order, found in `text` ({@link containsPhrase}). The text is normalised
 * once for the whole list: normalising it again for every phrase was most of a statement check's time.
 */
export function firstPhrase(text: string, phrases: readonly string[]): string | undefined {
  const normalised = normaliseStatement(text);
  return phrases.find((phrase) => phrasePattern(phrase)?.test(normalised) === true);
}

/** Word-boundary, Unicode-aware match of `phrase` in `text`, both compared normalised. */
export function containsPhrase(text: string, phrase: string): boolean {
  return firstPhrase(text, [phrase]) !== undefined;
}
