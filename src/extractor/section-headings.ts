// Reports copied from a statistics office or a council's paper run in numbered sections ("1.1.2. Chi ngân sách nhà
// nước", "1.2. Hoạt động tín dụng ngân hàng", "II. Văn hóa - xã hội"). A new section is a new subject: what the
// article spoke of before it (the budget) is not what a figure after it (deposits, loans) measures.
import { firstAtOrAfter } from './sorted.ts';
import type { Segments } from './segments.ts';

// A section number, then a short title with no figure of its own.
const NUMBERED_HEADING = /^(?:[ivx]{1,4}|\d{1,2}(?:\.\d{1,2}){0,3})[.)] ?[^\d\n]{2,80}$/u;

/** The start of the last numbered section heading at or before `pos` (0 when none): read lazily, on the first ask. */
export function createSectionFloor(lower: string, segments: Segments): (pos: number) => number {
  let headings: number[] | undefined;
  const find = (): number[] => {
    const out: number[] = [];
    const starts = segments.paragraphStarts;
    for (let i = 0; i < starts.length; i++) {
      const from = starts[i]!;
      const to = i + 1 < starts.length ? starts[i + 1]! : lower.length;
      // Most paragraphs fail at their first character: a heading opens with its number.
      const c = lower.charCodeAt(from);
      if (!((c >= 48 && c <= 57) || c === 105 || c === 118 || c === 120) || to - from > 100) continue;
      if (NUMBERED_HEADING.test(lower.slice(from, to).trimEnd())) out.push(from);
    }
    return out;
  };
  return (pos) => {
    headings ??= find();
    const i = firstAtOrAfter(headings, pos + 1, (x) => x) - 1;
    return i >= 0 ? headings[i]! : 0;
  };
}
