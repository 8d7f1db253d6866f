// "Một số chỉ tiêu chủ yếu 9 tháng năm 2023 (tăng, giảm so với cùng kỳ):" followed by lines "- Thu ngân sách: 4.856 tỷ
// đồng, + 10,70%": the heading states the base of every change in the list under it.
import type { Base } from './figure.ts';
import type { Segments } from './segments.ts';
import { segmentIndex } from './segments.ts';

const HEADING_BASE: Array<[RegExp, Base]> = [
  [/so (?:với )?cùng kỳ/u, 'same_period'],
  [/so (?:với )?(?:tháng|quý|kỳ) trước/u, 'previous_period'],
  [/so (?:với )?(?:kế hoạch|kh|dự toán|nghị quyết|nq)/u, 'target'],
];
const BULLET = /^[-–+•*]\s/;

export function listBases(lower: string, segments: Segments): (pos: number) => Base | undefined {
  const starts = segments.paragraphStarts;
  const bases = new Map<number, Base>();
  let current: Base | undefined;
  for (let i = 0; i < starts.length; i++) {
    const line = lower.slice(starts[i]!, starts[i + 1] ?? lower.length).trim();
    if (line.endsWith(':')) {
      current = HEADING_BASE.find(([re]) => re.test(line))?.[1];
    } else if (current && BULLET.test(line)) {
      bases.set(i, current);
    } else {
      current = undefined;
    }
  }
  return (pos) => bases.get(segmentIndex(starts, pos));
}
