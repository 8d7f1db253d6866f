// "Đến ngày 30/11/2025, toàn tỉnh giải ngân vốn đầu tư công được 9.846 tỷ đồng, …" opening a paragraph of a year-end
// report carries its date to the paragraphs after it (cut-off-opens-report.ts), as a disbursement report's breakdowns
// are counted to it. A long report of many sections moves on, though: a later paragraph that opens on the whole year
// ("Trong năm, toàn tỉnh cấp mới 38 dự án FDI …", "Cả năm, …") or a heading line that opens a new section ("Nông
// nghiệp, du lịch giữ vai trò trụ đỡ", "Văn hóa - xã hội") returns the figures after it to the report's year.
import { segmentIndex, type Segments } from './segments.ts';

const WHOLE_YEAR_OPENING = /^[\s"“(–-]*(?:trong năm|cả năm|trong cả năm),/u;
// A heading is a short line with no number and no closing mark; a caption names its photographer ("Ảnh: …"). One that
// breaks the count down ("Theo nguồn vốn", "Theo nhóm dự án") is still the cut-off's section.
const HEADING_MAX = 90;
const HEADING = /^(?!theo )[^\d:;.!?…]{3,90}$/u;

/** Whether a cut-off opening the paragraph at `cutOff` still dates `pos` (with `headingsOnly`, whether no heading lies
 *  between: a period opening its paragraph goes on past "Trong năm, …", which may name that period's year): read
 *  lazily, on the first ask. */
export function createCutOffSectionReach(lower: string, segments: Segments): (cutOff: number, pos: number, headingsOnly?: boolean) => boolean {
  let breaks: number[] | undefined;
  const find = (): number[] => {
    const out: number[] = [];
    const starts = segments.paragraphStarts;
    for (let i = 0; i < starts.length; i++) {
      const from = starts[i]!;
      const to = starts[i + 1] ?? lower.length;
      const text = lower.slice(from, Math.min(to, from + HEADING_MAX + 2)).trim();
      if (to - from <= HEADING_MAX + 2 && HEADING.test(text) && !/[)”"]$/u.test(text)) out.push(i);
      else if (WHOLE_YEAR_OPENING.test(text)) out.push(-i - 1);
    }
    return out;
  };
  // (A paragraph opening on the whole year is kept as -index - 1: it ends a cut-off's reach, not a period's.)
  return (cutOff, pos, headingsOnly = false) => {
    const starts = segments.paragraphStarts;
    const from = segmentIndex(starts, cutOff);
    const to = segmentIndex(starts, pos);
    if (to <= from) return true;
    breaks ??= find();
    return !breaks.some((b) => {
      const at = b < 0 ? -b - 1 : b;
      return at > from && at <= to && (b >= 0 || !headingsOnly);
    });
  };
}
