// "tỷ trọng chăn nuôi chiếm trên 53% giá trị sản xuất nông nghiệp", "…, trong đó chăn nuôi chiếm 43,5%": a branch's
// share of the farm output is the make-up of farming, not its output value (sector_share is the economy's structure,
// so the share has no indicator; see the corpus README, holdout29). So is a branch's own growth named bare ("Sản xuất
// nông nghiệp duy trì ổn định; lâm nghiệp tăng 6,46%, thủy sản tăng 4,48%"): a part of farming, as the corpora leave
// "thủy sản tăng 2,37%" without an id.
import { FARM_BRANCHES } from './vocabulary/sectors.ts';

const BRANCH_SHARE_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${FARM_BRANCHES})(?!\p{L})(?!\p{M})[^\d,;.()]{0,24} chiếm(?: khoảng| gần| hơn| trên| xấp xỉ)? $`, 'u');
const REACH = 64;
const BRANCH_MOVE_OPENING = new RegExp(String.raw`^[\s,;:]*(?:trong đó[,:]?\s*)?(?:riêng\s+)?(?:ngành\s+)?(?:${FARM_BRANCHES}) (?:ước )?(?:tăng|giảm)(?: trưởng)?(?: khoảng| gần| hơn| trên)? $`, 'u');

/** The percentage at `numberStart` is a farming branch's share, named in its clause since `clauseStart`. */
export function isFarmBranchShare(lower: string, clauseStart: number, numberStart: number): boolean {
  return BRANCH_SHARE_BEFORE.test(lower.slice(Math.max(clauseStart, numberStart - REACH), numberStart));
}

/** The change at `numberStart` is a farming branch's, named bare opening its clause (from `clauseStart`). */
export function isFarmBranchMove(lower: string, clauseStart: number, numberStart: number): boolean {
  return numberStart - clauseStart <= REACH && BRANCH_MOVE_OPENING.test(lower.slice(clauseStart, numberStart));
}
