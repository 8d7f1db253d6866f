// The lexicon matchers are the costliest pass, and their mentions matter only in paragraphs that hold a figure or come just before one (a
// place or an indicator never reaches across a paragraph) and in the head of the article (headline, dateline). The
// other paragraphs are blanked to spaces of the same length, so every offset stays valid.
import type { Candidate } from './scan-figures.ts';
import type { Segments } from './segments.ts';
import { segmentIndex } from './segments.ts';

const HEAD = 600;

export function relevantText(lower: string, segments: Segments, candidates: readonly Candidate[]): string {
  const starts = segments.paragraphStarts;
  const keep = new Uint8Array(starts.length);
  for (const c of candidates) {
    // The paragraph before a figure's may name the place that "thị xã" or "huyện" in the figure's refers back to.
    const i = segmentIndex(starts, c.numberStart);
    keep[i] = 1;
    if (i > 0) keep[i - 1] = 1;
  }
  const parts: string[] = [];
  let blanked = 0;
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i]!;
    const to = starts[i + 1] ?? lower.length;
    if (keep[i] || from < HEAD) parts.push(lower.slice(from, to));
    else {
      parts.push(' '.repeat(to - from));
      blanked += to - from;
    }
  }
  return blanked ? parts.join('') : lower;
}
