// "Đến ngày 30/11/2025, toàn tỉnh giải ngân vốn đầu tư công được 9.846 tỷ đồng, …" opening a paragraph of a year-end
// report carries its date to the paragraphs after it (cut-off-opens-report.ts), as a disbursement report's breakdowns
// are counted to it. A long report of many sections moves on, though: a later paragraph that opens on the whole year
// ("Trong năm, toàn tỉnh cấp mới 38 dự án FDI …", "Cả năm, …") or a heading line that opens a new section ("Nông
// nghiệp, du lịch giữ vai trò trụ đỡ", "Văn hóa - xã hội") returns the figures after it to the report's year.
import { segmentIndex, type Segments } from './segments.ts';
import { firstAtOrAfter } from './sorted.ts';

const WHOLE_YEAR_OPENING = /^[\s"“(–-]*(?:trong năm|cả năm|trong cả năm),/u;
// A heading is a short line with no number and no closing mark; a caption names its photographer ("Ảnh: …"). One that
// breaks the count down ("Theo nguồn vốn", "Theo nhóm dự án") is still the cut-off's section.
const HEADING_MAX = 90;
const HEADING = /^(?!theo )[^\d:;.!?…]{3,90}$/u;

/** Whether a cut-off opening the paragraph at `cutOff` still dates `pos` (with `headingsOnly`, whether no heading lies
 *  between: a period opening its paragraph goes on past "Trong năm, …", which may name that period's year): read
 *  lazily, on the first ask. */
export function createCutOffSectionReach(lower: string, segments: Segments): (cutOff: number, pos: number, headingsOnly?: boolean) => boolean {
  // Paragraph indices, ascending: headings, and headings with the paragraphs opening on the whole year.
  let headings: number[] | undefined;
  let all: number[] | undefined;
  const find = () => {
    headings = [];
    all = [];
    const starts = segments.paragraphStarts;
    for (let i = 0; i < starts.length; i++) {
      const from = starts[i]!;
      const to = starts[i + 1] ?? lower.length;
      const text = lower.slice(from, Math.min(to, from + HEADING_MAX + 2)).trim();
      if (to - from <= HEADING_MAX + 2 && HEADING.test(text) && !/[)”"]$/u.test(text)) {
        headings.push(i);
        all.push(i);
      } else if (WHOLE_YEAR_OPENING.test(text)) all.push(i);
    }
  };
  return (cutOff, pos, headingsOnly = false) => {
    const starts = segments.paragraphStarts;
    const from = segmentIndex(starts, cutOff);
    const to = segmentIndex(starts, pos);
    if (to <= from) return true;
    if (!headings) find();
    const breaks = headingsOnly ? headings! : all!;
    const next = breaks[firstAtOrAfter(breaks, from + 1, (x) => x)];
    return next === undefined || next > to;
  };
}
