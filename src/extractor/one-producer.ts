// One producer's own members, land, output, revenue, wages, prices and plans ("Năm 2023, hợp tác xã tiêu thụ 3.400 tấn
// xoài", "Hợp tác xã Xoài Mỹ Xương đã có 98 thành viên") describe one actor, as a household's do, and belong to no
// administrative unit. That holds on a page that profiles one: it goes on about "the" cooperative, unnamed, more than
// once. A report that names a cooperative in passing ("Hợp tác xã Mỹ Đông 2 liên kết tiêu thụ 1.200 ha") keeps its
// figure; so do counted and generic uses ("36 hợp tác xã", "các hợp tác xã") and a sentence about a whole place.
import { PRODUCER_GENERIC_BEFORE, PRODUCER_KIND_AFTER, PRODUCER_NOUNS, WHOLE_PLACE_WORDS } from './vocabulary/producers.ts';
import { runsUtility } from './utility-company.ts';
import { alternation } from './vocabulary/regexp.ts';
import { hasWholeWord, wholeWordStarts } from './vocabulary/word-boundary.ts';

const GENERIC_BEFORE = new RegExp(String.raw`(?:[\d/]|(?<![\p{L}\p{M}])${alternation(PRODUCER_GENERIC_BEFORE)}) ?$`, 'u');
const KIND_AFTER = new RegExp(String.raw`^ ${alternation(PRODUCER_KIND_AFTER)}(?!\p{L})(?!\p{M})`, 'u');
// How many bare mentions make a page a profile of one producer.
const PROFILE_MENTIONS = 2;

interface Mention {
  start: number;
  /** Followed by a capitalised name ("Hợp tác xã Xoài Mỹ Xương"). */
  named: boolean;
  /** The name says the company runs a public service for a whole place. */
  utility: boolean;
}

export interface OneProducer {
  /** The sentence [start, end) tells one profiled producer's own figures. */
  tells(start: number, end: number): boolean;
}

/** `text`: the cased text (same offsets as `lower`), to tell a name after the noun from a common word. */
export function oneProducer(text: string, lower: string): OneProducer {
  const mentions: Mention[] = [];
  for (const start of wholeWordStarts(lower, PRODUCER_NOUNS)) {
    if (GENERIC_BEFORE.test(lower.slice(Math.max(0, start - 16), start))) continue;
    const noun = PRODUCER_NOUNS.find((n) => lower.startsWith(n, start))!;
    const next = text.slice(start + noun.length).match(/^ (\S)/u)?.[1];
    const named = next !== undefined && next !== next.toLowerCase();
    if (!named && KIND_AFTER.test(lower.slice(start + noun.length, start + noun.length + 24))) continue;
    // "tổ hợp tác" inside "hợp tác xã" cannot happen; "hợp tác xã" inside "tổ hợp tác xã" is the same noun.
    mentions.push({ start, named, utility: named && runsUtility(lower, start + noun.length) });
  }
  const profiled = mentions.filter((m) => !m.named).length >= PROFILE_MENTIONS && !mentions.some((m) => m.utility);
  return {
    tells(start, end) {
      if (!profiled) return false;
      if (!mentions.some((m) => m.start >= start && m.start < end)) return false;
      return !hasWholeWord(lower, WHOLE_PLACE_WORDS, start, end);
    },
  };
}
