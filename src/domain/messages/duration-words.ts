import type { Language } from './message.ts';

const PARTS = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

type Unit = 'w' | 'd' | 'h' | 'm' | 's';
const WORDS: Record<Language, (n: number, unit: Unit) => string> = {
  en: (n, u) =>
    `${n} ${{ w: 'week', d: 'day', h: 'hour', m: 'minute', s: 'second' }[u]}${n === 1 ? '' : 's'}`,
  pl: (n, u) =>
    ({ w: `${n} tyg.`, d: `${n} ${n === 1 ? 'dzień' : 'dni'}`, h: `${n} godz.`, m: `${n} min`, s: `${n} s` })[
      u
    ],
  el: (n, u) =>
    ({
      w: `${n} ${n === 1 ? 'εβδομάδα' : 'εβδομάδες'}`,
      d: `${n} ${n === 1 ? 'ημέρα' : 'ημέρες'}`,
      h: `${n} ${n === 1 ? 'ώρα' : 'ώρες'}`,
      m: `${n} λεπτά`,
      s: `${n} δευτ.`,
    })[u],
};

/** An ISO 8601 duration as people say it ("PT2H" → "2 godz.", "P1DT12H" → "1 dzień 12 godz."). */
export function durationWords(iso: string, language: Language): string {
  const m = PARTS.exec(iso);
  if (!m) return iso;
  const units: Unit[] = ['w', 'd', 'h', 'm', 's'];
  return units
    .flatMap((u, i) =>
      m[i + 1] === undefined || Number(m[i + 1]) === 0 ? [] : [WORDS[language](Number(m[i + 1]), u)],
    )
    .join(' ');
}
