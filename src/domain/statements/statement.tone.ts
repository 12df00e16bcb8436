import { firstPhrase } from './statement.phrases.ts';

/**
 * Built-in phrases that sound aggressive, sarcastic or dismissive, per language (compared after
 * normalisation, so case and diacritics do not matter; a trailing `*` matches any ending). Playbooks add
 * their own in `statements.tonePhrases`. The seeds: stay calm, never argue with an upset customer in public.
 */
export const DEFAULT_TONE_PHRASES: Record<string, string[]> = {
  en: [
    'calm down',
    'as we already said',
    'as we have already said',
    'as we said before',
    'as previously stated',
    'not our problem',
    'not our fault',
    'deal with it',
    'whatever you say',
    'stop complaining',
    'with all due respect',
    'obviously you',
  ],
  pl: [
    'uspokój się',
    'proszę się uspokoić',
    'niech się pan uspokoi',
    'niech się pani uspokoi',
    'jak już mówiliśmy',
    'jak już pisaliśmy',
    'jak już wspominaliśmy',
    'to nie nasz problem',
    'nie nasz problem',
    'to nie nasza wina',
    'przestań narzekać',
    'chyba pan żartuje',
    'chyba pani żartuje',
  ],
  el: [
    'ηρεμήστε',
    'ηρέμησε',
    'όπως ήδη είπαμε',
    'όπως σας είπαμε ήδη',
    'δεν είναι δικό μας πρόβλημα',
    'δεν φταίμε εμείς',
    'σταματήστε να παραπονιέστε',
  ],
};

/** At least this many letters, most of them capitals, is shouting; a brand name or an order code is not. */
export const SHOUTING_MIN_LETTERS = 20;

/** What the tone rule found, quoted for the message. */
export type ToneFinding =
  | { kind: 'shouting'; quote: string }
  | { kind: 'punctuation'; quote: string }
  | { kind: 'phrase'; quote: string };

/**
 * Text in quotation marks is the customer's (or anyone's) own words, quoted: it is left out of every tone
 * check, so "you wrote “THIS IS A SCAM!!!”" is not the brand shouting. Straight double quotes, “ ”, „ ”, « ».
 */
export function withoutQuotes(text: string): string {
  return text.replace(/"[^"]*"|“[^”]*”|„[^”“]*[”“]|«[^»]*»/gu, ' ');
}

/**
 * The tone rule: shouting (a run of words in capitals, or a whole text mostly in capitals, with at least
 * {@link SHOUTING_MIN_LETTERS} letters), runs of `!` or `?`, and aggressive or dismissive phrases.
 * Returns the first finding of each kind.
 */
export function checkTone(text: string, phrases: readonly string[]): ToneFinding[] {
  const own = withoutQuotes(text);
  const findings: ToneFinding[] = [];
  const shout = shouting(own);
  if (shout) findings.push({ kind: 'shouting', quote: shout });
  const marks = /[!?]{2,}/u.exec(own);
  if (marks) findings.push({ kind: 'punctuation', quote: marks[0] });
  const phrase = firstPhrase(own, phrases);
  if (phrase) findings.push({ kind: 'phrase', quote: phrase.replace(/\*$/, '…') });
  return findings;
}

/**
 * A shouted stretch of the text, or null: words in capitals (two or more letters each) holding at least
 * {@link SHOUTING_MIN_LETTERS} letters, either three or more in a row, or two or more that make up most of
 * the text. A brand name or an order code is one word: alone it is never shouting. Words without letters
 * (numbers) neither break a run nor count.
 */
function shouting(text: string): string | null {
  const words = text.split(/\s+/u).filter((w) => w !== '');
  const loud = (w: string) => {
    const own = [...w].filter(isCased);
    return own.length >= 2 && own.every((ch) => ch === ch.toUpperCase());
  };
  const lettersOf = (ws: readonly string[]) => ws.reduce((n, w) => n + [...w].filter(isCased).length, 0);
  const shouted = words.filter(loud);
  if (
    shouted.length >= 2 &&
    lettersOf(shouted) >= SHOUTING_MIN_LETTERS &&
    lettersOf(shouted) * 2 > lettersOf(words)
  ) {
    return excerpt(text.trim());
  }
  let run: string[] = [];
  for (const word of [...words, 'end']) {
    if (loud(word) || (run.length > 0 && [...word].filter(isCased).length === 0)) {
      run.push(word);
      continue;
    }
    if (run.filter(loud).length >= 3 && lettersOf(run) >= SHOUTING_MIN_LETTERS) return excerpt(run.join(' '));
    run = [];
  }
  return null;
}

const isCased = (ch: string) => ch.toLowerCase() !== ch.toUpperCase();

function excerpt(text: string): string {
  const chars = [...text.replace(/\s+/g, ' ')];
  return chars.length <= 60 ? chars.join('') : `${chars.slice(0, 60).join('').trimEnd()}…`;
}
