// "Đến ngày 31/12/2023, Đảng bộ tỉnh có 1.124 tổ chức cơ sở đảng với 91.870 đảng viên": what an organisation has at a
// cut-off — its members and the branches they belong to — stands at that date, as a fleet or a loan balance does. The
// members it admitted ("kết nạp 2.316 đảng viên") are a flow over the months to it.
import type { Candidate } from './scan-figures.ts';
import { MEMBERSHIP_NOUNS } from './vocabulary/cues.ts';

const MEMBERSHIP = new Set(MEMBERSHIP_NOUNS);
// "có", "với", "gồm", "sinh hoạt tại" right before the count (a bound word may stand between).
const HELD_BEFORE = /(?<![\p{L}\p{M}])(?:có|với|gồm|tại)(?: tổng số| tổng cộng)?(?: hơn| gần| trên| khoảng)? $/u;

/** `c` counts the members or branches an organisation has (a stock at a cut-off). */
export function isMembershipHeld(lower: string, c: Candidate, clauseStart: number): boolean {
  return c.unit.class === 'count' && MEMBERSHIP.has(c.unit.unit) && c.of === undefined &&
    HELD_BEFORE.test(lower.slice(Math.max(clauseStart, c.numberStart - 24), c.numberStart));
}
