// "đạt 94,6%, thấp hơn chỉ tiêu 0,4 điểm phần trăm": points written straight after a plan that a comparative names are
// how far the figure stands from that plan, not the plan's own value (as points after "bình quân cả nước" are the gap
// from the country's rate).
// A percentage there is the plan's own value ("đạt 6,1%, thấp hơn mục tiêu 6,5%") unless that reading cannot be: after
// an amount ("thu ngân sách đạt 120 tỷ đồng, cao hơn kế hoạch đề ra 15%": an amount's plan is no percentage), or below a
// rate that is said to be lower ("tỷ lệ hộ nghèo giảm còn 50,53%, thấp hơn so kế hoạch đề ra gần 2%"); then it is the gap.
import { PLAN_NOUNS } from './vocabulary/cues.ts';
import { alternation } from './vocabulary/regexp.ts';

const PLAN_GAP_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{M}])(cao|thấp) hơn (?:so (?:với )?)?(?:${alternation(PLAN_NOUNS)})(?: (?:năm|đề ra|giao|được giao|nghị quyết|kế hoạch))?\s*$`, 'u');
const REACH = 48;

/** What stands before the figure in its clause: its unit class and value. */
export interface FigureBefore { unitClass: string; value: number; end: number }

/** The comparative's move when the figure at `lead` (points, or a percentage that cannot be the plan's value given the
 *  figure before it) is a gap from the plan just named before it. */
export function gapFromPlan(lower: string, lead: number, unitClass: string, value: number, before?: FigureBefore): { op: 'up' | 'down'; phrase: string; start: number; wordsBetween: number } | undefined {
  if (unitClass !== 'points' && (unitClass !== 'percent' || !before)) return undefined;
  const from = Math.max(0, lead - REACH);
  const m = PLAN_GAP_BEFORE.exec(lower.slice(from, lead));
  if (!m) return undefined;
  // (Only the figure the comparative follows at once is compared: "bình quân 5,04%/năm (năm 2021 tăng 1,52%, năm 2022
  // tăng 8,53%), thấp hơn mục tiêu Nghị quyết (7 - 7,5%/năm)" compares the average, outside the brackets.)
  if (unitClass === 'percent' && (!/^,? ?$/.test(lower.slice(before!.end, from + m.index)) ||
    (before!.unitClass === 'percent' && !(m[1] === 'thấp' && before!.value > value)))) return undefined;
  return { op: m[1] === 'thấp' ? 'down' : 'up', phrase: `${m[1]} hơn`, start: from + m.index, wordsBetween: 0 };
}
