// "Chỉ số thời gian mất điện trung bình (SAIDI) là 186 phút, giảm 24,5%", "SAIDI không quá 420 phút": power companies
// report outages in minutes a customer went without power. A bare "phút" is a clock's or a duration's, so it counts only
// after the outage index or its words in the same clause.
import type { Candidate } from './scan-figures.ts';
import { candidate } from './candidate.ts';
import { readLiteral, toNumber } from './number-literal.ts';

const MINUTES = { unit: 'phút', class: 'physical' } as const;
const OUTAGE_BEFORE = /(?<![\p{L}\p{M}])(?:saidi|mất điện|gián đoạn cung cấp điện|ngừng cung cấp điện)(?!\p{L})(?!\p{M})[^.;:!?\n\d]{0,40}$/u;
// The number, " phút", then no more time ("186 phút 30 giây", "7 giờ 30 phút" are clocks and durations).
const MINUTES_AFTER = /^(\d{1,3}(?:\.\d{3})*(?:,(\d+))?) phút(?!\p{L})(?!\p{M})(?!\s*\d)(?:\/khách hàng(?!\p{L})(?!\p{M}))?/u;
const REACH = 80;

export function outageMinutes(lower: string, pos: number): Candidate | undefined {
  const m = MINUTES_AFTER.exec(lower.slice(pos, pos + 32));
  if (!m || /\d\s*giờ\s*$/u.test(lower.slice(Math.max(0, pos - 8), pos))) return undefined;
  if (!OUTAGE_BEFORE.test(lower.slice(Math.max(0, pos - REACH), pos))) return undefined;
  const literal = readLiteral(m[1]!);
  if (!literal.ok) return undefined;
  return candidate({ start: pos, end: pos + m[0].length, numberStart: pos, value: toNumber(literal.value), unit: MINUTES, decimals: literal.decimals });
}
