// "Đã điều tra làm rõ 120 vụ phạm pháp hình sự (đạt tỷ lệ 73,03%)": the cases named after the count are those the police
// cleared, so the count and the share in its bracket measure clearance, not crime, although "phạm pháp hình sự" is the
// name nearest to them. Asked only of figures already read as crime, over a short window before the number.
import type { Candidate } from './scan-figures.ts';

// ("Khám phá 45 vụ … ma túy" alone is cases the police found, not reports they cleared: "khám phá" needs "điều tra".)
const CLEARED = '(?:(?:điều tra,? )?làm rõ|điều tra,? khám phá)(?: được| thành công)?';
const CLEARED_BEFORE_COUNT = new RegExp(`(?<![\\p{L}\\p{M}])${CLEARED} $`, 'u');
const CLEARED_COUNT_THEN_SHARE = new RegExp(`(?<![\\p{L}\\p{M}])${CLEARED} [\\d.]+(?:/[\\d.]+)? vụ(?: án)?(?!\\p{L})(?!\\p{M})[^.;:()%\\n]{0,60}(?:\\( ?|, )(?:đạt |chiếm )?(?:tỷ lệ |tỉ lệ )?$`, 'u');
const COUNT_REACH = 24;
const SHARE_REACH = 120;

/** A crime figure that is really the count, or the share, of cases cleared. */
export function isClearedCases(lower: string, c: Candidate): boolean {
  if (c.unit.class === 'count') return CLEARED_BEFORE_COUNT.test(lower.slice(Math.max(0, c.numberStart - COUNT_REACH), c.numberStart));
  if (c.unit.class === 'percent') return CLEARED_COUNT_THEN_SHARE.test(lower.slice(Math.max(0, c.numberStart - SHARE_REACH), c.numberStart));
  return false;
}
