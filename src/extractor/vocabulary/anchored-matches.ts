// wordMatches for a long alternation whose every match holds a short anchor word near its start ("tháng", "năm",
// "quý" in the period patterns). A global regex tries the alternation at every position of the text; here the
// anchors are found with literal searches (each from its rarest letter: an alternation of the anchor words is itself
// tried at every position) and the pattern is tried, sticky, only at the few word starts just before each anchor. The
// matches and the order in which they consume the text are those of wordMatches.

import { isLetterCode, isWordCode } from './letters.ts';
import { phraseOffsets } from './rare-anchor.ts';

export interface AnchoredPattern {
  /** The pattern, with the sticky flag (and no leading lookbehind needed: word edges are checked here). */
  readonly sticky: RegExp;
  /** Literal words: every match of `sticky` holds one of them starting at most `lead` after it. */
  readonly anchors: readonly string[];
  readonly lead: number;
  /** Every match opens on a letter or a digit: the spaces and marks before an anchor are not tried (each try is a call
   *  into the regex, and most of the window before an anchor word is the space and the word before it). */
  readonly opensOnWord?: boolean;
  /** The first two code units every match opens with, by its first: a word start whose first two are not listed is
   *  passed over without calling the regex (most tries near an anchor fail, each ~0.25 µs in the long pattern). */
  readonly openers?: Readonly<Record<string, string>>;
  /** `sticky` cut to the alternatives that can open on a first code unit (those `openers` lists), tried instead of it:
   *  a failing try of a long alternation costs a quick check per alternative. */
  readonly stickyFor?: (first: string) => RegExp;
}

/** What wordMatches(text, pattern-as-global) yields: every match that starts and ends at a word boundary. */
export function* anchoredWordMatches(text: string, pattern: AnchoredPattern): Generator<RegExpExecArray> {
  const { sticky, anchors, lead, opensOnWord = false, openers, stickyFor } = pattern;
  // Positions below `from` are consumed by a match or already tried.
  let from = 0;
  const at = phraseOffsets(text, anchors);
  for (let k = 0; k < at.length; k++) {
    const anchor = at[k]!;
    for (let p = Math.max(from, anchor - lead); p <= anchor; p++) {
      from = p + 1;
      // A match opening with a letter right after a letter is inside a word: wordMatches drops it.
      if (isLetterCode(text.charCodeAt(p)) && isLetterCode(text.charCodeAt(p - 1))) continue;
      if (opensOnWord && !isWordCode(text.charCodeAt(p))) continue;
      if (openers !== undefined && !opensAsListed(openers, text, p)) continue;
      const tried = stickyFor === undefined ? sticky : stickyFor(text[p]!);
      tried.lastIndex = p;
      const m = tried.exec(text);
      if (m === null || m[0].length === 0) continue;
      const end = p + m[0].length;
      if (isLetterCode(text.charCodeAt(end - 1)) && isLetterCode(text.charCodeAt(end))) continue;
      yield m;
      // The next match starts at its end at the earliest: in this window still, if it ends before the anchor.
      from = end;
      p = end - 1;
    }
    // Every anchor position is visited (anchors may overlap), none inside a match already yielded.
    while (k + 1 < at.length && at[k + 1]! < from) k++;
  }
}

/** Whether text[p] is a first code unit `openers` lists and text[p + 1] one of the seconds listed for it. */
function opensAsListed(openers: Readonly<Record<string, string>>, text: string, p: number): boolean {
  const seconds = openers[text[p]!];
  const next = text.charAt(p + 1);
  return seconds !== undefined && next !== '' && seconds.includes(next);
}
