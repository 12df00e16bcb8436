import type { Language } from './message.ts';

/** Complaint channels as a person names them in each language (never their codes). */
const CHANNEL_WORDS: Record<Language, Record<string, string>> = {
  en: { review: 'reviews', email: 'email', chat: 'chat', other: 'other' },
  pl: { review: 'opinie', email: 'e-mail', chat: 'czat', other: 'inne' },
  el: { review: 'κριτικές', email: 'email', chat: 'συνομιλία', other: 'άλλο' },
};
/** Brand names, the same in every language. */
const BRANDS: Record<string, string> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  x: 'X',
  tiktok: 'TikTok',
  youtube: 'YouTube',
};

/** "e-mail, Instagram": channel codes as words, in the order given; an unknown code as it is. */
export function channelList(language: Language, codes: readonly string[]): string {
  return codes.map((c) => BRANDS[c] ?? CHANNEL_WORDS[language][c] ?? c).join(', ');
}
