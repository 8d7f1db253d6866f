// Whether a figure's own words say it measures something other than the indicator it was about to get (the data and
// why: lexicon/words-against.ts). Asked once per figure that got one of the few indicators listed there.
import type { Candidate } from './scan-figures.ts';
import { WORDS_AGAINST } from './lexicon/words-against.ts';
import { alternation } from './vocabulary/regexp.ts';
import { wordStartTest, type WordTest } from './vocabulary/word-start.ts';

const patterns = new Map<string, WordTest>();

function patternFor(id: string): WordTest | undefined {
  const words = WORDS_AGAINST[id];
  if (!words) return undefined;
  let re = patterns.get(id);
  if (!re) {
    re = wordStartTest(new RegExp(`(?<![\\p{L}\\p{M}])${alternation(words)}(?![\\p{L}\\p{M}])`, 'u'));
    patterns.set(id, re);
  }
  return re;
}

// The noun phrase after the number ends at punctuation: "11.950 đảng viên sinh hoạt tại 384 chi bộ. …".
const TAIL_END = /[,;.:()\n]/u;
const TAIL_REACH = 40;

/** `id` is contradicted by the words from `from` to the number, or by its noun phrase after it. */
export function wordsAgainst(lower: string, c: Candidate, id: string, from: number): boolean {
  const re = patternFor(id);
  if (!re) return false;
  const after = lower.slice(c.end, c.end + TAIL_REACH);
  const stop = after.search(TAIL_END);
  return re.test(lower.slice(from, c.numberStart)) || re.test(stop < 0 ? after : after.slice(0, stop));
}
