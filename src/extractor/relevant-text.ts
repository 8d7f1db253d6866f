// The lexicon matchers are the costliest pass, and their mentions matter only in paragraphs that hold a figure or come just before one (a
// place or an indicator never reaches across a paragraph) and in the head of the article (headline, dateline). The
// other paragraphs are blanked to spaces of the same length, so every offset stays valid.
import type { Candidate } from './scan-figures.ts';
import type { Segments } from './segments.ts';
import { segmentIndex } from './segments.ts';

const HEAD = 600;

/** `alsoAt`: offsets of other paragraphs that speak for figures (a place table's caption, table-rows.ts). `blanked`:
 *  how many characters were turned into spaces. */
export function relevantText(
  lower: string, segments: Segments, candidates: readonly Candidate[], alsoAt: readonly number[] = [],
): { text: string; blanked: number } {
  const starts = segments.paragraphStarts;
  const keep = new Uint8Array(starts.length);
  for (const at of alsoAt) keep[segmentIndex(starts, at)] = 1;
  for (const c of candidates) {
    // The paragraph before a figure's may name the place that "thị xã" or "huyện" in the figure's refers back to.
    const i = segmentIndex(starts, c.numberStart);
    keep[i] = 1;
    if (i > 0) keep[i - 1] = 1;
  }
  // Paragraphs kept or blanked in a row are copied or blanked as one run.
  const parts: string[] = [];
  let blanked = 0;
  for (let i = 0; i < starts.length; ) {
    const kept = keep[i] === 1 || starts[i]! < HEAD;
    let j = i + 1;
    while (j < starts.length && (keep[j] === 1 || starts[j]! < HEAD) === kept) j++;
    const from = starts[i]!;
    const to = starts[j] ?? lower.length;
    if (kept) parts.push(lower.slice(from, to));
    else {
      parts.push(' '.repeat(to - from));
      blanked += to - from;
    }
    i = j;
  }
  return { text: blanked ? parts.join('') : lower, blanked };
}
