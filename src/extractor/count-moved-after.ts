// "… có 612 doanh nghiệp thành lập mới với tổng vốn đăng ký 5.846 tỷ đồng, tăng 18,4% về số doanh nghiệp và tăng 42,7%
// về vốn", "… giảm 6,8% về số lượng so với năm 2022": a change said to be "về số <noun>" (or "về số lượng") moves the
// count of that noun given earlier in its sentence, whatever figure stands between; it measures what that count does.
import type { Candidate } from './scan-figures.ts';

const COUNT_NAMED_AFTER = /^ về số (lượng|[\p{L}\p{M}]+(?: [\p{L}\p{M}]+)?)(?!\p{L})(?!\p{M})/u;
const REACH = 32;

/** The count a change "về số …" moves: the last count before it in its sentence, of the noun named (any, for "số
 * lượng"); undefined when the change names none or its sentence has no such count. */
export function countMovedAfter(lower: string, c: Candidate, candidates: readonly Candidate[], i: number, sentenceStart: number): Candidate | undefined {
  if (lower.charCodeAt(c.end) !== 32) return undefined;
  const named = COUNT_NAMED_AFTER.exec(lower.slice(c.end, c.end + REACH));
  if (!named) return undefined;
  const noun = named[1] === 'lượng' ? undefined : named[1]!;
  for (let k = i - 1; k >= 0 && candidates[k]!.start >= sentenceStart; k--) {
    const p = candidates[k]!;
    if (p.unit.class === 'count' && p.of === undefined && (noun === undefined || noun === p.unit.unit)) return p;
  }
  return undefined;
}
