// "tỷ trọng chăn nuôi chiếm trên 53% giá trị sản xuất nông nghiệp", "…, trong đó chăn nuôi chiếm 43,5%": a branch's
// share of the farm output is the make-up of farming, not its output value (sector_share is the economy's structure,
// so the share has no indicator; see the corpus README, holdout29).
import { FARM_BRANCHES } from './vocabulary/sectors.ts';

const BRANCH_SHARE_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${FARM_BRANCHES})(?![\p{L}\p{M}])[^\d,;.()]{0,24} chiếm(?: khoảng| gần| hơn| trên| xấp xỉ)? $`, 'u');
const REACH = 64;

/** The percentage at `numberStart` is a farming branch's share, named in its clause since `clauseStart`. */
export function isFarmBranchShare(lower: string, clauseStart: number, numberStart: number): boolean {
  return BRANCH_SHARE_BEFORE.test(lower.slice(Math.max(clauseStart, numberStart - REACH), numberStart));
}
