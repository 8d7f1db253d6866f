// "đường 30/4 giải ngân 96 tỷ đồng", "tuyến 2/9 giải phóng mặt bằng": a counted noun that is the first syllable of a
// verb is the verb there, no unit of the number before it (noun-opening-verb). The verbs are data (units.ts).
import { NOUNS_OPENING_VERBS } from './vocabulary/units.ts';
import { isLetter } from './vocabulary/word-boundary.ts';

/** The unit word `noun` ending at `end` opens one of its verbs ("giải" + " ngân"). */
export function opensVerb(lower: string, noun: string, end: number): boolean {
  const tails = NOUNS_OPENING_VERBS.get(noun);
  if (!tails || lower[end] !== ' ') return false;
  for (const t of tails) if (lower.startsWith(t, end + 1) && !isLetter(lower[end + 1 + t.length])) return true;
  return false;
}
