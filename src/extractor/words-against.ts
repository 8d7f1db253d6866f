// Whether a figure's own words say it measures something other than the indicator it was about to get (the data and
// why: lexicon/words-against.ts). Asked once per figure that got one of the few indicators listed there.
import type { Candidate } from './scan-figures.ts';
import { NAMES_NOT_AGAINST, OWN_VERB_BEFORE, WORDS_AGAINST } from './lexicon/words-against.ts';
import { alternation } from './vocabulary/regexp.ts';
import { wordStartTest, type WordTest } from './vocabulary/word-start.ts';

const patterns = new Map<string, WordTest>();

function patternFor(id: string): WordTest | undefined {
  const words = WORDS_AGAINST[id];
  if (!words) return undefined;
  let re = patterns.get(id);
  if (!re) {
    re = wordStartTest(new RegExp(`(?<![\\p{L}\\p{M}])${alternation(words)}(?!\\p{L})(?!\\p{M})`, 'u'));
    patterns.set(id, re);
  }
  return re;
}

// The noun phrase after the number ends at punctuation ("11.950 đảng viên sinh hoạt tại 384 chi bộ. …") or at the next
// number, which opens a figure of its own ("38 doanh nghiệp thành lập mới và 215 hộ kinh doanh": the household
// businesses counted next say nothing against the enterprises: tail-ends-at-next-number).
const TAIL_END = /[,;.:()\n\d]/u;
const TAIL_REACH = 40;

const verbPatterns = new Map<string, RegExp | null>();

// The verb, then at most a word of bound or attainment before the number: "xuống giống 41.500 ha", "gieo trồng được
// khoảng 4.200 ha".
function verbFor(id: string): RegExp | undefined {
  let re = verbPatterns.get(id);
  if (re === undefined) {
    const verbs = OWN_VERB_BEFORE[id];
    re = verbs ? new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternation(verbs)})(?: (?:được|đạt|là|khoảng|gần|hơn|trên))*\\s*$`, 'u') : null;
    verbPatterns.set(id, re);
  }
  return re ?? undefined;
}

/** `id` is contradicted by the words from `from` to the number, or by its noun phrase after it. A verb that names `id`
 *  right before the number leaves only the noun phrase after it to say otherwise. */
export function wordsAgainst(lower: string, c: Candidate, id: string, from: number): boolean {
  const re = patternFor(id);
  if (!re) return false;
  const after = lower.slice(c.end, c.end + TAIL_REACH);
  const stop = after.search(TAIL_END);
  const before = withoutNames(lower.slice(from, c.numberStart));
  const ownVerb = verbFor(id)?.test(before) ?? false;
  return (!ownVerb && re.test(before)) || re.test(stop < 0 ? after : after.slice(0, stop));
}

const NAMES = new RegExp(`(?<![\\p{L}\\p{M}])${alternation(NAMES_NOT_AGAINST)}(?!\\p{L})(?!\\p{M})`, 'gu');

/** The words with the names that only look like a word against blanked out. */
function withoutNames(words: string): string {
  return words.includes('quốc tế') || words.includes('kết nạp') ? words.replace(NAMES, ' ') : words;
}
